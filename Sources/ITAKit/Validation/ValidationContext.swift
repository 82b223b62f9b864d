import ReportLayout

/// What a rule looks at: the report as parsed, the content it was parsed from (for rules that
/// read the text itself), and the framework of its fiscal year (nil when no template covers it).
public struct ValidationContext: Sendable {
    public let report: Report
    public let content: DocumentContent
    public let framework: Framework?
    public let settings: ValidationSettings
    /// What the document is: the report's own kind when the reader set one (a results list),
    /// else a short text when it holds what one holds (`ShortText`), else nil (a report).
    public let kind: Report.Kind?
    /// Every mention of the overall score in the prose, whatever year is near it: four rules
    /// look at them, and finding them is most of a validation's cost.
    let overallMentions: [ScoreQuote.Mention]
    /// Where the overall score is written (`ScoreQuote.overallPlace(of:lines:mentions:)`).
    let overallPlace: Provenance?
    /// The tables that give scores, as the parser tells them.
    let scoreTables: ScoreTables

    public init(report: Report, content: DocumentContent, framework: Framework?, settings: ValidationSettings = ValidationSettings()) {
        self.report = report
        self.content = content
        self.framework = framework
        self.settings = settings
        kind = report.kind ?? (settings.shortText.holds(report, content: content) ? .shortText : nil)
        overallMentions = ScoreQuote.overallMentions(in: content.lines)
        overallPlace = ScoreQuote.overallPlace(of: report.overall, lines: content.lines, mentions: overallMentions)
        scoreTables = ScoreTables(content, fiscalYear: report.fiscalYear)
    }
}
