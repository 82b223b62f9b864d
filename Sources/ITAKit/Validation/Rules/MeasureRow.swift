import ReportLayout

/// The cells of one row of the measures table. A `Measure` keeps only the place of its
/// indicator cell; a rule about the period or the responsible units points at their own cells,
/// and a rule about the indicator's name reads it as written.
struct MeasureRow {
    var number: Int
    var indicator: TableCell
    var period: TableCell?
    var responsible: TableCell?

    /// Every row of the report's measures tables that names an indicator, in document order.
    /// Columns are found by their headers (`TableColumns`), as `MeasureReader` finds them.
    static func all(in content: DocumentContent) -> [MeasureRow] {
        var result: [MeasureRow] = []
        let words = ReadingWords.load()
        for table in content.tables {
            let columns = TableColumns(of: table, fiscalYear: nil, words: words)
            guard MeasureReader.holdsMeasures(columns) else { continue }
            let label = columns.column(.label) ?? 0
            for row in columns.bodyRows(of: table) {
                guard label < row.cells.count, let number = AnalysisReader.indicatorNumber(in: row.cells[label].text) else { continue }
                func cell(_ role: ColumnRole) -> TableCell? {
                    columns.column(role).flatMap { $0 < row.cells.count ? row.cells[$0] : nil }
                }
                result.append(MeasureRow(number: number, indicator: row.cells[label], period: cell(.period), responsible: cell(.responsible)))
            }
        }
        return result
    }

    /// The row of `measure` among `rows`: the one whose indicator cell is where the measure
    /// says it came from.
    static func of(_ measure: Measure, in rows: [MeasureRow]) -> MeasureRow? {
        rows.first { $0.number == measure.indicator && $0.indicator.provenance == measure.where }
    }
}
