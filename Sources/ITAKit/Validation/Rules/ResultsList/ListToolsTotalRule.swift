/// ITA023: a results list's row whose tools do not give its total: the sum of the points (a
/// list of weighted points) or the year's weights × the scores (a list of scores), beyond what
/// rounding explains (`ResultsListSettings`: 0.02 for three points and a total written to two
/// decimals, 0.01 for weighted scores). Rows missing a tool are ITA025's, unless the tools they
/// print already exceed the total.
public struct ListToolsTotalRule: ValidationRule {
    public static let code = "ITA023"
    public var settings = ResultsListSettings()

    public init() {}

    public func check(_ context: ValidationContext) -> [Finding] {
        guard let framework = context.framework, let results = context.report.results,
              let columns = context.report.resultsList?.toolColumns else { return [] }
        let points = columns == .points
        var findings: [Finding] = []
        for (index, result) in results.enumerated() {
            guard let total = result.overall?.score, !result.tools.isEmpty else { continue }
            let complete = framework.tools.allSatisfy { result.tool($0.code) != nil }
            let computed = framework.tools.reduce(0.0) { sum, tool in
                guard let printed = result.tool(tool.code) else { return sum }
                return sum + (points ? (printed.points ?? 0) : tool.weight * (printed.score ?? 0))
            }
            let allowed = (points ? settings.pointsSumTolerance : settings.weightedSumTolerance) + ScoreText.noise
            // With a tool missing only a sum already over the total is wrong for certain.
            guard complete ? abs(computed - total) > allowed : (points && computed > total + allowed) else { continue }
            let sum = ListRowWords.sum(result, framework: framework, points: points)
            let found = ScoreText.written(total), expected = ScoreText.rounded(computed)
            let difference = ScoreText.rounded(abs(total - computed))
            let howThai = points ? "ผลรวมคะแนนรายเครื่องมือ" : "คะแนนรายเครื่องมือตามน้ำหนักของปีงบประมาณ \(framework.fiscalYear)"
            let howEnglish = points ? "the sum of the tools' points" : "the tools' scores weighted as fiscal year \(framework.fiscalYear) weights them"
            let thai = "\(ListRowWords.thai(index, result)): คะแนนรวม \(found) ไม่ตรงกับ\(howThai): \(sum) = \(expected) ต่างกัน \(difference) คะแนน "
                + "ซึ่งมากกว่าที่การปัดเศษทศนิยมจะทำให้ต่างได้ (\(ScoreText.rounded(allowed))) กรุณาตรวจสอบคะแนนของแถวนี้กับประกาศผลของสำนักงาน ป.ป.ช."
            let english = "\(ListRowWords.english(index, result)): the total \(found) is not \(howEnglish): \(sum) = \(expected); the difference, \(difference), "
                + "is more than rounding explains (\(ScoreText.rounded(allowed))). Check this row against the NACC's published results."
            findings.append(Finding(code: Self.code, severity: .error, thai: thai, english: english,
                                    where: result.overall?.where ?? result.where, expected: expected, found: found,
                                    alsoWhere: result.tools.compactMap(\.where)))
        }
        return findings
    }
}
