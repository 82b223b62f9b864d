import ReportLayout

/// What a table of an ITA report holds, told from its header row. The header is looked for in
/// the first rows: a table drawn without rulings may start with a line of the text above it.
enum TableKind: Equatable {
    case tools, indicators, analysis, measures

    /// How many rows from the top may stand before the header.
    static let headerSearch = 3

    static func of(_ table: Table) -> TableKind? {
        header(of: table)?.kind
    }

    /// The kind and the index of the header row.
    static func header(of table: Table) -> (kind: TableKind, row: Int)? {
        for (index, row) in table.rows.prefix(headerSearch).enumerated() {
            if let kind = kind(ofHeader: row, columns: table.columnCount) { return (kind, index) }
        }
        return nil
    }

    private static func kind(ofHeader row: TableRow, columns: Int) -> TableKind? {
        let all = row.cells.map { $0.text.filter { !$0.isWhitespace } }.joined()
        if all.containsExactly("ผู้รับผิดชอบ") || all.containsExactly("ระยะเวลา") || all.containsExactly("ขั้นตอน") { return .measures }
        if all.containsExactly("ผลการวิเคราะห์") && columns <= 3 { return .analysis }
        if all.containsExactly("เครื่องมือ") && all.containsExactly("คะแนน") { return .tools }
        if all.containsExactly("ตัวชี้วัด") && all.containsExactly("คะแนน") { return .indicators }
        return nil
    }
}
