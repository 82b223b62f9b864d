/// ITA001: the overall score is not what the tool scores give: the year's weights × the tool
/// scores (2568: 0.3 × IIT + 0.3 × EIT + 0.4 × OIT, EIT the mean of its two parts).
///
/// Tolerance: the overall is written to two decimals (± `scoreTolerance`, 0.005), and so is
/// each tool score, which adds its weight × 0.005; the weights add up to 1, so the overall may
/// differ from the computed value by 0.005 + 0.005 = 0.01.
///
/// An error always, as the issue's table of codes says. Where the template says a tool's score
/// is made by a hypothesis (2566–2568: EIT as the plain mean of its parts) and some weighting
/// of the parts could explain the difference, or the weights themselves are a hypothesis
/// (2562), the message says so. When the report's EIT indicators agree with its EIT parts and
/// the template takes the tool as the mean of its indicators without a hypothesis (2568), the
/// indicators pin the EIT score down.
public struct OverallScoreRule: ValidationRule {
    public static let code = "ITA001"

    public init() {}

    public func check(_ context: ValidationContext) -> [Finding] {
        guard let framework = context.framework, let overall = ScoreEvidence.usable(context.report.overall?.score) else { return [] }
        let half = context.settings.scoreTolerance
        var computed = 0.0
        var low = 0.0, high = 0.0
        var guesses: [String] = []
        var partsThai: [String] = [], partsEnglish: [String] = []
        for tool in framework.tools {
            guard var evidence = ScoreEvidence.reported(tool, in: context.report, half: half) else { return [] }
            // Named in the note: the tools whose score rests on a hypothesis, pinned or not.
            if evidence.restsOnHypothesis { guesses.append(tool.code) }
            if evidence.restsOnHypothesis, let indicators = ScoreEvidence.fromIndicators(tool, in: context.report, half: half),
               !indicators.restsOnHypothesis, abs(indicators.plain - evidence.plain) <= 2 * half + ScoreText.noise {
                // The indicators' mean (not a hypothesis) agrees with the parts: it pins the score.
                let pinned = max(evidence.bounds.lowerBound, indicators.bounds.lowerBound)...min(evidence.bounds.upperBound, indicators.bounds.upperBound)
                evidence.bounds = pinned
            }
            if tool.weightSource.isHypothesis { guesses.append("weights") }
            computed += tool.weight * evidence.plain
            low += tool.weight * evidence.bounds.lowerBound
            high += tool.weight * evidence.bounds.upperBound
            let percent = ScoreText.written(tool.weight * 100)
            partsThai.append("\(tool.code) \(evidence.thai) × \(percent)%")
            partsEnglish.append("\(tool.code) \(evidence.english) × \(percent)%")
        }
        let allowed = half + framework.tools.reduce(0) { $0 + $1.weight * half }
        guard abs(overall - computed) > allowed + ScoreText.noise else { return [] }
        let impossible = !ScoreEvidence.overlap((overall - half)...(overall + half), low...high)
        let weightsGuessed = guesses.contains("weights")
        let severity: Finding.Severity = .error
        let explainedByAnotherWeighting = !impossible || weightsGuessed
        let place = context.overallPlace
        let found = ScoreText.written(overall), expected = ScoreText.rounded(computed)
        let difference = ScoreText.rounded(abs(overall - computed))
        var thai = "คะแนนภาพรวม \(found)\(ScoreText.thaiPlace(place)) ไม่ตรงกับคะแนนที่คำนวณจากคะแนนรายเครื่องมือ: "
            + partsThai.joined(separator: " + ") + " = \(expected) ต่างกัน \(difference) คะแนน ซึ่งมากกว่าที่การปัดเศษทศนิยมจะทำให้ต่างได้ (\(ScoreText.rounded(allowed))) "
            + "กรุณาตรวจสอบคะแนนภาพรวมและคะแนนรายเครื่องมือกับประกาศผลของสำนักงาน ป.ป.ช. แล้วแก้ตัวที่ผิดให้ตรงกัน"
        var english = "The overall score \(found)\(ScoreText.englishPlace(place)) is not what the tool scores give: "
            + partsEnglish.joined(separator: " + ") + " = \(expected); the difference, \(difference), is more than rounding explains (\(ScoreText.rounded(allowed))). "
            + "Check the overall and the tool scores against the NACC's published results and correct the one that is wrong."
        if explainedByAnotherWeighting {
            let tools = guesses.filter { $0 != "weights" }
            if weightsGuessed {
                thai += " (หมายเหตุ: น้ำหนักของเครื่องมือในปีงบประมาณ \(framework.fiscalYear) ยังไม่ได้รับการยืนยันจากเอกสารของสำนักงาน ป.ป.ช. ถ้าคะแนนทุกตัวตรงกับประกาศผลแล้ว ให้ถือเป็นข้อสังเกต)"
                english += " (Note: the tools' weights for fiscal year \(framework.fiscalYear) are not confirmed by an NACC text; if every score matches the published results, take this as a remark.)"
            } else {
                thai += " (หมายเหตุ: วิธีรวมคะแนนส่วนย่อยของ \(tools.joined(separator: ", ")) เป็นค่าเฉลี่ยธรรมดายังไม่ได้รับการยืนยันจากสำนักงาน ป.ป.ช. ความต่างนี้อาจมาจากวิธีรวมคะแนนแบบอื่น ถ้าคะแนนทุกตัวตรงกับประกาศผลแล้ว ให้ถือเป็นข้อสังเกต)"
                english += " (Note: that \(tools.joined(separator: ", ")) is the plain mean of its parts is not confirmed by the NACC, and another weighting of the parts could explain the difference; if every score matches the published results, take this as a remark.)"
            }
        }
        return [Finding(code: Self.code, severity: severity, thai: thai, english: english, where: place,
                        expected: expected, found: found)]
    }
}
