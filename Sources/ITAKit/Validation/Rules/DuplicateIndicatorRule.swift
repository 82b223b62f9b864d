import ReportLayout

/// ITA011: an indicator listed twice in the score table, the analysis or the measures. The
/// parser keeps the first score of an indicator and the others beside it, so each table is
/// read here again as the parser reads it. A duplicate score row counts within one table: a
/// report may give an indicator's score again in another table (kind B's question table).
public struct DuplicateIndicatorRule: ValidationRule {
    public static let code = "ITA011"

    public init() {}

    private struct Entry {
        var number: Int
        var place: Provenance?
    }

    public func check(_ context: ValidationContext) -> [Finding] {
        var findings: [Finding] = []
        if let framework = context.framework {
            // Each table read as the parser reads it: an indicator it gives two scores is listed twice.
            for scores in context.scoreTables.scores(ScoreVocabulary(framework: framework)) {
                let entries = scores.compactMap { finding -> Entry? in
                    guard case .indicator(let number) = finding.subject else { return nil }
                    return Entry(number: number, place: finding.nameWhere ?? finding.where)
                }
                findings += duplicates(in: entries, part: .scores, context: context)
            }
        }
        let analysis = context.report.analysis.map { Entry(number: $0.indicator, place: $0.indicatorWhere ?? $0.where) }
        findings += duplicates(in: analysis, part: .analysis, context: context)
        // Measures that address questions may be several to an indicator (the NACC's item-level
        // analysis); a measure per indicator is written once.
        let measures = context.report.measures.filter(\.items.isEmpty).map { Entry(number: $0.indicator, place: $0.where) }
        findings += duplicates(in: measures, part: .measures, context: context)
        return findings
    }

    private func duplicates(in entries: [Entry], part: IndicatorPart, context: ValidationContext) -> [Finding] {
        var first: [Int: Entry] = [:]
        var findings: [Finding] = []
        for entry in entries {
            guard let earlier = first[entry.number] else {
                first[entry.number] = entry
                continue
            }
            let name = context.framework?.indicator(entry.number).map { " “\($0.name)”" } ?? ""
            findings.append(Finding(
                code: Self.code, severity: .error,
                thai: "ตัวชี้วัดที่ \(entry.number)\(name) อยู่ใน\(part.thaiTable)ซ้ำเป็นครั้งที่สอง "
                    + "(ครั้งแรก\(FindingWording.thai(earlier.place).isEmpty ? "อยู่ก่อนหน้านี้" : "ที่" + FindingWording.thai(earlier.place))) "
                    + "กรุณาลบแถวที่ซ้ำ หรือแก้เลขข้อถ้าแถวนี้เป็นของตัวชี้วัดอื่น",
                english: "Indicator \(entry.number)\(name) is listed a second time in \(part.englishTable) "
                    + "(first \(FindingWording.english(earlier.place).isEmpty ? "earlier" : "at " + FindingWording.english(earlier.place))). "
                    + "Delete the repeated row, or correct its number if it belongs to another indicator.",
                where: entry.place, expected: "ตัวชี้วัดที่ \(entry.number) ครั้งเดียว", found: "ตัวชี้วัดที่ \(entry.number) สองครั้ง"))
        }
        return findings
    }
}
