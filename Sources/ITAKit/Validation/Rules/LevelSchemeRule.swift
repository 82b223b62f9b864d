import Foundation

/// ITA020: the result is named with a level of another year's scheme (a 2566–2568 result
/// called `A`, the letters AA–F of 2562–2565), or given two levels (`(ผ่าน) ระดับ AA`,
/// `ผ่านดี (ระดับ A)`). A warning that names the year's own levels and, when the year's rule
/// gives one, the level of the score; which of two levels the NACC announced only its
/// announcement can say.
///
/// A name of the year's own scheme that does not fit the score is ITA002's.
public struct LevelSchemeRule: ValidationRule {
    public static let code = "ITA020"

    public init() {}

    public func check(_ context: ValidationContext) -> [Finding] {
        guard let framework = context.framework, let overall = context.report.overall,
              let written = overall.levelAsWritten ?? overall.level else { return [] }
        let rule = framework.levelRule
        let own = rule.levelNames
        // Every year's names are in the reading words; which years use a name is read from
        // the templates only when a report names one not of its year.
        let named = Self.levelNames(in: written, among: own + ReadingWords.load().levelNames)
        let foreign = named.filter { name in !own.contains { NameKey.of($0) == NameKey.of(name) } }
        let ownNamed = named.filter { name in own.contains { NameKey.of($0) == NameKey.of(name) } }
        guard !foreign.isEmpty || Set(ownNamed.map(NameKey.of)).count > 1 else { return [] }
        let year = framework.fiscalYear
        let place = context.overallPlace ?? overall.where
        let ownList = own.map { "“\($0)”" }.joined(separator: ", ")
        var thai = "", english = ""
        if !foreign.isEmpty {
            let schemes = Self.otherSchemes(than: framework)
            let thaiForeign = foreign.map { name in "“\(name)”" + (schemes[name].map { " (ระดับของปีงบประมาณ \($0))" } ?? "") }
            let englishForeign = foreign.map { name in "“\(name)”" + (schemes[name].map { " (a level of fiscal years \($0))" } ?? "") }
            thai = "รายงานเขียนระดับผลการประเมินว่า “\(written)”\(ScoreText.thaiPlace(place)) ซึ่งมี \(ScoreText.thaiList(thaiForeign)) ที่ไม่ใช่ระดับของปีงบประมาณ \(year) "
                + "(ระดับของปีนี้ ได้แก่ \(ownList))"
            english = "The report states the level as “\(written)”\(ScoreText.englishPlace(place)), with \(ScoreText.englishList(englishForeign)), not a level of fiscal year \(year) "
                + "(this year's levels are \(ownList))."
        } else {
            thai = "รายงานให้ระดับผลการประเมินสองระดับสำหรับคะแนนเดียว: “\(written)”\(ScoreText.thaiPlace(place))"
            english = "The report gives one score two levels: “\(written)”\(ScoreText.englishPlace(place))."
        }
        if let total = ScoreEvidence.usable(overall.score),
           let expected = rule.level(total: total, toolScores: ScoreEvidence.toolScores(framework, in: context.report,
                                                                                       half: context.settings.scoreTolerance)) {
            thai += " ตามเกณฑ์ของปีนี้ คะแนน \(ScoreText.written(total)) ได้ระดับ “\(expected)”"
            english += " Under this year's rule, \(ScoreText.written(total)) gets “\(expected)”."
        }
        thai += " กรุณาเขียนระดับเดียว ตามชื่อระดับของปีที่ประเมินและตามประกาศผลของสำนักงาน ป.ป.ช."
        english += " Write one level, named as the year assessed names them and as the NACC announced it."
        return [Finding(code: Self.code, severity: .warning, thai: thai, english: english, where: place,
                        expected: own.joined(separator: " / "), found: written)]
    }

    /// Every level name of another year's scheme, with the years that use it ("2562–2565"),
    /// from each year's template (read once, its questions left unread).
    static func otherSchemes(than framework: Framework) -> [String: String] {
        var years: [String: [Int]] = [:]
        for year in FrameworkLibrary.years() where year != framework.fiscalYear {
            guard let other = try? FrameworkLibrary.framework(for: year) else { continue }
            for name in other.levelRule.levelNames where !framework.levelRule.levelNames.contains(name) {
                years[name, default: []].append(year)
            }
        }
        return years.mapValues { ScoreText.numbers($0.sorted()) }
    }

    /// The level names `text` holds, longest first so that `ผ่านดี` is not also `ผ่าน`, and a
    /// letter only standing alone (`A`, not the A of `AA` or of a word).
    static func levelNames(in text: String, among names: [String]) -> [String] {
        var rest = text
        var found: [String] = []
        for name in Set(names).sorted(by: { ($0.count, $0) > ($1.count, $1) }) {
            // The expression is compiled anew on each call: a name not in the text is passed by
            // first (a match of the escaped name is a match of its scalars).
            guard rest.containsExactly(name) else { continue }
            let isLetters = name.allSatisfy { $0.isASCII && $0.isLetter }
            let pattern = isLetters ? "(?<![A-Za-z])" + NSRegularExpression.escapedPattern(for: name) + "(?![A-Za-z+])"
                : NSRegularExpression.escapedPattern(for: name)
            guard let range = rest.range(of: pattern, options: .regularExpression) else { continue }
            found.append(name)
            rest.replaceSubrange(range, with: " ")
        }
        return found
    }
}
