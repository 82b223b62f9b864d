import ReportLayout
import ThaiText

/// ITA009: an indicator written under a name other than the framework's canonical one, in
/// the score table, the analysis or the measures. The parser takes an indicator by its
/// number; the finding says which indicator that made it, and whether the name is a spelling
/// the templates know, close to it, or the name of another indicator.
///
/// Names compare normalised (spaces, quotes, split SARA AM, a bracketed note such as
/// "(จุดอ่อนที่ต้องพัฒนา…)" and markup do not count).
public struct IndicatorNameRule: ValidationRule {
    public static let code = "ITA009"

    public init() {}

    public func check(_ context: ValidationContext) -> [Finding] {
        guard let framework = context.framework else { return [] }
        let matcher = ThaiNameMatcher(candidates: framework.indicators.map(\.name))
        var findings: [Finding] = []
        func look(at written: String, number: Int, part: IndicatorPart, place: Provenance?) {
            guard let definition = framework.indicator(number) else { return }
            let name = IndicatorRowName.cleaned(written)
            guard !name.isEmpty, NameKey.of(name) != NameKey.of(definition.name) else { return }
            findings.append(finding(name, definition: definition, part: part, place: place, framework: framework, matcher: matcher))
        }
        // The score row's name cell, found by its score cell (where the parser says the
        // score came from): the name is what is pointed at.
        for indicator in context.report.indicators {
            look(at: indicator.nameAsWritten, number: indicator.number, part: .scores, place: indicator.nameWhere ?? indicator.where)
        }
        for analysis in context.report.analysis {
            guard let written = analysis.indicatorAsWritten,
                  let name = IndicatorRowName.name(in: written, number: analysis.indicator) else { continue }
            look(at: name, number: analysis.indicator, part: .analysis, place: analysis.indicatorWhere ?? analysis.where)
        }
        // A measure that addresses questions names them, not its indicator.
        for measure in context.report.measures where measure.items.isEmpty {
            guard let written = measure.indicatorAsWritten,
                  let name = IndicatorRowName.name(in: written, number: measure.indicator) else { continue }
            look(at: name, number: measure.indicator, part: .measures, place: measure.where)
        }
        return findings
    }

    private func finding(_ name: String, definition: IndicatorDefinition, part: IndicatorPart, place: Provenance?,
                         framework: Framework, matcher: ThaiNameMatcher) -> Finding {
        let number = definition.number, canonical = definition.name
        let thaiTaken: String, englishTaken: String
        var thaiAction = "กรุณาแก้ชื่อให้ตรงกับที่กำหนด", englishAction = "Write the name as the NACC does."
        if definition.isNamed(name) {
            thaiTaken = "ชื่อนี้เป็นชื่อที่เขียนต่างไปของตัวชี้วัดที่ \(number) ita จึงถือว่าเป็นตัวชี้วัดที่ \(number) “\(canonical)”"
            englishTaken = "It is a known variant, so ita took it for indicator \(number), “\(canonical)”."
        } else if let match = matcher.bestMatch(for: name), let other = framework.indicators.first(where: { $0.name == match.candidate }),
                  other.number != number {
            thaiTaken = "ชื่อนี้คล้ายตัวชี้วัดที่ \(other.number) “\(other.name)” แต่เลขข้อเป็น \(number) "
                + "ita ถือตามเลขข้อว่าเป็นตัวชี้วัดที่ \(number) “\(canonical)”"
            englishTaken = "It resembles indicator \(other.number), “\(other.name)”, but is numbered \(number): "
                + "ita took it by its number for indicator \(number), “\(canonical)”."
            thaiAction = "กรุณาตรวจว่าเลขข้อหรือชื่อที่ผิด แล้วแก้ให้ตรงกัน"
            englishAction = "Check whether the number or the name is wrong, and make them agree."
        } else if matcher.bestMatch(for: name)?.candidate == canonical {
            thaiTaken = "ชื่อนี้ใกล้เคียงกับตัวชี้วัดที่ \(number) ita จึงถือว่าเป็นตัวชี้วัดที่ \(number) “\(canonical)”"
            englishTaken = "It is close to it, so ita took it for indicator \(number), “\(canonical)”."
        } else {
            thaiTaken = "ชื่อนี้ไม่ใกล้เคียงกับชื่อตัวชี้วัดใด ita ถือตามเลขข้อว่าเป็นตัวชี้วัดที่ \(number) “\(canonical)”"
            englishTaken = "It resembles no indicator's name; ita took it by its number for indicator \(number), “\(canonical)”."
        }
        return Finding(
            code: Self.code, severity: .warning,
            thai: "ชื่อตัวชี้วัดใน\(part.thaiTable)เขียนว่า “\(name)” ไม่ตรงกับชื่อที่ ป.ป.ช. กำหนด “\(canonical)” "
                + "\(thaiTaken) \(thaiAction)",
            english: "The indicator name in \(part.englishTable) is written “\(name)”, not the NACC's name “\(canonical)”. "
                + "\(englishTaken) \(englishAction)",
            where: place, expected: canonical, found: name)
    }
}
