/// ITA002: the level the report states (ผ่านดี, AA, …) is not the one the year's level rule
/// gives for its overall score and, from 2566, its tool scores (`LevelRule.level`).
///
/// Where the template marks the rule as a hypothesis (2566–2568: NACC's table was not
/// found), a level that differs but passes or fails just as the rule's level does is a
/// warning; a level on the other side of the pass mark (85, confirmed) is an error, and so is
/// a name that is none of the year's levels. When the rule cannot pick a level (from 2566,
/// the names under the pass mark are not known; or a tool score it needs is missing), only
/// the side of the pass mark is checked. A level of another year's scheme is ITA020's.
public struct OverallLevelRule: ValidationRule {
    public static let code = "ITA002"

    public init() {}

    public func check(_ context: ValidationContext) -> [Finding] {
        guard let framework = context.framework, let overall = context.report.overall,
              let total = ScoreEvidence.usable(overall.score),
              let written = overall.level, !NameKey.of(written).isEmpty else { return [] }
        let rule = framework.levelRule
        // A level of another year's scheme (`A` for a 2566 result) is ITA020's.
        if rule.passes(written) == nil, ReadingWords.load().levelNames.contains(written),
           LevelSchemeRule.otherSchemes(than: framework)[written] != nil { return [] }
        let half = context.settings.scoreTolerance
        let tools = ScoreEvidence.toolScores(framework, in: context.report, half: half)
        // "IIT 100, EIT 98.76, OIT 94.13": the same in both languages.
        let toolList = framework.tools.compactMap { tool in tools[tool.code].map { "\(tool.code) \(ScoreText.shown($0))" } }
        let writtenPasses = rule.passes(written)
        let year = framework.fiscalYear
        let place = context.overallPlace
        let score = ScoreText.written(total)
        // Tool scores only matter to a rule with per-tool conditions.
        let usesTools = rule.levels.contains { $0.minimumEveryTool != nil }
        let scoresThai = usesTools && !toolList.isEmpty ? "คะแนนภาพรวม \(score) (\(toolList.joined(separator: ", ")))" : "คะแนนภาพรวม \(score)"
        let scoresEnglish = usesTools && !toolList.isEmpty ? "an overall score of \(score) (\(toolList.joined(separator: ", ")))" : "an overall score of \(score)"
        let namesThai = "ระดับของปีงบประมาณ \(year) ได้แก่ " + rule.levelNames.map { "“\($0)”" }.joined(separator: ", ")
        let namesEnglish = "the levels of fiscal year \(year) are " + rule.levelNames.map { "“\($0)”" }.joined(separator: ", ")
        let unknownThai = writtenPasses == nil ? "“\(written)” ไม่ใช่ชื่อระดับผลการประเมินของปีงบประมาณ \(year) (\(namesThai)) " : ""
        let unknownEnglish = writtenPasses == nil ? "“\(written)” is not a level of fiscal year \(year) (\(namesEnglish)). " : ""

        if let expected = rule.level(total: total, toolScores: tools) {
            guard NameKey.of(expected) != NameKey.of(written) else { return [] }
            let crosses = writtenPasses != rule.passes(expected)
            let severity: Finding.Severity = rule.isHypothesis && !crosses ? .warning : .error
            var thai = unknownThai + "รายงานเขียนระดับผลการประเมินว่า “\(written)”\(ScoreText.thaiPlace(place)) แต่ตามเกณฑ์ของปีงบประมาณ \(year) \(scoresThai) ได้ระดับ “\(expected)” "
                + "กรุณาตรวจสอบระดับกับประกาศผลของสำนักงาน ป.ป.ช. แล้วแก้ให้ตรงกัน"
            var english = unknownEnglish + "The report states the level “\(written)”\(ScoreText.englishPlace(place)), but under the rule of fiscal year \(year), \(scoresEnglish) gets “\(expected)”. "
                + "Check the level against the NACC's published results and correct it."
            if severity == .warning {
                thai += " (เป็นคำเตือน: เกณฑ์แบ่งระดับของปีนี้ยังไม่ได้รับการยืนยันจากเอกสารของสำนักงาน ป.ป.ช. ทั้ง “\(written)” และ “\(expected)” อยู่ฝั่งเดียวกันของเกณฑ์ผ่าน \(Self.mark(rule)) คะแนน ถ้าระดับตรงกับประกาศผล ไม่ต้องแก้ไข)"
                english += " (A warning: this year's level rule is not confirmed by an NACC text, and “\(written)” and “\(expected)” are on the same side of the pass mark, \(Self.mark(rule)); if the level matches the published results, nothing needs changing.)"
            }
            return [Finding(code: Self.code, severity: severity, thai: thai, english: english, where: place,
                            expected: expected, found: written)]
        }

        // The rule cannot name the level: check the side of the pass mark only.
        guard let passMark = rule.passMark else { return [] }
        let shouldPass = ScoreRounding.twoDecimals(total) >= passMark
        guard writtenPasses != shouldPass else { return [] }
        let fitting = rule.levels.filter { $0.passes == shouldPass }.map(\.name) + (shouldPass ? [] : rule.namesBelowPassMark)
        let expected = fitting.joined(separator: " / ")
        let sideThai = shouldPass ? "ถึงเกณฑ์ผ่าน \(Self.mark(rule)) คะแนน จึงต้องเป็นระดับที่ผ่านเกณฑ์" : "ต่ำกว่าเกณฑ์ผ่าน \(Self.mark(rule)) คะแนน จึงต้องเป็นระดับที่ไม่ผ่านเกณฑ์"
        let sideEnglish = shouldPass ? "reaches the pass mark, \(Self.mark(rule)), so the level must be one that passes" : "is under the pass mark, \(Self.mark(rule)), so the level must be one that fails"
        let thai = unknownThai + "รายงานเขียนระดับผลการประเมินว่า “\(written)”\(ScoreText.thaiPlace(place)) แต่คะแนนภาพรวม \(score) \(sideThai) (\(fitting.map { "“\($0)”" }.joined(separator: " หรือ "))) "
            + "กรุณาตรวจสอบระดับและคะแนนภาพรวมกับประกาศผลของสำนักงาน ป.ป.ช. แล้วแก้ให้ตรงกัน"
        let english = unknownEnglish + "The report states the level “\(written)”\(ScoreText.englishPlace(place)), but the overall score \(score) \(sideEnglish) (\(fitting.map { "“\($0)”" }.joined(separator: " or "))). "
            + "Check the level and the overall score against the NACC's published results and correct them."
        return [Finding(code: Self.code, severity: .error, thai: thai, english: english, where: place,
                        expected: expected, found: written)]
    }

    private static func mark(_ rule: LevelRule) -> String {
        rule.passMark.map(ScoreText.written) ?? "85"
    }
}
