import ReportLayout

/// The report's tables that give scores, told apart as `ReportParser` tells them (by their
/// headings' meaning, `TableColumns`): every table but the measures and the analysis tables,
/// with the rows under its header. For the rules that look at a score row where it is written:
/// a name as written, a row the parser took once though the table gives it twice, a score cell
/// it could not read.
struct ScoreTables {
    struct Entry {
        var table: Table
        var columns: TableColumns
        var body: ArraySlice<TableRow>
    }

    let entries: [Entry]

    init(_ content: DocumentContent, fiscalYear: Int?, words: ReadingWords = .load()) {
        entries = content.tables.compactMap { table in
            let columns = TableColumns(of: table, fiscalYear: fiscalYear, words: words)
            guard !MeasureReader.holdsMeasures(columns), !AnalysisReader.holdsAnalysis(columns, in: table) else { return nil }
            return Entry(table: table, columns: columns, body: columns.bodyRows(of: table))
        }
    }

    /// The body rows of each table.
    var bodies: [ArraySlice<TableRow>] { entries.map(\.body) }

    /// The scores each table gives, read as the parser reads them, one array per table.
    func scores(_ vocabulary: ScoreVocabulary) -> [[ScoreFinding]] {
        let reader = TableScoreReader(vocabulary: vocabulary)
        return entries.map { reader.scores(in: $0.table, columns: $0.columns) }
    }
}
