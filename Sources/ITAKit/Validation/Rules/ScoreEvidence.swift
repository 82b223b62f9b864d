import Foundation

/// A tool's score as one part of a report gives it, for the score rules (ITA001–ITA003): the
/// value the template's rule gives (`plain`), and the range the true, unrounded score can be
/// in (`bounds`).
///
/// Why two: the scores are published to two decimals, so each written score stands for
/// anything within half a unit of its last digit (`ValidationSettings.scoreTolerance`). And
/// some rules of a template are hypotheses (EIT = the plain mean of its two parts; IIT = the
/// mean of indicators 1–5): where the template marks one so, `bounds` only assumes what any
/// weighted mean would give (a score between the lowest and the highest of its inputs). A
/// report outside `bounds` is wrong whatever the rule turns out to be (an error); one only
/// outside `plain` ± rounding is wrong if the hypothesis holds (a warning).
struct ScoreEvidence: Sendable {
    /// The score by the template's rule, unrounded (98.755 for EIT from 97.51 and 100).
    var plain: Double
    /// Where the true score lies, rounding of the written inputs included.
    var bounds: ClosedRange<Double>
    /// True when `bounds` is wider than `plain` ± rounding because of a hypothesis.
    var restsOnHypothesis: Bool
    /// The place of the value people would correct: the tool's row (its first part).
    var place: Provenance?
    /// How the score was made, as people read it: "98.76" or "ค่าเฉลี่ยของส่วนที่ 1 (97.51) และส่วนที่ 2 (100) = 98.76".
    var thai: String
    var english: String

    /// Scores a rule can compute with: a number from 0 to 100. Others are ITA005's.
    static func usable(_ score: Double?) -> Double? {
        guard let score, score.isFinite, (0...100).contains(score) else { return nil }
        return score
    }

    /// The tool's score as the score tables give it: its own row, or, for a tool scored in
    /// parts (EIT from 2566), its parts combined as the template says. nil when a value is
    /// missing or unusable, or the count of parts does not fit the year.
    static func reported(_ tool: ToolDefinition, in report: Report, half: Double) -> ScoreEvidence? {
        let rows = report.tools.filter { NameKey.of($0.code) == NameKey.of(tool.code) }
        if let whole = rows.first(where: { $0.part == nil }) {
            guard let score = usable(whole.score) else { return nil }
            let text = ScoreText.written(score)
            return ScoreEvidence(plain: score, bounds: clipped(score - half, score + half), restsOnHypothesis: false,
                                 place: whole.where, thai: text, english: text)
        }
        let parts = rows.filter { $0.part != nil }.sorted { $0.part! < $1.part! }
        guard !parts.isEmpty, tool.parts == parts.count else { return nil }
        let scores = parts.compactMap { usable($0.score) }
        guard scores.count == parts.count, let plain = tool.score(fromParts: scores) else { return nil }
        let guessed = tool.partsCombinedBySource?.isHypothesis ?? false
        let bounds = guessed ? clipped(scores.min()! - half, scores.max()! + half) : clipped(plain - half, plain + half)
        let listThai = zip(parts, scores).map { "ส่วนที่ \($0.part!) (\(ScoreText.written($1)))" }
        let listEnglish = zip(parts, scores).map { "part \($0.part!) (\(ScoreText.written($1)))" }
        return ScoreEvidence(
            plain: plain, bounds: bounds, restsOnHypothesis: guessed, place: parts[0].where,
            thai: "\(ScoreText.shown(plain)) (ค่าเฉลี่ยของ\(ScoreText.thaiList(listThai)))",
            english: "\(ScoreText.shown(plain)) (the mean of \(ScoreText.englishList(listEnglish)))")
    }

    /// Each tool's score as the score tables give it (`reported`), keyed by code, for a level
    /// rule with per-tool conditions; a tool without a usable score is left out.
    static func toolScores(_ framework: Framework, in report: Report, half: Double) -> [String: Double] {
        var scores: [String: Double] = [:]
        for tool in framework.tools {
            if let evidence = reported(tool, in: report, half: half) { scores[tool.code] = evidence.plain }
        }
        return scores
    }

    /// The tool's score from its indicators' scores, when the template says it is their mean;
    /// nil when one of them is missing or unusable.
    static func fromIndicators(_ tool: ToolDefinition, in report: Report, half: Double) -> ScoreEvidence? {
        guard tool.scoreIsMeanOfIndicators else { return nil }
        var scores: [Int: Double] = [:]
        for number in tool.indicatorNumbers {
            guard let score = usable(report.indicators.first(where: { $0.number == number })?.score) else { return nil }
            scores[number] = score
        }
        guard let plain = tool.score(fromIndicators: scores) else { return nil }
        let guessed = tool.scoreIsMeanOfIndicatorsSource.isHypothesis
        let values = tool.indicatorNumbers.map { scores[$0]! }
        let bounds = guessed ? clipped(values.min()! - half, values.max()! + half) : clipped(plain - half, plain + half)
        let numbers = ScoreText.numbers(tool.indicatorNumbers)
        let list = values.map(ScoreText.written).joined(separator: ", ")
        return ScoreEvidence(
            plain: plain, bounds: bounds, restsOnHypothesis: guessed, place: nil,
            thai: "\(ScoreText.shown(plain)) (ค่าเฉลี่ยของตัวชี้วัดที่ \(numbers): \(list))",
            english: "\(ScoreText.shown(plain)) (the mean of indicators \(numbers): \(list))")
    }

    /// A range of true scores: never under 0 nor over 100, whatever the rounding allows (all
    /// five IIT indicators at 100 make IIT exactly 100, not up to 100.005).
    static func clipped(_ low: Double, _ high: Double) -> ClosedRange<Double> {
        max(0, low)...min(100, high)
    }

    /// Whether two ranges share a value, allowing for the noise of binary arithmetic.
    static func overlap(_ a: ClosedRange<Double>, _ b: ClosedRange<Double>) -> Bool {
        a.lowerBound <= b.upperBound + ScoreText.noise && b.lowerBound <= a.upperBound + ScoreText.noise
    }
}

/// Scores as findings show them to people.
enum ScoreText {
    /// What binary arithmetic may add to a sum of two-decimal scores; far below any rounding.
    static let noise = 1e-9

    /// A score read from the report, as it would be written: 100, 97.28, 98.755.
    static func written(_ score: Double) -> String {
        if score.isFinite, score == score.rounded(), abs(score) < 1e15 { return String(Int(score)) }
        for decimals in 2...4 {
            let text = String(format: "%.\(decimals)f", score)
            if abs((Double(text) ?? .nan) - score) < noise { return text }
        }
        return String(format: "%.4f", score)
    }

    /// A score as people write it: as read when it has two decimals at most (100, 97.28),
    /// rounded to two otherwise (98.755 → 98.76).
    static func shown(_ score: Double) -> String {
        abs(score - ScoreRounding.twoDecimals(score)) < noise ? written(score) : rounded(score)
    }

    /// A computed score as the NACC would publish it: two decimals, a half rounded up.
    static func rounded(_ score: Double) -> String {
        String(format: "%.2f", ScoreRounding.twoDecimals(score))
    }

    /// "6–8" for a run of numbers, "1, 3, 5" otherwise.
    static func numbers(_ numbers: [Int]) -> String {
        guard let first = numbers.first, let last = numbers.last else { return "" }
        if numbers.count > 1, numbers == Array(first...last) { return "\(first)–\(last)" }
        return numbers.map(String.init).joined(separator: ", ")
    }

    /// "ก และ ข", "ก, ข และ ค".
    static func thaiList(_ items: [String]) -> String {
        items.count < 2 ? items.joined() : items.dropLast().joined(separator: ", ") + " และ" + items.last!
    }

    /// "a and b", "a, b and c".
    static func englishList(_ items: [String]) -> String {
        items.count < 2 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }

    /// "บรรทัดที่ 43", "หน้า 3", "ตารางที่ 3 แถวที่ 4", or nil when the place is not known.
    static func thaiWords(_ place: Provenance?) -> String? {
        place?.thaiWords
    }

    /// "line 43", "page 3", "table 3, row 4", or nil.
    static func englishWords(_ place: Provenance?) -> String? {
        place?.englishWords
    }

    /// " (บรรทัดที่ 43)", " (หน้า 3)" or "".
    static func thaiPlace(_ place: Provenance?) -> String {
        thaiWords(place).map { " (\($0))" } ?? ""
    }

    /// " (line 43)", " (page 3)" or "".
    static func englishPlace(_ place: Provenance?) -> String {
        englishWords(place).map { " (\($0))" } ?? ""
    }
}
