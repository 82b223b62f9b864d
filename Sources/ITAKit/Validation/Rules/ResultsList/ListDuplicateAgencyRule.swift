/// ITA027: one agency listed twice in a results list: the same name (spaces, quotation marks
/// and split SARA AM aside) in the same province, or with no province written.
public struct ListDuplicateAgencyRule: ValidationRule {
    public static let code = "ITA027"

    public init() {}

    public func check(_ context: ValidationContext) -> [Finding] {
        guard let results = context.report.results else { return [] }
        var seen: [String: Int] = [:]
        var findings: [Finding] = []
        for (index, result) in results.enumerated() {
            guard let name = result.agency.name else { continue }
            let key = NameKey.of(name) + "|" + NameKey.of(result.agency.province ?? "")
            guard let first = seen[key] else { seen[key] = index; continue }
            let earlier = results[first]
            findings.append(Finding(
                code: Self.code, severity: .error,
                thai: "\(ListRowWords.thai(index, result)): หน่วยงานนี้มีอยู่แล้วใน\(ListRowWords.thai(first, earlier)) หน่วยงานหนึ่งควรมีผลเดียว กรุณาตรวจสอบชื่อหรือลบแถวที่ซ้ำ",
                english: "\(ListRowWords.english(index, result)): the agency is listed already in \(ListRowWords.english(first, earlier)); an agency has one result. Check the name or remove the duplicate.",
                where: result.where, expected: nil, found: name, alsoWhere: earlier.where.map { [$0] }))
        }
        return findings
    }
}
