import ReportLayout

/// ITA014: section headings numbered out of sequence. Headings are the lines outside tables
/// that start with a section number: `1.`, `2.3`, `3.1.2` (Arabic or Thai digits), followed
/// by a word. After a heading, the next may be its first subsection (`2.` → `2.1`), its next
/// sibling (`2.3` → `2.4`), or the next of a section above it (`2.4` → `3.`, also `2.4` →
/// `3.1`); anything else is reported, once for one slip.
///
/// The seed goes 1. → 1. → 1.1 → 2.2 → 2.3 → 2.4 → 3. → 4.: the second `1.` and the `2.2`
/// are out of sequence.
public struct SectionNumberingRule: ValidationRule {
    public static let code = "ITA014"

    /// The largest number a section level may have: `97.28 คะแนน` is a score, not section 97.
    static let largestSectionNumber = 30
    static let deepestLevel = 4
    private static let pattern = #"^\s*\**\s*([0-9]{1,2}(?:\.[0-9]{1,2}){0,3})(\.?)(?![0-9])\s*(\S)"#
    /// What follows a number that is no heading: a clock time (13.30 น.), a score.
    private static let notHeadings = ["น.", "น ", "คะแนน", "%", "บาท"]

    public init() {}

    public func check(_ context: ValidationContext) -> [Finding] {
        let headings = context.content.lines.compactMap { line in
            Self.sectionNumber(in: line.text).map { (number: $0, place: line.provenance) }
        }
        var findings: [Finding] = []
        var previous: [Int]?
        var previousPlace: Provenance?
        for (index, heading) in headings.enumerated() {
            defer { previousPlace = heading.place }
            guard let before = previous, !Self.follows(heading.number, after: before) else {
                previous = heading.number
                continue
            }
            let options = Self.next(after: before)
            findings.append(finding(heading.number, after: before, at: heading.place, beforePlace: previousPlace, options: options))
            // One slip, one finding: when the heading after this one follows what this one
            // should have been (2.4 → 5. → 4.), the count goes on from that; otherwise from
            // the number written (1.1 → 2.2 → 2.3).
            let following = index + 1 < headings.count ? headings[index + 1].number : nil
            if let following, !Self.follows(following, after: heading.number),
               let meant = options.first(where: { Self.follows(following, after: $0) }) {
                previous = meant
            } else {
                previous = heading.number
            }
        }
        return findings
    }

    private func finding(_ number: [Int], after before: [Int], at place: Provenance, beforePlace: Provenance?, options: [[Int]]) -> Finding {
        let written = options.map(Self.written)
        let thaiOptions = Self.list(written, or: "หรือ"), englishOptions = Self.list(written, or: "or")
        let thaiProblem = number == before
            ? "หัวข้อ \(Self.written(number)) ซ้ำกับเลขหัวข้อก่อนหน้า\(FindingWording.thaiInBrackets(beforePlace))"
            : "หัวข้อ \(Self.written(number)) ไม่ต่อเนื่องกับหัวข้อก่อนหน้า \(Self.written(before))\(FindingWording.thaiInBrackets(beforePlace))"
        let englishProblem = number == before
            ? "Section \(Self.written(number)) repeats the number of the section before it\(FindingWording.englishInBrackets(beforePlace))"
            : "Section \(Self.written(number)) does not follow the section before it, \(Self.written(before))\(FindingWording.englishInBrackets(beforePlace))"
        return Finding(
            code: Self.code, severity: .warning,
            thai: "\(thaiProblem) หัวข้อนี้ควรเป็น \(thaiOptions) กรุณาตรวจเลขหัวข้อ (อาจพิมพ์ผิด ซ้ำ หรือข้ามไป)",
            english: "\(englishProblem); it would be \(englishOptions). Check the section numbers (one may be mistyped, repeated or skipped).",
            where: place, expected: written.joined(separator: ", "), found: Self.written(number))
    }

    /// The section number a line starts with, or nil when it is no heading.
    static func sectionNumber(in line: String) -> [Int]? {
        let text = ThaiNumber.arabicDigits(line)
        guard let match = text.firstMatch(of: pattern) else { return nil }
        let parts = match[1].split(separator: ".").compactMap { Int($0) }
        // A number alone needs its dot ("3." not "3 "); what follows must be a word.
        guard parts.count > 1 || match[2] == ".", let first = match[3].unicodeScalars.first,
              first.properties.isAlphabetic,
              parts.allSatisfy({ (0...largestSectionNumber).contains($0) }), parts.first != 0 else { return nil }
        let rest = text[(text.range(of: match[1])?.upperBound ?? text.endIndex)...].drop { $0 == "." || $0.isWhitespace }
        guard !notHeadings.contains(where: { rest.hasPrefix($0) }) else { return nil }
        return parts
    }

    /// Whether `number` may come right after `previous`.
    static func follows(_ number: [Int], after previous: [Int]) -> Bool {
        // The first subsection, at any depth below: 2. → 2.1 (→ 2.1.1).
        if number.count > previous.count, Array(number.prefix(previous.count)) == previous,
           number.dropFirst(previous.count).allSatisfy({ $0 == 1 }) { return true }
        // The next at some level, first subsections below it: 2.4 → 3., 2.4 → 3.1, 2.2 → 2.3.
        for level in previous.indices where number.count > level {
            if Array(number.prefix(level)) == Array(previous.prefix(level)), number[level] == previous[level] + 1,
               number.dropFirst(level + 1).allSatisfy({ $0 == 1 }) { return true }
        }
        return false
    }

    /// The numbers that would follow `previous`, nearest first: 1.1 → 1.2, 2., 1.1.1.
    static func next(after previous: [Int]) -> [[Int]] {
        var options: [[Int]] = []
        for level in previous.indices.reversed() {
            options.append(Array(previous.prefix(level)) + [previous[level] + 1])
        }
        if previous.count < deepestLevel { options.append(previous + [1]) }
        return options
    }

    /// "2." for a section, "2.3" for a subsection, as reports write them.
    static func written(_ number: [Int]) -> String {
        number.count == 1 ? "\(number[0])." : number.map(String.init).joined(separator: ".")
    }

    private static func list(_ items: [String], or word: String) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(word) " + items.last!
    }
}
