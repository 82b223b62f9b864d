/// ITA010: an indicator of the year's framework that has no score, no analysis or no
/// measure. Every one of the indicators must have all three. The finding points at the spot
/// of the table where the missing row belongs (the row of the next indicator, or of the one
/// before it at the end); a table missing altogether is said once.
public struct MissingIndicatorPartRule: ValidationRule {
    public static let code = "ITA010"

    public init() {}

    private struct Entry {
        var number: Int
        var place: Provenance?
    }

    public func check(_ context: ValidationContext) -> [Finding] {
        guard let framework = context.framework, !framework.indicators.isEmpty else { return [] }
        let report = context.report
        var findings: [Finding] = []
        let parts: [(IndicatorPart, [Entry])] = [
            (.scores, report.indicators.map { Entry(number: $0.number, place: $0.where) }),
            (.analysis, report.analysis.map { Entry(number: $0.indicator, place: $0.where) }),
            (.measures, report.measures.map { Entry(number: $0.indicator, place: $0.where) }),
        ]
        let numbers = framework.indicators.map(\.number)
        let range = "\(numbers.min() ?? 1)–\(numbers.max() ?? 10)"
        for (part, entries) in parts {
            guard !entries.isEmpty else {
                findings.append(Finding(
                    code: Self.code, severity: .error,
                    thai: "ไม่พบ\(part.thaiTable)ในรายงาน ตัวชี้วัดทั้ง \(numbers.count) ตัว (ที่ \(range)) จึงไม่มี\(part.thaiItem) "
                        + "กรุณาเพิ่มตารางนี้ให้มี\(part.thaiItem)ของทุกตัวชี้วัด",
                    english: "The report has no \(part.englishTable.replacingOccurrences(of: "the ", with: "")), so none of the \(numbers.count) indicators (\(range)) has a \(part.englishItem). "
                        + "Add the table, with a \(part.englishItem) for every indicator.",
                    where: nil, expected: "ตัวชี้วัดที่ \(range)"))
                continue
            }
            for definition in framework.indicators where !entries.contains(where: { $0.number == definition.number }) {
                let next = entries.first { $0.number > definition.number }
                let neighbour = next ?? entries.last!
                let thaiSpot = next != nil ? "ก่อนตัวชี้วัดที่ \(neighbour.number)" : "หลังตัวชี้วัดที่ \(neighbour.number)"
                let englishSpot = next != nil ? "before indicator \(neighbour.number)" : "after indicator \(neighbour.number)"
                let thaiAt = FindingWording.thai(neighbour.place).isEmpty ? "" : " ซึ่งอยู่\(FindingWording.thai(neighbour.place))"
                let englishAt = FindingWording.english(neighbour.place).isEmpty ? "" : ", at \(FindingWording.english(neighbour.place))"
                findings.append(Finding(
                    code: Self.code, severity: .error,
                    thai: "ไม่พบ\(part.thaiItem)ของตัวชี้วัดที่ \(definition.number) “\(definition.name)” ใน\(part.thaiTable) "
                        + "ทุกตัวชี้วัดต้องมี\(part.thaiItem) กรุณาเพิ่มแถวของตัวชี้วัดนี้ ไว้\(thaiSpot)\(thaiAt)",
                    english: "Indicator \(definition.number), “\(definition.name)”, has no \(part.englishItem) in \(part.englishTable); "
                        + "every indicator must have one. Add its row \(englishSpot)\(englishAt).",
                    where: neighbour.place, expected: "ตัวชี้วัดที่ \(definition.number) \(definition.name)"))
            }
        }
        for analysis in report.analysis where analysis.text.allSatisfy(\.isWhitespace) {
            findings.append(Finding(
                code: Self.code, severity: .error,
                thai: "ตัวชี้วัดที่ \(analysis.indicator) มีแถวใน\(IndicatorPart.analysis.thaiTable) แต่ช่องผลการวิเคราะห์ว่างอยู่ "
                    + "กรุณาเขียนผลการวิเคราะห์ของตัวชี้วัดนี้",
                english: "Indicator \(analysis.indicator) has a row in \(IndicatorPart.analysis.englishTable) but its analysis cell is empty. "
                    + "Write the analysis of this indicator.",
                where: analysis.where))
        }
        return findings
    }
}
