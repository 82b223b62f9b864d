/// ITA003: a tool's score is not the mean of its indicators' scores (2568: IIT of 1–5, EIT of
/// 6–8, OIT of 9–10). For a tool scored in parts (EIT from 2566), its parts combined as the
/// template says (their mean) stand for its score.
///
/// Tolerance: both sides are made of scores written to two decimals, each within 0.005 of
/// its true value, and a mean keeps that; so the two may differ by 0.005 + 0.005 = 0.01
/// (`scoreTolerance` twice).
///
/// An error always, as the table of codes says. Where the template marks a step as a
/// hypothesis (IIT as the mean of its indicators, EIT as the mean of its parts) and a
/// weighted mean could explain the difference (a score between the lowest and the highest of
/// its inputs), the message says so, so that staff check against the published results.
public struct ToolScoreMeanRule: ValidationRule {
    public static let code = "ITA003"

    public init() {}

    public func check(_ context: ValidationContext) -> [Finding] {
        guard let framework = context.framework else { return [] }
        let half = context.settings.scoreTolerance
        var findings: [Finding] = []
        for tool in framework.tools {
            guard let reported = ScoreEvidence.reported(tool, in: context.report, half: half),
                  let indicators = ScoreEvidence.fromIndicators(tool, in: context.report, half: half) else { continue }
            let difference = abs(reported.plain - indicators.plain)
            guard difference > 2 * half + ScoreText.noise else { continue }
            let impossible = !ScoreEvidence.overlap(reported.bounds, indicators.bounds)
            let severity: Finding.Severity = .error
            let explainedByAnotherWeighting = !impossible
            let numbers = ScoreText.numbers(tool.indicatorNumbers)
            var thai = "คะแนน \(tool.code) \(reported.thai)\(ScoreText.thaiPlace(reported.place)) ไม่ตรงกับค่าเฉลี่ยของคะแนนตัวชี้วัดของเครื่องมือนี้ "
                + "\(indicators.thai) ต่างกัน \(ScoreText.rounded(difference)) คะแนน ซึ่งมากกว่าที่การปัดเศษทศนิยมจะทำให้ต่างได้ (\(ScoreText.rounded(2 * half))) "
                + "กรุณาตรวจสอบคะแนน \(tool.code) และคะแนนตัวชี้วัดที่ \(numbers) กับประกาศผลของสำนักงาน ป.ป.ช. แล้วแก้ตัวที่ผิดให้ตรงกัน"
            var english = "The \(tool.code) score \(reported.english)\(ScoreText.englishPlace(reported.place)) is not the mean of its indicators' scores, "
                + "\(indicators.english); the difference, \(ScoreText.rounded(difference)), is more than rounding explains (\(ScoreText.rounded(2 * half))). "
                + "Check the \(tool.code) score and the scores of indicators \(numbers) against the NACC's published results and correct the one that is wrong."
            if explainedByAnotherWeighting {
                let guessThai = [reported.restsOnHypothesis ? "การรวมคะแนนส่วนย่อยของ \(tool.code) ด้วยค่าเฉลี่ยธรรมดา" : nil,
                                 indicators.restsOnHypothesis ? "การคิดคะแนน \(tool.code) เป็นค่าเฉลี่ยธรรมดาของตัวชี้วัด" : nil].compactMap { $0 }
                let guessEnglish = [reported.restsOnHypothesis ? "that \(tool.code) is the plain mean of its parts" : nil,
                                    indicators.restsOnHypothesis ? "that \(tool.code) is the plain mean of its indicators" : nil].compactMap { $0 }
                thai += " (หมายเหตุ: \(ScoreText.thaiList(guessThai)) ยังไม่ได้รับการยืนยันจากสำนักงาน ป.ป.ช. ความต่างนี้อาจมาจากการถ่วงน้ำหนักแบบอื่น ถ้าคะแนนทุกตัวตรงกับประกาศผลแล้ว ให้ถือเป็นข้อสังเกต)"
                english += " (Note: \(ScoreText.englishList(guessEnglish)) is not confirmed by the NACC, and another weighting could explain the difference; if every score matches the published results, take this as a remark.)"
            }
            findings.append(Finding(code: Self.code, severity: severity, thai: thai, english: english, where: reported.place,
                                    expected: ScoreText.shown(indicators.plain), found: ScoreText.shown(reported.plain)))
        }
        return findings
    }
}
