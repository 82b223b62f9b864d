import Foundation

/// ITA017: one thing (the overall score, a tool or a part of EIT, an indicator, a question)
/// given two different scores in two places of the report. One of them is wrong, and the
/// other checks used the first written (`Report`'s score; the others are its `alsoWritten`):
/// the finding names both places, both values, and which one was used.
///
/// Two values that are one score rounded differently (82.1 and 82.09) are not two scores. A
/// score quoted beside a measure or an analysis is ITA019's.
/// When another score of the report settles which is right, the message says so: for an
/// indicator, the value that makes its tool's printed score the mean of its indicators; for a
/// question, a value that is another question's score (the row copied from its neighbour).
public struct TwoScoresRule: ValidationRule {
    public static let code = "ITA017"

    public init() {}

    /// What has the two scores, as findings name it.
    private struct Subject {
        var thai: String
        var english: String
        var taken: Double
        var place: Provenance?
        var others: [ScoreMention]
    }

    public func check(_ context: ValidationContext) -> [Finding] {
        let report = context.report
        var findings: [Finding] = []
        if let overall = report.overall, let score = overall.score, let others = overall.alsoWritten {
            findings += check(Subject(thai: "คะแนนภาพรวม", english: "The overall score", taken: score, place: overall.where, others: others))
        }
        for tool in report.tools {
            guard let score = tool.score, let others = tool.alsoWritten else { continue }
            let (thai, english) = ScoreRangeRule.names(of: .tool(tool.code, part: tool.part))
            findings += check(Subject(thai: thai, english: english, taken: score, place: tool.where, others: others))
        }
        for indicator in report.indicators {
            guard let score = indicator.score, let others = indicator.alsoWritten else { continue }
            let (thai, english) = ScoreRangeRule.names(of: .indicator(indicator.number), name: indicator.name)
            let subject = Subject(thai: thai, english: english, taken: score, place: indicator.where, others: others)
            let byTool = toolAgreement(for: indicator, context: context)
            let byQuestions = questionsAgreement(for: indicator, context: context)
            findings += check(subject) { value in
                let reasons = [byTool?(value), byQuestions?(value)].compactMap { $0 }
                return reasons.isEmpty ? nil : (reasons.map(\.thai).joined(separator: " "), reasons.map(\.english).joined(separator: " "))
            }
        }
        for item in report.items {
            guard let score = item.score, let others = item.alsoWritten else { continue }
            let subject = Subject(thai: "คะแนนข้อ \(item.code)", english: "The score of question \(item.code)",
                                  taken: score, place: item.where, others: others)
            findings += check(subject, settledBy: Self.anotherQuestion(than: item, in: report))
        }
        return findings
    }

    /// One finding for a subject whose other scores differ from the one taken by more than
    /// rounding. `settledBy` says, for a value, why it is likely the right or the wrong one.
    private func check(_ subject: Subject, settledBy reason: ((Double) -> (thai: String, english: String)?)? = nil) -> [Finding] {
        // A number over 100 read beside a name is no score (a budget's amount in a table that
        // names an indicator's words): ITA005 speaks of the score taken, nothing of the others.
        let others = subject.others.filter { mention in
            (mention.quotedIn == nil || mention.quotedIn == .text) && ScoreEvidence.usable(mention.score) != nil
                && !Self.sameWhenRounded(subject.taken, mention.score)
        }
        guard !others.isEmpty else { return [] }
        let taken = ScoreText.written(subject.taken)
        let thaiOthers = others.map { "\(ScoreText.written($0.score))\(ScoreText.thaiPlace($0.where))" }
        let englishOthers = others.map { "\(ScoreText.written($0.score))\(ScoreText.englishPlace($0.where))" }
        var thai = "\(subject.thai) เขียนไว้ไม่ตรงกัน: \(taken)\(ScoreText.thaiPlace(subject.place)) และ \(ScoreText.thaiList(thaiOthers)) "
            + "ค่าหนึ่งต้องผิด ita ใช้ค่าที่เขียนไว้ก่อน (\(taken)) ในการตรวจอื่นทั้งหมด"
        var english = "\(subject.english) is written as \(taken)\(ScoreText.englishPlace(subject.place)) and as \(ScoreText.englishList(englishOthers)); "
            + "one of them is wrong. ita used the first written (\(taken)) in every other check."
        let reasons = ([subject.taken] + others.map(\.score)).compactMap { value in reason?(value) }
        if !reasons.isEmpty {
            thai += " " + reasons.map(\.thai).joined(separator: " ")
            english += " " + reasons.map(\.english).joined(separator: " ")
        }
        thai += " กรุณาตรวจกับประกาศผลของสำนักงาน ป.ป.ช. แล้วแก้ค่าที่ผิดให้ตรงกันทุกจุด"
        english += " Check both against the NACC's published results and correct the wrong one everywhere it is written."
        return [Finding(code: Self.code, severity: .error, thai: thai, english: english, where: subject.place,
                        expected: taken, found: others.map { ScoreText.written($0.score) }.joined(separator: ", "),
                        alsoWhere: others.compactMap(\.where))]
    }

    /// For an indicator: the value with which its tool's printed score is the mean of its
    /// indicators, when exactly one of the values does that.
    private func toolAgreement(for indicator: IndicatorScore, context: ValidationContext) -> ((Double) -> (thai: String, english: String)?)? {
        guard let framework = context.framework, let tool = framework.tool(indicator.tool), tool.scoreIsMeanOfIndicators,
              let printed = context.report.tools.first(where: { $0.code == tool.code && $0.part == nil })?.score else { return nil }
        let siblings = tool.indicatorNumbers.filter { $0 != indicator.number }.compactMap { number in
            context.report.indicators.first { $0.number == number }?.score
        }
        guard siblings.count == tool.indicatorNumbers.count - 1 else { return nil }
        let tolerance = 2 * context.settings.scoreTolerance + ScoreText.noise
        let agrees: (Double) -> Bool = { value in
            abs((siblings.reduce(value, +)) / Double(tool.indicatorNumbers.count) - printed) <= tolerance
        }
        let values = [indicator.score].compactMap { $0 } + (indicator.alsoWritten ?? []).map(\.score)
        guard values.filter(agrees).count == 1 else { return nil }
        let numbers = ScoreText.numbers(tool.indicatorNumbers)
        return { value in
            guard agrees(value) else { return nil }
            return ("ค่า \(ScoreText.written(value)) ทำให้คะแนน \(tool.code) ที่เขียนไว้ (\(ScoreText.written(printed))) เป็นค่าเฉลี่ยของตัวชี้วัดที่ \(numbers) พอดี",
                    "With \(ScoreText.written(value)), the printed \(tool.code) score (\(ScoreText.written(printed))) is the mean of indicators \(numbers).")
        }
    }

    /// For an indicator whose questions the report prints: the value that is their mean.
    private func questionsAgreement(for indicator: IndicatorScore, context: ValidationContext) -> ((Double) -> (thai: String, english: String)?)? {
        guard let framework = context.framework,
              let mean = IndicatorFromQuestionsRule.meanOfQuestions(indicator.number, framework: framework, report: context.report) else { return nil }
        let tolerance = 2 * context.settings.scoreTolerance + ScoreText.noise
        let codes = mean.codesWritten
        return { value in
            guard abs(value - mean.value) <= tolerance else { return nil }
            return ("ค่า \(ScoreText.written(value)) เป็นค่าเฉลี่ยของคะแนนข้อ \(codes) ที่รายงานเขียนไว้",
                    "\(ScoreText.written(value)) is the mean of questions \(codes) as the report prints them.")
        }
    }

    /// For a question: another question of the report whose score the other value is.
    static func anotherQuestion(than item: ItemScore, in report: Report) -> ((Double) -> (thai: String, english: String)?)? {
        { value in
            guard value != item.score,
                  let other = report.items.first(where: { $0.code != item.code && $0.score == value }) else { return nil }
            return ("ค่า \(ScoreText.written(value)) เป็นคะแนนของข้อ \(other.code)\(ScoreText.thaiPlace(other.where)) (อาจคัดลอกมาผิดแถว)",
                    "\(ScoreText.written(value)) is the score of question \(other.code)\(ScoreText.englishPlace(other.where)) (perhaps copied from the wrong row).")
        }
    }

    /// 82.1 and 82.09 are one score written to one and to two decimals; 100 and 99.6 are not
    /// (a whole score is common, a score rounded to a whole number is not).
    static func sameWhenRounded(_ a: Double, _ b: Double) -> Bool {
        // A number read keeps no trace of its trailing zeros: 82.10 may have been written 82.1.
        func decimals(_ x: Double) -> Int {
            var text = ScoreText.written(x)
            while text.contains("."), text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
            return text.firstIndex(of: ".").map { text.distance(from: $0, to: text.endIndex) - 1 } ?? 0
        }
        func rounded(_ x: Double, _ places: Int) -> Double {
            let scale = pow(10, Double(places))
            return (x * scale).rounded(.toNearestOrAwayFromZero) / scale
        }
        let (da, db) = (decimals(a), decimals(b))
        if da == db || min(da, db) == 0 { return abs(a - b) < ScoreText.noise }
        return da < db ? abs(rounded(b, da) - a) < ScoreText.noise : abs(rounded(a, db) - b) < ScoreText.noise
    }
}
