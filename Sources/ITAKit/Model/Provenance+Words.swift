extension Provenance {
    /// Whether this is a place in a Word document.
    public var isInWordDocument: Bool { paragraph != nil || table != nil }

    /// The place in words staff understand: "ตารางที่ 3 แถวที่ 4", "ย่อหน้าที่ 12",
    /// "หัวกระดาษ ย่อหน้าที่ 1", "บรรทัดที่ 75", "หน้า 3"; nil when the place is not known.
    public var thaiWords: String? {
        if let line { return "บรรทัดที่ \(line)" }
        if let page { return "หน้า \(page)" }
        let partWords = switch part {
        case "header": "หัวกระดาษ "
        case "footer": "ท้ายกระดาษ "
        default: ""
        }
        if let table { return partWords + "ตารางที่ \(table)" + (row.map { " แถวที่ \($0)" } ?? "") }
        if let paragraph { return partWords + "ย่อหน้าที่ \(paragraph)" }
        return nil
    }

    /// "table 3, row 4", "paragraph 12", "header, paragraph 1", "line 75", "page 3"; nil when
    /// the place is not known.
    public var englishWords: String? {
        if let line { return "line \(line)" }
        if let page { return "page \(page)" }
        let partWords = part.map { "\($0), " } ?? ""
        if let table { return partWords + "table \(table)" + (row.map { ", row \($0)" } ?? "") }
        if let paragraph { return partWords + "paragraph \(paragraph)" }
        return nil
    }
}
