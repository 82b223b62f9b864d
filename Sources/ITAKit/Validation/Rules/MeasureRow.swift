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
    /// Columns are found by their headers (`MeasureColumns`), as `MeasureReader` finds them.
    static func all(in content: DocumentContent) -> [MeasureRow] {
        var result: [MeasureRow] = []
        for table in content.tables {
            guard let header = TableKind.header(of: table), header.kind == .measures else { continue }
            let columns = MeasureColumns(header: table.rows[header.row])
            for row in table.rows.dropFirst(header.row + 1) {
                guard let indicator = columns.cell(.indicator, of: row),
                      let number = AnalysisReader.indicatorNumber(in: indicator.text) else { continue }
                result.append(MeasureRow(number: number, indicator: indicator,
                                         period: columns.cell(.period, of: row), responsible: columns.cell(.responsible, of: row)))
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
