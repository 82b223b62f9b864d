/// ITA018: an indicator's score is not the mean of its questions' scores where the report
/// prints every one of them (the NACC's item-level analysis: `ตัวชี้วัดที่ 4 … | 89.39`, then
/// i19–i24 each with its score), for the tools whose template says an indicator is such a
/// mean (`indicatorsAreMeansOfQuestions`).
///
/// Tolerance: the questions' scores are written to two decimals, each within 0.005 of its true
/// value, and so is their mean; the indicator's too: 0.01 in all (`scoreTolerance` twice).
///
/// An error where the template's rule is sourced (IIT, 2566), a warning while it is a
/// hypothesis. EIT's questions may be of its online part alone while its indicators gather
/// both parts: the message says so. When the indicator is printed with another score that is
/// the mean, ITA017 says which; this rule says nothing more.
public struct IndicatorFromQuestionsRule: ValidationRule {
    public static let code = "ITA018"

    public init() {}

    public func check(_ context: ValidationContext) -> [Finding] {
        guard let framework = context.framework, !context.report.items.isEmpty else { return [] }
        let tolerance = 2 * context.settings.scoreTolerance + ScoreText.noise
        var findings: [Finding] = []
        for tool in framework.tools {
            guard let rule = tool.indicatorsAreMeansOfQuestions, rule.value else { continue }
            for number in tool.indicatorNumbers {
                guard let indicator = context.report.indicators.first(where: { $0.number == number }),
                      let score = ScoreEvidence.usable(indicator.score),
                      let mean = Self.meanOfQuestions(number, framework: framework, report: context.report) else { continue }
                let values = [score] + (indicator.alsoWritten ?? []).map(\.score)
                guard !values.contains(where: { abs($0 - mean.value) <= tolerance }) else { continue }
                findings.append(finding(indicator, score: score, mean: mean, tool: tool, hypothesis: rule.source.isHypothesis))
            }
        }
        return findings
    }

    struct Mean {
        var value: Double
        var codes: [String]
        var places: [Provenance]

        /// `i19–i24`, or the codes listed when there are two.
        var codesWritten: String {
            codes.count > 2 ? "\(codes.first!)–\(codes.last!)" : codes.joined(separator: ", ")
        }
    }

    /// The mean of an indicator's questions as the report prints them; nil unless it prints
    /// every question the year's template gives the indicator.
    static func meanOfQuestions(_ number: Int, framework: Framework, report: Report) -> Mean? {
        let questions = framework.items(ofIndicator: number)
        guard !questions.isEmpty else { return nil }
        var scores: [Double] = [], places: [Provenance] = []
        for question in questions {
            guard let item = report.items.first(where: { $0.code == question.code }),
                  let score = ScoreEvidence.usable(item.score) else { return nil }
            scores.append(score)
            if let place = item.where { places.append(place) }
        }
        return Mean(value: scores.reduce(0, +) / Double(scores.count), codes: questions.map(\.code), places: places)
    }

    private func finding(_ indicator: IndicatorScore, score: Double, mean: Mean, tool: ToolDefinition, hypothesis: Bool) -> Finding {
        let codes = mean.codesWritten
        let difference = ScoreText.rounded(abs(score - mean.value))
        var thai = "คะแนนตัวชี้วัดที่ \(indicator.number) \(indicator.name) \(ScoreText.written(score))\(ScoreText.thaiPlace(indicator.where)) "
            + "ไม่ตรงกับค่าเฉลี่ยของคะแนนรายข้อ \(codes) ที่รายงานเขียนไว้ (\(ScoreText.rounded(mean.value))) ต่างกัน \(difference) คะแนน "
            + "ซึ่งมากกว่าที่การปัดเศษทศนิยมจะทำให้ต่างได้ กรุณาตรวจคะแนนตัวชี้วัดและคะแนนรายข้อกับประกาศผลของสำนักงาน ป.ป.ช. แล้วแก้ตัวที่ผิด"
        var english = "The score of indicator \(indicator.number) (\(indicator.name)), \(ScoreText.written(score))\(ScoreText.englishPlace(indicator.where)), "
            + "is not the mean of its questions \(codes) as the report prints them (\(ScoreText.rounded(mean.value))); the difference, \(difference), is more than rounding explains. "
            + "Check the indicator's and the questions' scores against the NACC's published results and correct the wrong one."
        if tool.parts != nil {
            thai += " (หมายเหตุ: คะแนนรายข้อของ \(tool.code) ที่รายงานพิมพ์อาจเป็นของส่วนที่ 1 เท่านั้น ขณะที่คะแนนตัวชี้วัดรวมทุกส่วน ความต่างจึงอาจไม่ใช่ความผิด ถ้าทุกคะแนนตรงกับประกาศผลแล้ว ไม่ต้องแก้)"
            english += " (Note: the question scores a report prints for \(tool.code) may be of its part 1 alone, while the indicator gathers every part, so the difference may be no slip; if every score matches the published results, nothing needs to change.)"
        } else if hypothesis {
            thai += " (หมายเหตุ: การคิดคะแนนตัวชี้วัดเป็นค่าเฉลี่ยของข้อคำถามในปีนี้ยังไม่ได้รับการยืนยันจากสำนักงาน ป.ป.ช. จึงเป็นคำเตือน)"
            english += " (Note: that this year's indicators are the means of their questions is not confirmed by the NACC, so this is a warning.)"
        }
        return Finding(code: Self.code, severity: hypothesis ? .warning : .error, thai: thai, english: english, where: indicator.where,
                       expected: ScoreText.rounded(mean.value), found: ScoreText.written(score), alsoWhere: mean.places.first.map { [$0] })
    }
}
