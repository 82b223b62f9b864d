import ReportLayout

/// What a table of an ITA report holds, told from its header row (or, without one, its rows).
enum TableKind: Equatable {
    case tools, indicators, analysis, measures

    static func of(_ table: Table) -> TableKind? {
        guard let header = table.rows.first?.cells.map({ $0.text.filter { !$0.isWhitespace } }) else { return nil }
        let all = header.joined()
        if all.contains("ผู้รับผิดชอบ") || all.contains("ระยะเวลา") || all.contains("ขั้นตอน") { return .measures }
        if all.contains("ผลการวิเคราะห์") && table.columnCount <= 3 { return .analysis }
        if all.contains("เครื่องมือ") && all.contains("คะแนน") { return .tools }
        if all.contains("ตัวชี้วัด") && all.contains("คะแนน") { return .indicators }
        return nil
    }
}
