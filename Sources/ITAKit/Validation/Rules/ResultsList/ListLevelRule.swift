/// ITA024: a results list's row whose level is not the one the year's rule gives its total
/// and, from 2566, its tools (`LevelRule.level`), as ITA002 checks a report's. Names lists
/// write under the pass mark (`ปรับปรุง`, results-list.json) fail. While the year's rule is a
/// hypothesis, a level on the same side of the pass mark is a warning; the other side, or a
/// name that is none of the year's, is an error. When the rule cannot name the level (from
/// 2566 under 85), only the side of the pass mark is checked.
public struct ListLevelRule: ValidationRule {
    public static let code = "ITA024"

    public init() {}

    public func check(_ context: ValidationContext) -> [Finding] {
        guard let framework = context.framework, let results = context.report.results else { return [] }
        let rule = framework.levelRule
        let below = ListWords.load().levelNamesBelowPassMark
        func passes(_ name: String) -> Bool? {
            rule.passes(name) ?? (below.contains { NameKey.of($0) == NameKey.of(name) } ? false : nil)
        }
        let year = framework.fiscalYear
        var findings: [Finding] = []
        for (index, result) in results.enumerated() {
            guard let total = result.overall?.score, let written = result.overall?.level, (0...100).contains(total) else { continue }
            var tools: [String: Double] = [:]
            for tool in result.tools { if let score = tool.score { tools[tool.code] = score } }
            let writtenPasses = passes(written)
            let row = (ListRowWords.thai(index, result), ListRowWords.english(index, result))
            let names = rule.levelNames.map { "“\($0)”" }.joined(separator: ", ")
            if writtenPasses == nil {
                findings.append(Finding(
                    code: Self.code, severity: .error,
                    thai: "\(row.0): ระดับ “\(written)” ไม่ใช่ชื่อระดับผลการประเมินของปีงบประมาณ \(year) (\(names)) กรุณาตรวจสอบกับประกาศผลของสำนักงาน ป.ป.ช.",
                    english: "\(row.1): “\(written)” is not a level of fiscal year \(year) (\(names)). Check it against the NACC's published results.",
                    where: result.overall?.where ?? result.where, expected: rule.level(total: total, toolScores: tools), found: written))
                continue
            }
            let usesTools = rule.levels.contains { $0.minimumEveryTool != nil }
            let shown = usesTools && !tools.isEmpty
                ? "\(ScoreText.written(total)) (" + framework.tools.compactMap { t in tools[t.code].map { "\(t.code) \(ScoreText.shown($0))" } }.joined(separator: ", ") + ")"
                : ScoreText.written(total)
            if let expected = rule.level(total: total, toolScores: tools) {
                guard NameKey.of(expected) != NameKey.of(written) else { continue }
                let crosses = writtenPasses != rule.passes(expected)
                let severity: Finding.Severity = rule.isHypothesis && !crosses ? .warning : .error
                var thai = "\(row.0): ระดับ “\(written)” แต่ตามเกณฑ์ของปีงบประมาณ \(year) คะแนน \(shown) ได้ระดับ “\(expected)” กรุณาตรวจสอบกับประกาศผลของสำนักงาน ป.ป.ช."
                var english = "\(row.1): the level is “\(written)”, but under the rule of fiscal year \(year) a score of \(shown) gets “\(expected)”. Check it against the NACC's published results."
                if severity == .warning {
                    thai += " (เป็นคำเตือน: เกณฑ์แบ่งระดับของปีนี้ยังไม่ได้รับการยืนยันจากเอกสารของสำนักงาน ป.ป.ช.)"
                    english += " (A warning: this year's level rule is not confirmed by an NACC text.)"
                }
                findings.append(Finding(code: Self.code, severity: severity, thai: thai, english: english,
                                        where: result.overall?.where ?? result.where, expected: expected, found: written))
                continue
            }
            guard let passMark = rule.passMark else { continue }
            let shouldPass = ScoreRounding.twoDecimals(total) >= passMark
            guard writtenPasses != shouldPass else { continue }
            let mark = ScoreText.written(passMark)
            let thai = "\(row.0): ระดับ “\(written)” แต่คะแนนรวม \(ScoreText.written(total)) " + (shouldPass ? "ถึงเกณฑ์ผ่าน \(mark) คะแนน" : "ต่ำกว่าเกณฑ์ผ่าน \(mark) คะแนน")
                + " กรุณาตรวจสอบระดับและคะแนนกับประกาศผลของสำนักงาน ป.ป.ช."
            let english = "\(row.1): the level is “\(written)”, but the total \(ScoreText.written(total)) " + (shouldPass ? "reaches the pass mark, \(mark)." : "is under the pass mark, \(mark).")
                + " Check the level and the total against the NACC's published results."
            findings.append(Finding(code: Self.code, severity: .error, thai: thai, english: english,
                                    where: result.overall?.where ?? result.where, expected: shouldPass ? "passes" : "fails", found: written))
        }
        return findings
    }
}
