/// ITA010: a part of the report is missing, as the year's template says what a report must
/// hold (`ReportContents`): the analysis of the result and the measures, each per indicator or
/// per question as the year allows.
///
/// A report that gives a part per indicator must give it for every indicator: the finding
/// points at the spot of the table where the missing row belongs (the row of the next
/// indicator, or of the one before it at the end). A report that gives it per question (the
/// NACC's item-level analysis: measures for the questions it found weak, their findings as the
/// analysis) has it, whichever questions it covers. A part missing whole is said once: an
/// error when the template's requirement is sourced, a warning that says so while it is a
/// hypothesis. A score table missing whole is ITA016's. A short text (kind C, `ShortText`) is
/// not the agency's report: the analysis and the measures it does not hold are notes, worded
/// for what it is.
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
        let contents = framework.reportContents
        var findings: [Finding] = []
        let perQuestion = report.measures.filter { !$0.items.isEmpty }
        let questionAnalysis = perQuestion.filter { measure in
            !(measure.findings ?? "").allSatisfy(\.isWhitespace) || !measure.analysis.allSatisfy(\.isWhitespace)
        }
        let parts: [(IndicatorPart, [Entry], givenPerQuestion: Bool, allowed: Sourced<[ReportContents.Unit]>?)] = [
            (.scores, report.indicators.map { Entry(number: $0.number, place: $0.where) }, false, nil),
            (.analysis, report.analysis.map { Entry(number: $0.indicator, place: $0.where) }, !questionAnalysis.isEmpty, contents.analysisPer),
            (.measures, report.measures.filter(\.items.isEmpty).map { Entry(number: $0.indicator, place: $0.where) },
             !perQuestion.isEmpty, contents.measuresPer),
        ]
        let numbers = framework.indicators.map(\.number)
        let shortText = context.kind == .shortText ? ShortTextNote(report) : nil
        for (part, entries, givenPerQuestion, allowed) in parts {
            if givenPerQuestion, allowed?.value.contains(.question) ?? false { continue }
            guard !entries.isEmpty else {
                if allowed != nil, let shortText {
                    findings.append(shortText.finding(code: Self.code, thaiMissing: part.thaiWhole, englishMissing: part.englishWhole))
                } else if let allowed {
                    findings.append(missingWhole(part, allowed: allowed, numbers: numbers))
                }
                continue
            }
            guard allowed?.value.contains(.indicator) ?? true else { continue }
            // News quoting an indicator's score or two has no table to add rows to (ITA016 says so).
            if part == .scores, shortText != nil || RequiredScoresRule.quotesIndicatorsAlone(report) { continue }
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

extension MissingIndicatorPartRule {
    /// The analysis or the measures missing whole: what the year allows in their place, and
    /// whether the requirement is the NACC's or ita's hypothesis.
    private func missingWhole(_ part: IndicatorPart, allowed: Sourced<[ReportContents.Unit]>, numbers: [Int]) -> Finding {
        let range = ScoreText.numbers(numbers)
        let thaiShapes = allowed.value.map { $0 == .indicator ? "รายตัวชี้วัด (ตัวชี้วัดที่ \(range))" : "รายข้อคำถามที่ได้คะแนนต่ำ (เช่น i7, e13)" }
        let englishShapes = allowed.value.map { $0 == .indicator ? "per indicator (indicators \(range))" : "per question scored low (such as i7, e13)" }
        let hypothesis = allowed.source.isHypothesis
        var thai = "ไม่พบ\(part.thaiItem)ในรายงาน กรุณาเพิ่ม\(part.thaiItem) \(thaiShapes.joined(separator: " หรือ "))"
        var english = "The report has no \(part.englishItem) at all. Add one \(englishShapes.joined(separator: " or "))."
        if hypothesis {
            let note = FindingWording.unconfirmedRequirementNote(thaiPart: "ส่วนนี้", englishPart: "this part",
                                                                  thaiResult: "ผลคะแนน", englishResult: "the result")
            thai += note.thai
            english += note.english
        }
        return Finding(code: Self.code, severity: hypothesis ? .warning : .error, thai: thai, english: english, where: nil,
                       expected: part.thaiItem)
    }
}
