/// ITA021: a tool printed whole and in its parts (EIT from 2566: ส่วนที่ 1 and ส่วนที่ 2) whose
/// whole is not its parts combined as the year's template says (their mean).
///
/// Tolerance: 0.01, as for a mean of two-decimal scores (`scoreTolerance` twice). An error
/// where the template's way of combining is sourced; a warning that says so while it is a
/// hypothesis (2566–2568: the mean fits the seed only).
public struct ToolFromPartsRule: ValidationRule {
    public static let code = "ITA021"

    public init() {}

    public func check(_ context: ValidationContext) -> [Finding] {
        guard let framework = context.framework else { return [] }
        let tolerance = 2 * context.settings.scoreTolerance + ScoreText.noise
        var findings: [Finding] = []
        for tool in framework.tools {
            guard let count = tool.parts else { continue }
            let rows = context.report.tools.filter { $0.code == tool.code }
            guard let whole = rows.first(where: { $0.part == nil }), let score = ScoreEvidence.usable(whole.score) else { continue }
            let parts = (1...count).compactMap { part in rows.first { $0.part == part } }
            let scores = parts.compactMap { ScoreEvidence.usable($0.score) }
            guard scores.count == count, let combined = tool.score(fromParts: scores), abs(combined - score) > tolerance else { continue }
            let hypothesis = tool.partsCombinedBySource?.isHypothesis ?? true
            let thaiParts = zip(parts, scores).map { "ส่วนที่ \($0.part!) \(ScoreText.written($1))\(ScoreText.thaiPlace($0.where))" }
            let englishParts = zip(parts, scores).map { "part \($0.part!) \(ScoreText.written($1))\(ScoreText.englishPlace($0.where))" }
            var thai = "คะแนน \(tool.code) \(ScoreText.written(score))\(ScoreText.thaiPlace(whole.where)) ไม่ตรงกับค่าเฉลี่ยของคะแนนส่วนย่อย "
                + "\(ScoreText.thaiList(thaiParts)) ซึ่งเท่ากับ \(ScoreText.rounded(combined)) กรุณาตรวจคะแนน \(tool.code) และส่วนย่อยกับประกาศผลของสำนักงาน ป.ป.ช. แล้วแก้ตัวที่ผิด"
            var english = "The \(tool.code) score \(ScoreText.written(score))\(ScoreText.englishPlace(whole.where)) is not the mean of its parts, "
                + "\(ScoreText.englishList(englishParts)), which is \(ScoreText.rounded(combined)). Check the \(tool.code) score and its parts against the NACC's published results and correct the wrong one."
            if hypothesis {
                thai += " (หมายเหตุ: การรวมส่วนย่อยด้วยค่าเฉลี่ยธรรมดายังไม่ได้รับการยืนยันจากสำนักงาน ป.ป.ช. จึงเป็นคำเตือน)"
                english += " (Note: that the parts combine by a plain mean is not confirmed by the NACC, so this is a warning.)"
            }
            findings.append(Finding(code: Self.code, severity: hypothesis ? .warning : .error, thai: thai, english: english,
                                    where: whole.where, expected: ScoreText.rounded(combined), found: ScoreText.written(score),
                                    alsoWhere: parts.compactMap(\.where)))
        }
        return findings
    }
}
