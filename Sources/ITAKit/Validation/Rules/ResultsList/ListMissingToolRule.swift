/// ITA025: a results list's row that prints no figure for a tool ("-" or empty) while it
/// gives a total: an error when the total needs the tool (a list of scores always does; in a
/// list of points, when the printed points do not make the total), a warning otherwise (the
/// total is the other tools' points alone). The tool is left out of the row's data, never
/// invented. A row with no result at all (no total, no tool) is not one.
public struct ListMissingToolRule: ValidationRule {
    public static let code = "ITA025"
    public var settings = ResultsListSettings()

    public init() {}

    public func check(_ context: ValidationContext) -> [Finding] {
        guard let framework = context.framework, let results = context.report.results,
              let columns = context.report.resultsList?.toolColumns else { return [] }
        var findings: [Finding] = []
        for (index, result) in results.enumerated() {
            guard let total = result.overall?.score else { continue }
            let missing = framework.tools.filter { result.tool($0.code) == nil }.map(\.code)
            guard !missing.isEmpty else { continue }
            let printedPoints = result.tools.reduce(0.0) { $0 + ($1.points ?? 0) }
            let needed = columns == .scores || abs(printedPoints - total) > settings.pointsSumTolerance + ScoreText.noise
            let list = missing.joined(separator: ", ")
            var thai = "\(ListRowWords.thai(index, result)): ไม่มีคะแนน \(list) (พิมพ์ว่า “-” หรือเว้นว่าง) "
            var english = "\(ListRowWords.english(index, result)): no figure for \(list) (printed “-” or left empty)"
            if needed {
                thai += "แต่คะแนนรวม \(ScoreText.written(total)) ต้องนับ \(list) ด้วย กรุณาเติมคะแนนที่ขาดหรือตรวจสอบคะแนนรวมกับประกาศผลของสำนักงาน ป.ป.ช."
                english += ", but the total \(ScoreText.written(total)) needs it. Fill in the missing figure or check the total against the NACC's published results."
            } else {
                thai += "คะแนนรวม \(ScoreText.written(total)) เป็นผลรวมของเครื่องมืออื่นเท่านั้น ita ไม่เติมคะแนนที่ไม่ได้พิมพ์ กรุณาตรวจสอบว่าหน่วยงานนี้ไม่มีผล \(list) จริง"
                english += "; the total \(ScoreText.written(total)) is the other tools' points alone. ita does not invent the missing figure; check that the agency really has no \(list) result."
            }
            findings.append(Finding(code: Self.code, severity: needed ? .error : .warning, thai: thai, english: english,
                                    where: result.where, expected: needed ? list : nil, found: "-"))
        }
        return findings
    }
}
