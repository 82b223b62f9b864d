/// How Thai text names the twelve months: in full (ตุลาคม), and abbreviated (ต.ค.).
enum ThaiMonthName {
    /// Full names, with the misspellings and damage seen in real documents.
    static let fullNames: [(spelling: String, month: Int)] = [
        ("มกราคม", 1),
        ("กุมภาพันธ์", 2),
        ("กุมภาพันธ", 2),  // THANTHAKHAT lost by the PDF's text layer
        ("มีนาคม", 3),
        ("เมษายน", 4),
        ("พฤษภาคม", 5),
        ("มิถุนายน", 6),
        ("กรกฎาคม", 7),
        ("กรกฏาคม", 7),  // ฏ for ฎ: the most common misspelling of a month
        ("สิงหาคม", 8),
        ("กันยายน", 9),
        ("ตุลาคม", 10),
        ("พฤศจิกายน", 11),
        ("ธันวาคม", 12),
    ]

    /// Abbreviations as their two letter groups: ม.ค. is ["ม", "ค"]. Written with or
    /// without the dots, and with spaces after them ("ต. ค."), so they are matched by
    /// `ThaiAbbreviation`, not as plain strings.
    static let abbreviations: [(parts: [String], month: Int)] = [
        (["ม", "ค"], 1),
        (["ก", "พ"], 2),
        (["มี", "ค"], 3),
        (["เม", "ย"], 4),
        (["พ", "ค"], 5),
        (["มิ", "ย"], 6),
        (["ก", "ค"], 7),
        (["ส", "ค"], 8),
        (["ก", "ย"], 9),
        (["ต", "ค"], 10),
        (["พ", "ย"], 11),
        (["ธ", "ค"], 12),
    ]
}

extension ThaiMonthName {
    /// The month that ends `text` (spaces and `พ.ศ.` after it aside): `14 กันยายน`,
    /// `4 ก.ค.`, `๙ มิ.ย. พ.ศ.`. A year written next completes a date.
    static func month(ending text: Substring) -> Int? {
        var rest = text.drop(whileLast: \.isWhitespace)
        for era in ["พ.ศ.", "พ. ศ.", "พ.ศ"] where rest.hasSuffix(era) {
            rest = rest.dropLast(era.count).drop(whileLast: \.isWhitespace)
            break
        }
        if let (_, month) = fullNames.first(where: { rest.hasSuffix($0.spelling) }) { return month }
        for (parts, month) in abbreviations {
            // `ก.ค.`, `ก.ค`, `กค`, `ก. ค.`: the letters and optional dots and a space.
            var tail = rest
            if tail.last == "." { tail = tail.dropLast() }
            guard tail.hasSuffix(parts[1]) else { continue }
            tail = tail.dropLast(parts[1].count).drop(whileLast: { $0 == " " })
            if tail.last == "." { tail = tail.dropLast() }
            guard tail.hasSuffix(parts[0]) else { continue }
            let before = tail.dropLast(parts[0].count)
            // The abbreviation stands alone: `ม.ค.`, not the end of another word.
            if before.last.map({ $0.isWhitespace || $0.isNumber }) ?? true { return month }
        }
        return nil
    }
}

extension Substring {
    fileprivate func drop(whileLast predicate: (Character) -> Bool) -> Substring {
        var text = self
        while let last = text.last, predicate(last) { text = text.dropLast() }
        return text
    }
}

extension ThaiDate {
    /// Whether `text` ends with a day's month, so that a year written right after it is a
    /// date's (`วันเสาร์ที่ 4 กรกฎาคม พ.ศ. 2563`), not a fiscal year named on its own.
    public static func endsWithMonth(_ text: Substring) -> Bool {
        ThaiMonthName.month(ending: text) != nil
    }
}
