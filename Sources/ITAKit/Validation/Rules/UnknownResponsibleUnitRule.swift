import ThaiText

/// ITA015: a responsible unit that is not a known unit form, against Templates/units.json:
/// - cut off: the start of a listed name ("กองยุทธศาสตร์และงบประ" of
///   กองยุทธศาสตร์และงบประมาณ; a cut before its และ is a shorter name, not a cut), a head word
///   that needs a name left alone ("กอง"), or a name ending inside a syllable (a leading vowel,
///   ั or ็ last);
/// - misspelt: not listed, but as close to a listed name with the same head word as
///   `typoSimilarity` (one letter off in a name of ten);
/// - unknown: neither listed nor starting with a head word (กอง, สำนัก, ฝ่าย, งาน, นาย, …).
/// A unit that starts with a head word and names something is a known form even when not
/// listed: agencies have units of their own.
public struct UnknownResponsibleUnitRule: ValidationRule {
    public static let code = "ITA015"

    /// How close a unit must be to a listed name with the same head word to be taken for a
    /// misspelling of it. Above `NameMatchSettings`' default (0.75): unit names share long
    /// stretches (งานการเจ้าหน้าที่, ฝ่ายการเจ้าหน้าที่), indicator names do not.
    static let typoSimilarity = 0.85

    private let units: KnownUnits
    /// Units written longer than this (in characters) are not matched against the known ones.
    static let longestNameToMatch = 300

    public init() {
        units = KnownUnits.shared
    }

    public func check(_ context: ValidationContext) -> [Finding] {
        guard !units.isEmpty else { return [] }
        let matcher = ThaiNameMatcher(candidates: units.names)
        let typoMatcher = ThaiNameMatcher(candidates: units.names, settings: NameMatchSettings(minimumSimilarity: Self.typoSimilarity))
        var findings: [Finding] = []
        for measure in context.report.measures {
            let place = measure.responsibleWhere ?? measure.where
            for unit in measure.responsible {
                guard let problem = problem(with: unit, matcher: matcher, typoMatcher: typoMatcher) else { continue }
                findings.append(finding(problem, unit: unit, indicator: measure.indicator, place: place))
            }
        }
        return findings
    }

    private enum Problem {
        case cutOff(suggestion: String?)
        case misspelt(suggestion: String)
        case unknown(suggestion: String?)
    }

    private func problem(with unit: String, matcher: ThaiNameMatcher, typoMatcher: ThaiNameMatcher) -> Problem? {
        let key = NameKey.of(unit)
        guard !key.isEmpty, units.nameByKey[key] == nil else { return nil }
        // Far longer than any unit's name: not one name, and matching it word run by word run
        // against every unit would take seconds for a cell of megabytes.
        guard unit.unicodeScalars.count <= Self.longestNameToMatch else { return .unknown(suggestion: nil) }
        // The shortest listed name that `unit` is the start of, cut elsewhere than before a
        // conjunction.
        let longer = units.names
            .filter { name in
                let nameKey = NameKey.of(name)
                guard nameKey.count > key.count, nameKey.hasPrefix(key) else { return false }
                let rest = String(nameKey.dropFirst(key.count))
                return !units.conjunctionKeys.contains { rest.hasPrefix($0) }
            }
            .min { $0.count < $1.count }
        if let longer { return .cutOff(suggestion: longer) }
        if let last = key.unicodeScalars.last, (0x0E40...0x0E44).contains(last.value) || last.value == 0x0E31 || last.value == 0x0E47 {
            return .cutOff(suggestion: nil)
        }
        guard let head = units.head(of: key) else {
            return .unknown(suggestion: matcher.bestMatch(for: unit)?.candidate)
        }
        if head.needsName, key == head.key { return .cutOff(suggestion: nil) }
        if let match = typoMatcher.bestMatch(for: unit), units.head(of: NameKey.of(match.candidate))?.key == head.key {
            return .misspelt(suggestion: match.candidate)
        }
        return nil
    }

    private func finding(_ problem: Problem, unit: String, indicator: Int, place: Provenance?) -> Finding {
        let thaiStart = "ผู้รับผิดชอบมาตรการของตัวชี้วัดที่ \(indicator) เขียนว่า “\(unit)”"
        let englishStart = "A responsible unit of the measure for indicator \(indicator) is written “\(unit)”"
        switch problem {
        case .cutOff(let suggestion?):
            return Finding(
                code: Self.code, severity: .warning,
                thai: "\(thaiStart) ซึ่งดูเหมือนชื่อหน่วยงานที่ถูกตัดหาย (ชื่อเต็มที่รู้จักคือ “\(suggestion)”) กรุณาเขียนชื่อหน่วยงานให้ครบ",
                english: "\(englishStart), which looks cut off (the full name ita knows is “\(suggestion)”). Write the unit's name in full.",
                where: place, expected: suggestion, found: unit)
        case .cutOff(nil):
            return Finding(
                code: Self.code, severity: .warning,
                thai: "\(thaiStart) ซึ่งดูเหมือนชื่อหน่วยงานที่ถูกตัดกลางคำหรือไม่ครบ กรุณาเขียนชื่อหน่วยงานให้ครบ",
                english: "\(englishStart), which looks cut off mid-word or incomplete. Write the unit's name in full.",
                where: place, found: unit)
        case .misspelt(let suggestion):
            return Finding(
                code: Self.code, severity: .warning,
                thai: "\(thaiStart) ซึ่งใกล้เคียงแต่ไม่ตรงกับชื่อหน่วยงาน “\(suggestion)” อาจพิมพ์ผิด กรุณาตรวจและแก้ชื่อให้ถูกต้อง",
                english: "\(englishStart), close to but not the unit name “\(suggestion)”: perhaps a typing slip. Check the name and correct it.",
                where: place, expected: suggestion, found: unit)
        case .unknown(let suggestion):
            let thaiHint = suggestion.map { " (ชื่อที่ใกล้เคียงที่สุดคือ “\($0)”)" } ?? ""
            let englishHint = suggestion.map { " (the closest known name is “\($0)”)" } ?? ""
            return Finding(
                code: Self.code, severity: .warning,
                thai: "\(thaiStart) ซึ่งไม่ใช่รูปแบบชื่อหน่วยงานที่รู้จัก (เช่น สำนัก… กอง… ฝ่าย… งาน…)\(thaiHint) "
                    + "กรุณาเขียนชื่อหน่วยงานผู้รับผิดชอบให้เต็มตามโครงสร้างของหน่วยงาน",
                english: "\(englishStart), which is not a form of unit name ita knows (such as สำนัก…, กอง…, ฝ่าย…, งาน…)\(englishHint). "
                    + "Write the responsible unit's full name as the agency's structure gives it.",
                where: place, expected: suggestion, found: unit)
        }
    }
}
