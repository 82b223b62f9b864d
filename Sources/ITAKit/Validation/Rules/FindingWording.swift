/// How findings say places and dates to people: "บรรทัดที่ 75" / "line 75", "หน้า 3" /
/// "page 3"; ISO dates as Thai reports write them ("30 กันยายน 2569").
enum FindingWording {
    static let thaiMonths = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
                             "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
    static let englishMonths = ["January", "February", "March", "April", "May", "June",
                                "July", "August", "September", "October", "November", "December"]

    /// "บรรทัดที่ 75", "หน้า 3", or "" when the place is not known.
    static func thai(_ place: Provenance?) -> String {
        if let line = place?.line { return "บรรทัดที่ \(line)" }
        if let page = place?.page { return "หน้า \(page)" }
        return ""
    }

    /// "line 75", "page 3", or "".
    static func english(_ place: Provenance?) -> String {
        if let line = place?.line { return "line \(line)" }
        if let page = place?.page { return "page \(page)" }
        return ""
    }

    /// " (บรรทัดที่ 75)" or "".
    static func thaiInBrackets(_ place: Provenance?) -> String {
        let text = thai(place)
        return text.isEmpty ? "" : " (\(text))"
    }

    static func englishInBrackets(_ place: Provenance?) -> String {
        let text = english(place)
        return text.isEmpty ? "" : " (\(text))"
    }

    /// "2026-09-30" → "30 กันยายน 2569"; the text as given when it is no ISO date.
    static func thaiDate(iso: String) -> String {
        guard let (year, month, day) = parts(iso) else { return iso }
        return "\(day) \(thaiMonths[month - 1]) \(year + 543)"
    }

    /// "2026-09-30" → "30 September 2569 B.E. (2026)".
    static func englishDate(iso: String) -> String {
        guard let (year, month, day) = parts(iso) else { return iso }
        return "\(day) \(englishMonths[month - 1]) \(year + 543) B.E. (\(year))"
    }

    private static func parts(_ iso: String) -> (Int, Int, Int)? {
        let pieces = iso.prefix(10).split(separator: "-")
        guard pieces.count == 3, let year = Int(pieces[0]), let month = Int(pieces[1]), let day = Int(pieces[2]),
              (1...12).contains(month) else { return nil }
        return (year, month, day)
    }
}
