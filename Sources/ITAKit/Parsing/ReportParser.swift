import Dispatch
import ReportLayout

/// Turns a report's content into the ITA model by meaning, whatever its layout: it goes
/// through the report's tables and lines against the year's vocabulary (`ScoreVocabulary`:
/// the overall result, the tools, the indicators, the questions) and takes each score where
/// the report writes it, in a table of any shape or in a line; tables whose columns hold
/// measures or the analysis give those. What the report does not say stays empty; the
/// validator says what is missing.
public struct ReportParser: Sendable {
    public init() {}

    public func parse(_ content: DocumentContent, source: Source) throws -> Report {
        var report = Report(source: source)
        let words = ReadingWords.load()
        let yearReader = FiscalYearReader(words: words)
        let years = yearReader.read(content.lines)
        report.measuresFiscalYear = years?.measures
        // Without a year the latest framework is the best guess for names and levels.
        var framework = try years.flatMap { try FrameworkLibrary.framework(for: $0.assessed) } ?? latestFramework()
        var fiscalYear = years?.assessed
        // The result sentence, the tables and the dated events are read from the same content
        // and nothing else: on two cores they are read side by side. Only a text that names no
        // year has its result read first, since the year its result sentence opens with
        // (`In 2020, the university was assessed with A grade, 92.08 …`) chooses the
        // framework the rest is read with.
        var resultRead: ParsedPart?
        if years == nil {
            var overall = Self.readOverall(content, framework: framework, fiscalYear: nil, words: words)
            if let score = overall?.score,
               let line = content.lines.first(where: { $0.provenance == overall?.where }),
               let year = yearReader.gregorianYear(beforeScore: score, in: line.text),
               let yearFramework = try FrameworkLibrary.framework(for: year) {
                fiscalYear = year
                framework = yearFramework
                overall = Self.readOverall(content, framework: framework, fiscalYear: year, words: words)
            }
            resultRead = Self.readResult(content, overall: overall, words: words)
        }
        report.fiscalYear = fiscalYear
        let vocabulary = ScoreVocabulary(framework: framework, words: words)
        // Each table is read on its own; what they give is gathered below in the tables' order,
        // then the lines' and the sentences' scores, as when they were read one after another.
        let kinds: [ParsedPart.Kind] = (resultRead == nil ? [.result] : []) + content.tables.indices.map { .table($0) }
            + [.lineScores, .sentenceScores, .events]
        let read = [resultRead].compactMap { $0 } + kinds.concurrentMap { [framework, fiscalYear] kind -> ParsedPart in
            switch kind {
            case .result:
                return Self.readResult(content, overall: Self.readOverall(content, framework: framework, fiscalYear: fiscalYear, words: words),
                                       words: words)
            case .table(let index):
                return Self.readTable(content.tables[index], fiscalYear: fiscalYear, vocabulary: vocabulary, words: words)
            case .lineScores:
                return .lineScores(LineScoreReader(vocabulary: vocabulary).scores(in: content.visualLines))
            case .sentenceScores:
                return .sentenceScores(SentenceScoreReader(vocabulary: vocabulary).scores(in: content.lines))
            case .events:
                return .events(EventReader().read(content.lines))
            }
        }
        var book = ScoreBook()
        for part in read {
            switch part {
            case .result(let overall, let agency):
                report.overall = overall
                report.agency = agency
            case .measures(let measures, let quotes):
                report.measures += measures
                // The scores a measures table quotes beside its questions (kind B).
                for finding in quotes { book.addQuote(finding, in: .measures) }
            case .analysis(let analysis):
                report.analysis += analysis
            case .tableScores(let findings):
                for finding in findings { book.add(finding) }
            case .lineScores(let findings):
                for finding in findings { book.addIfNew(finding) }
            case .sentenceScores(let findings):
                // A tool's score in a sentence may differ from its table's: kept beside it (the
                // overall's second mentions are ITA004's).
                for finding in findings {
                    if case .overall = finding.subject { book.addIfNew(finding) } else { book.addQuote(finding, in: .text) }
                }
            case .events(let events):
                report.events = events
            }
        }

        // A short text that gives no other score may quote one indicator's (news of it).
        if report.overall?.score == nil, book.tools.isEmpty, book.indicators(framework).isEmpty {
            for finding in IndicatorSentenceReader(vocabulary: vocabulary).scores(in: content.lines) { book.addIfNew(finding) }
        }
        report.tools = book.tools
        // A part whose ส่วนที่ was cut off into another cell reads as the tool without a part:
        // with the same score as a part read elsewhere, it is that part read twice.
        let parts = report.tools.filter { $0.part != nil }
        report.tools.removeAll { tool in
            tool.part == nil && parts.contains { $0.code == tool.code && $0.score == tool.score }
        }
        report.tools.sort { a, b in
            let order = { (tool: ToolScore) in framework.tools.firstIndex { $0.code == tool.code } ?? Int.max }
            return (order(a), a.part ?? 0) < (order(b), b.part ?? 0)
        }
        report.indicators = book.indicators(framework).sorted { $0.number < $1.number }
        report.items = book.items(vocabulary).sorted { a, b in
            (a.indicator, Self.itemNumber(a.code)) < (b.indicator, Self.itemNumber(b.code))
        }
        // A score a table gives where the text named no score (or only the level).
        if report.overall?.score == nil, let overall = book.overall {
            report.overall = Overall(score: overall.score, level: report.overall?.level, levelAsWritten: report.overall?.levelAsWritten,
                                     where: overall.where)
        }
        return report
    }

    /// What each of the parse's side-by-side reads gives.
    private enum ParsedPart: Sendable {
        enum Kind: Sendable { case result, table(Int), lineScores, sentenceScores, events }
        case result(Overall?, Agency)
        case measures([Measure], quotes: [ScoreFinding])
        case analysis([Analysis])
        case tableScores([ScoreFinding])
        case lineScores([ScoreFinding])
        case sentenceScores([ScoreFinding])
        case events([Event])
    }

    /// The overall result as the text states it, read with `framework`'s level names.
    private static func readOverall(_ content: DocumentContent, framework: Framework, fiscalYear: Int?,
                                    words: ReadingWords) -> Overall? {
        OverallReader(levelNames: framework.levelRule.levelNames, anyYearLevelNames: anyYearLevelNames(framework, words),
                      fiscalYear: fiscalYear, words: words).read(content.lines)
    }

    /// The overall result, with the text's own score where a ranking lists it among others',
    /// and the agency it is about.
    private static func readResult(_ content: DocumentContent, overall read: Overall?, words: ReadingWords) -> ParsedPart {
        var overall = read
        // Several agencies' results and none the text's own: no one agency's result.
        if SeveralResults(words: words).hold(content.lines) { return .result(nil, Agency()) }
        // A ranking that lists the text's agency with others: its own score, wherever it stands
        // in the list (the overall reader takes the first score of the line).
        if let ranked = RankingReader(words: words).read(content.lines),
           overall?.score == nil || overall?.where == ranked.line.provenance {
            let level = overall?.where == ranked.line.provenance ? nil : overall
            overall = Overall(score: ranked.score, level: level?.level, levelAsWritten: level?.levelAsWritten,
                              where: ranked.line.provenance)
        }
        return .result(overall, AgencyReader(words: words).read(content.lines, overall: overall) ?? Agency())
    }

    /// One table: its measures (with the scores it quotes beside its questions), its analysis,
    /// or its scores.
    private static func readTable(_ table: Table, fiscalYear: Int?, vocabulary: ScoreVocabulary, words: ReadingWords) -> ParsedPart {
        let columns = TableColumns(of: table, fiscalYear: fiscalYear, words: words)
        let tableReader = TableScoreReader(vocabulary: vocabulary)
        if MeasureReader.holdsMeasures(columns) {
            let measures = MeasureReader(vocabulary: vocabulary).read(table, columns: columns)
            // A measures table without a score column quotes none.
            return .measures(measures, quotes: columns.has(.score) ? tableReader.scores(in: table, columns: columns) : [])
        } else if AnalysisReader.holdsAnalysis(columns, in: table) {
            return .analysis(AnalysisReader(vocabulary: vocabulary).read(columns.bodyRows(of: table)))
        }
        return .tableScores(tableReader.scores(in: table, columns: columns))
    }

    /// Whether the content names the assessment at all (ITA, คุณธรรมและความโปร่งใส, a tool's
    /// code, the NACC): a document that never does (a budget volume whose table of contents
    /// numbers its chapters as indicators are numbered) is no ITA report, whatever numbers it
    /// holds.
    public static func namesTheITA(_ content: DocumentContent) -> Bool {
        let names = ReadingWords.load().itaNames
        let texts = content.lines.lazy.map(\.text) + content.tables.lazy.flatMap { $0.rows.lazy.flatMap { $0.cells.lazy.map(\.text) } }
        return texts.contains { text in names.contains(where: text.containsExactly) }
    }

    /// The content with what OCR misread and the year's vocabulary can put back: question
    /// codes whose letter came out as digits (`MisreadItemCodes`). Content without OCR pages
    /// is returned as it is. Done before parsing so that the validator, which reads the
    /// content again, sees the same codes.
    public func restoringOCRMisreads(_ content: DocumentContent) throws -> DocumentContent {
        guard !content.ocrPages.isEmpty else { return content }
        let years = FiscalYearReader(words: ReadingWords.load()).read(content.lines)
        let framework = try years.flatMap { try FrameworkLibrary.framework(for: $0.assessed) } ?? latestFramework()
        return MisreadItemCodes(framework: framework).restored(content)
    }

    /// Reads what the parser needs besides the report (the word lists) on another core, while
    /// poppler reads the pages.
    public static func prepare() {
        _ = ReadingWords.load()
    }

    /// Reads the framework of the year a report's first page names, on another core, while
    /// the rest of its pages are read: a report of a year other than the latest would else
    /// wait for it.
    public static func prefetch(firstPage lines: [DocumentContent.Line]) {
        DispatchQueue.global(qos: .userInitiated).async {
            guard let year = FiscalYearReader().read(lines)?.assessed else { return }
            _ = try? FrameworkLibrary.framework(for: year)
        }
    }

    private static func itemNumber(_ code: String) -> Int { Int(code.dropFirst()) ?? 0 }

    /// The level names of the year and of every scheme, longest first: a report may name its
    /// level in another year's scheme.
    static func anyYearLevelNames(_ framework: Framework, _ words: ReadingWords) -> [String] {
        Set(framework.levelRule.levelNames + words.levelNames).sorted { ($0.count, $0) > ($1.count, $1) }
    }

    private func latestFramework() throws -> Framework {
        guard let latest = try FrameworkLibrary.latest() else {
            throw FrameworkError.folderUnreadable(path: TemplatesFolder.url.appendingPathComponent("frameworks").path)
        }
        return latest
    }
}
