import ReportLayout

/// Which column of a measures table holds what, found from its header row, so that the order
/// of the columns may differ from report to report. The first column with a heading wins.
struct MeasureColumns {
    enum Column { case indicator, activity, analysis, steps, period, responsible }

    private var index: [Column: Int] = [:]

    init(header: TableRow) {
        for (position, cell) in header.cells.enumerated() {
            let text = cell.text.filter { !$0.isWhitespace }
            // Most specific first: the analysis heading also says ตัวชี้วัด.
            let column: Column? =
                text.containsExactly("ผู้รับผิดชอบ") ? .responsible :
                text.containsExactly("ระยะเวลา") ? .period :
                text.containsExactly("ขั้นตอน") || text.containsExactly("วิธีการ") ? .steps :
                text.containsExactly("ผลการวิเคราะห์") ? .analysis :
                text.containsExactly("โครงการ") || text.containsExactly("กิจกรรม") || text.containsExactly("มาตรการ") ? .activity :
                text.containsExactly("ตัวชี้วัด") ? .indicator : nil
            if let column, index[column] == nil { index[column] = position }
        }
    }

    /// The column's position; the indicator is taken to be the first column when unnamed.
    subscript(_ column: Column) -> Int? {
        column == .indicator ? index[.indicator] ?? 0 : index[column]
    }

    /// The cell of `row` in `column`, nil when the table has no such column or the row is short.
    func cell(_ column: Column, of row: TableRow) -> TableCell? {
        guard let position = self[column], position < row.cells.count else { return nil }
        return row.cells[position]
    }
}
