/// How findings say places and dates to people: "บรรทัดที่ 75" / "line 75", "หน้า 3" /
/// "page 3"; ISO dates as Thai reports write them ("30 กันยายน 2569").
enum FindingWording {
    static let thaiMonths = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
                             "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
    static let englishMonths = ["January", "February", "March", "April", "May", "June",
                                "July", "August", "September", "October", "November", "December"]

    /// "บรรทัดที่ 75", "หน้า 3", "ย่อหน้าที่ 12", or "" when the place is not known.
    static func thai(_ place: Provenance?) -> String {
        place?.thaiWords ?? ""
    }

    /// "line 75", "page 3", "paragraph 12", or "".
    static func english(_ place: Provenance?) -> String {
        place?.englishWords ?? ""
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

    /// The note of a warning whose requirement is ita's reading of the reports agencies
    /// publish, not an NACC text, and that a document announcing the result need not change:
    /// `thaiPart` "ส่วนนี้" / `englishPart` "this part", `thaiResult` "ผลคะแนน" / `englishResult`
    /// "the result".
    static func unconfirmedRequirementNote(thaiPart: String, englishPart: String, thaiResult: String, englishResult: String)
        -> (thai: String, english: String) {
        (" (หมายเหตุ: ita ถือว่ารายงานผลการประเมินต้องมี\(thaiPart) ตามรายงานที่หน่วยงานเผยแพร่ แต่ยังไม่พบข้อกำหนดของสำนักงาน ป.ป.ช. "
            + "ที่ระบุไว้ จึงเป็นคำเตือน ถ้าเอกสารนี้เป็นเพียงประกาศ\(thaiResult) ไม่ต้องแก้)",
         " (Note: ita expects \(englishPart) from the reports agencies publish; the NACC's own requirement is not in a source ita has, "
            + "so this is a warning. If this document only announces \(englishResult), nothing needs to change.)")
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
