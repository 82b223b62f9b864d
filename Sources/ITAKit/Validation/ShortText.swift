import ReportLayout

/// Whether a text is a short text (kind C): a news item, an announcement or a web page that
/// states one agency's result and holds none of a report's parts. Decided from what the text
/// holds, never from its wording: few lines, no table bigger than a list of the tools, no
/// indicator table (a news item may quote an indicator or two), no question scores, no
/// analysis, no measures, and a result (an overall score or level, a tool's or an indicator's
/// score).
///
/// Such a text is not the agency's report: the NACC does not ask it to carry the tools, the
/// indicators, the analysis or the measures, so what it leaves out is said as a note.
public struct ShortText: Sendable, Equatable {
    /// The most lines a short text has, tables' lines included. Default 80: a news page or an
    /// announcement is a paragraph or two, one page as a PDF (about 40 lines); the shortest
    /// report seen (a kind-B report) has 141 lines, the sample 195.
    public var mostLines = 80
    /// The most rows of a table a short text may hold. Default 6: a list of the tools (IIT,
    /// EIT in its two parts, OIT) under a header, with the overall score; an indicator table
    /// has 10 or more.
    public var mostTableRows = 6

    public init() {}

    public func holds(_ report: Report, content: DocumentContent) -> Bool {
        let statesAResult = report.overall != nil || !report.tools.isEmpty || !report.indicators.isEmpty
        return statesAResult
            && report.indicators.count <= RequiredScoresRule.indicatorsQuotedAtMost
            && report.items.isEmpty && report.analysis.isEmpty && report.measures.isEmpty
            && content.visualLines.count <= mostLines
            && content.tables.allSatisfy { $0.rows.count <= mostTableRows }
    }
}
