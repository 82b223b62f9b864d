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
    /// Columns are found by their headers, as `MeasureReader` finds them.
    static func all(in content: DocumentContent) -> [MeasureRow] {
        var result: [MeasureRow] = []
        for table in content.tables {
            guard let header = TableKind.header(of: table), header.kind == .measures else { continue }
            var indicatorColumn: Int?, periodColumn: Int?, responsibleColumn: Int?
            for (index, cell) in table.rows[header.row].cells.enumerated() {
                let text = cell.text.filter { !$0.isWhitespace }
                if text.contains("ผู้รับผิดชอบ") {
                    if responsibleColumn == nil { responsibleColumn = index }
                } else if text.contains("ระยะเวลา") {
                    if periodColumn == nil { periodColumn = index }
                } else if text.contains("ขั้นตอน") || text.contains("วิธีการ") || text.contains("ผลการวิเคราะห์")
                            || text.contains("โครงการ") || text.contains("กิจกรรม") || text.contains("มาตรการ") {
                    continue
                } else if text.contains("ตัวชี้วัด"), indicatorColumn == nil {
                    indicatorColumn = index
                }
            }
            let column = indicatorColumn ?? 0
            for row in table.rows.dropFirst(header.row + 1) {
                guard column < row.cells.count,
                      let number = AnalysisReader.indicatorNumber(in: row.cells[column].text) else { continue }
                func cell(_ index: Int?) -> TableCell? {
                    guard let index, index < row.cells.count else { return nil }
                    return row.cells[index]
                }
                result.append(MeasureRow(number: number, indicator: row.cells[column],
                                         period: cell(periodColumn), responsible: cell(responsibleColumn)))
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
