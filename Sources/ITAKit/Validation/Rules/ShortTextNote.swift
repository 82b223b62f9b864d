/// What a short text (kind C: a news item, an announcement) does not hold, said as a note
/// worded for what the text is: it gives the result, the part is the agency's report's, and
/// nothing needs correcting. A note is no fault: it changes no exit status, and it names no
/// value the text should have (no `expected`).
struct ShortTextNote {
    /// What the text gives, as the note says it: "ผลการประเมินภาพรวม" / "the overall result".
    let thaiGives: String
    let englishGives: String
    /// Where the text states its result, for the note to point at.
    let place: Provenance?

    init(_ report: Report) {
        var thai: [String] = [], english: [String] = []
        if report.overall != nil {
            thai.append("ผลการประเมินภาพรวม")
            english.append("the overall result")
        }
        if !report.tools.isEmpty {
            thai.append("คะแนนของ \(Self.toolNames(report.tools, part: "ส่วนที่"))")
            english.append("the scores of \(Self.toolNames(report.tools, part: "part"))")
        }
        if !report.indicators.isEmpty {
            let numbers = ScoreText.numbers(report.indicators.map(\.number))
            thai.append("คะแนนของตัวชี้วัดที่ \(numbers)")
            english.append(report.indicators.count > 1 ? "the scores of indicators \(numbers)" : "the score of indicator \(numbers)")
        }
        thaiGives = ScoreText.thaiList(thai)
        englishGives = ScoreText.englishList(english)
        place = report.overall?.where ?? report.tools.first?.where ?? report.indicators.first?.where
    }

    /// The note of `code` that the text does not hold `thaiMissing` / `englishMissing`
    /// ("คะแนนรายเครื่องมือ (IIT, EIT, OIT)" / "the tool scores (IIT, EIT, OIT)").
    func finding(code: String, thaiMissing: String, englishMissing: String) -> Finding {
        Finding(code: code, severity: .note,
                thai: "ข้อความนี้ให้เพียง\(thaiGives) ไม่มี\(thaiMissing) ซึ่งเป็นส่วนของรายงานผลการประเมินของหน่วยงาน "
                    + "ข่าวหรือประกาศผลการประเมินไม่จำเป็นต้องมี จึงเป็นหมายเหตุ ไม่ต้องแก้",
                english: "This text gives \(englishGives) only; it does not hold \(englishMissing), a part of the agency's report "
                    + "that a news item or an announcement of the result need not carry. A note: nothing to correct.",
                where: place)
    }

    /// "IIT, EIT ส่วนที่ 1, OIT" as the rows are: a part of EIT by its number.
    private static func toolNames(_ tools: [ToolScore], part word: String) -> String {
        tools.map { tool in tool.part.map { "\(tool.code) \(word) \($0)" } ?? tool.code }.joined(separator: ", ")
    }
}
