/// ITA019: a question (or an indicator, a tool) quoted beside a measure or an analysis with a
/// score that is not the one its own row gives: `i26 | 78.06` in the measures table where the
/// question table has i26 at 74.12. When the quoted score is another question's, the row was
/// likely copied from its neighbour, and the message says which.
///
/// A quote that is the row's score rounded (80.5 for 80.54) agrees with it.
public struct QuotedItemScoreRule: ValidationRule {
    public static let code = "ITA019"

    public init() {}

    public func check(_ context: ValidationContext) -> [Finding] {
        let report = context.report
        var findings: [Finding] = []
        for item in report.items {
            guard let score = item.score else { continue }
            findings += quotes(of: item.alsoWritten, score: score, place: item.where,
                               thai: "ข้อ \(item.code)", english: "question \(item.code)",
                               settledBy: TwoScoresRule.anotherQuestion(than: item, in: report))
        }
        for indicator in report.indicators {
            guard let score = indicator.score else { continue }
            findings += quotes(of: indicator.alsoWritten, score: score, place: indicator.where,
                               thai: "ตัวชี้วัดที่ \(indicator.number) \(indicator.name)", english: "indicator \(indicator.number) (\(indicator.name))")
        }
        for tool in report.tools {
            guard let score = tool.score else { continue }
            let (thai, english) = tool.part.map { ("\(tool.code) ส่วนที่ \($0)", "\(tool.code) part \($0)") } ?? (tool.code, tool.code)
            findings += quotes(of: tool.alsoWritten, score: score, place: tool.where, thai: thai, english: english)
        }
        return findings
    }

    private func quotes(of mentions: [ScoreMention]?, score: Double, place: Provenance?, thai name: String, english englishName: String,
                        settledBy reason: ((Double) -> (thai: String, english: String)?)? = nil) -> [Finding] {
        (mentions ?? []).compactMap { mention in
            guard let part = mention.quotedIn, part != .text, !TwoScoresRule.sameWhenRounded(score, mention.score) else { return nil }
            let (thaiPart, englishPart) = part == .measures ? ("ตารางมาตรการ", "the measures table") : ("การวิเคราะห์", "the analysis")
            let quoted = ScoreText.written(mention.score), own = ScoreText.written(score)
            var thai = "\(thaiPart)\(ScoreText.thaiPlace(mention.where)) อ้างคะแนน\(name) \(quoted) แต่แถวของ\(name)ให้ \(own)\(ScoreText.thaiPlace(place))"
            var english = "\(englishPart.prefix(1).uppercased() + englishPart.dropFirst())\(ScoreText.englishPlace(mention.where)) quotes \(englishName) with \(quoted), "
                + "but its own row gives \(own)\(ScoreText.englishPlace(place))."
            if let (thaiReason, englishReason) = reason?(mention.score) {
                thai += " \(thaiReason)"
                english += " \(englishReason)"
            }
            thai += " กรุณาแก้คะแนนที่อ้างให้ตรงกับแถวของ\(name) (หรือแก้แถวถ้าแถวผิด) ตามประกาศผลของสำนักงาน ป.ป.ช."
            english += " Correct the quoted score to match the row of \(englishName) (or the row, if it is wrong), as the NACC published it."
            return Finding(code: Self.code, severity: .error, thai: thai, english: english, where: mention.where,
                           expected: own, found: quoted, alsoWhere: [place].compactMap { $0 })
        }
    }
}
