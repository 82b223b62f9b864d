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
