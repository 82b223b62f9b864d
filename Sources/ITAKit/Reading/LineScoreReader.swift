import Foundation
import ReportLayout
import ThaiText

/// Reads scores from lines as they stand on the page, each line one score:
/// `แบบวัด… (EIT) ส่วนที่ 1 97.51`, `7.ประสิทธิภาพการสื่อสาร 98.81`, `i7 ท่านทราบข้อมูล… 86.50`.
///
/// A second reading, for scores the tables did not give: a table drawn without rulings has
/// only the alignment of its text to go by, and its rows or its edges can come out wrong (a
/// heading taken into it, rows run together) while each of its lines is still right. So that
/// prose cannot pass for a score, a line counts only when it ends in the score, and the tool
/// code, the indicator's number and a name that matches that indicator, or the question's
/// code at the line's start name what it is the score of.
struct LineScoreReader {
    var vocabulary: ScoreVocabulary

    /// How many lines a question's wording may wrap onto before its score.
    static let wrappedItemLines = 2

    func scores(in lines: [PlacedText]) -> [ScoreFinding] {
        var findings: [ScoreFinding] = []
        for index in lines.indices {
            let text = lines[index].text.replacingScalar("\t", with: " ")
            if let item = item(at: index, in: lines) { findings.append(item); continue }
            guard let score = Self.endingScore(text) else { continue }
            if let tool = tool(in: text, score: score, at: index, in: lines) { findings.append(tool); continue }
            if let indicator = indicator(in: text, score: score, line: lines[index]) { findings.append(indicator) }
        }
        return findings
    }

    private func tool(in text: String, score: (value: Double, rest: String), at index: Int, in lines: [PlacedText]) -> ScoreFinding? {
        guard text.containsExactly("IT)") || text.containsExactly("IET)") else { return nil }
        let digits = ThaiNumber.arabicDigits(text)
        guard let match = digits.firstMatch(of: #"\((IIT|EIT|OIT|IET)\)\s*(?:ส่วนที่\s*([12])(?![0-9.]))?\s*(?:ส่วนที่)?\s*([0-9]{1,3}(?:\.[0-9]+)?)\s*$"#),
              let code = vocabulary.framework.tool(match[1])?.code else { return nil }
        // A long tool name wraps its part (ส่วนที่ 1, or only its number) onto the line below.
        var part = Int(match[2])
        if code == "EIT", part == nil, index + 1 < lines.count {
            part = ThaiNumber.arabicDigits(lines[index + 1].text).firstMatch(of: #"^\s*(?:ส่วนที่)?\s*([12])\s*$"#).flatMap { Int($0[1]) }
        }
        return ScoreFinding(subject: .tool(code: code, part: part), score: score.value, where: lines[index].provenance,
                            nameAsWritten: score.rest, codeAsWritten: match[1] == code ? nil : match[1])
    }

    private func indicator(in text: String, score: (value: Double, rest: String), line: PlacedText) -> ScoreFinding? {
        guard let (number, name) = vocabulary.indicator(in: score.rest), !name.isEmpty else { return nil }
        return ScoreFinding(subject: .indicator(number), score: score.value, where: line.provenance, nameAsWritten: name)
    }

    /// A line that starts with a question's code (`i7 ท่านทราบ…`, `(O36)`): its score ends
    /// it, or one of the next lines its wording wraps onto.
    private func item(at index: Int, in lines: [PlacedText]) -> ScoreFinding? {
        let text = lines[index].text
        // Only a line that starts with a code's letter (or a bracket) can: passed over before the pattern.
        guard let first = text.unicodeScalars.first(where: { !ThaiCharacter.isWhitespace($0) }),
              "iIeEoO(".unicodeScalars.contains(first) else { return nil }
        guard let code = ThaiNumber.arabicDigits(text).firstMatch(of: #"^\s*\(?\s*([iIeEoO]\s?[0-9]{1,2})(?![0-9]|\.[0-9])"#)
                .flatMap({ vocabulary.items(in: $0[1]).first }) else { return nil }
        for (offset, line) in lines[index...].prefix(Self.wrappedItemLines + 1).enumerated() {
            if offset > 0, Self.startsAnotherRow(line.text) { return nil }
            if let score = Self.endingScore(line.text.replacingScalar("\t", with: " ")) {
                return ScoreFinding(subject: .item(code), score: score.value, where: line.provenance,
                                    nameAsWritten: lines[index...index + offset].map(\.text).joined(separator: " "))
            }
        }
        return nil
    }

    /// Whether a line starts what is another row's: a question's code, an indicator's
    /// `ตัวชี้วัดที่` or number (`3.`), a tool's heading (`แบบวัด…`).
    static func startsAnotherRow(_ text: String) -> Bool {
        let scalars = text.unicodeScalars.drop { ThaiCharacter.isWhitespace($0) || $0 == "(" }
        guard let first = scalars.first else { return false }
        let second = scalars.dropFirst().first { !ThaiCharacter.isWhitespace($0) }
        let isDigit = { (scalar: Unicode.Scalar?) in scalar.map(ThaiCharacter.isDigit) ?? false }
        if "iIeEoO".unicodeScalars.contains(first), isDigit(second) { return true }
        // A numbered row (`3.การใช้อำนาจ`), not the score alone on its line.
        if isDigit(first) { return ThaiNumber.whole(text) == nil }
        let start = String(String.UnicodeScalarView(scalars.prefix(9)))
        return start.hasPrefix("ตัวชี้วัด") || start.hasPrefix("แบบวัด") || start.hasPrefix("แบบตรวจ")
    }

    /// The score a line ends in (0–100), and the words before it; nil when it ends otherwise.
    static func endingScore(_ text: String) -> (value: Double, rest: String)? {
        guard endsInDigit(text),
              let match = ThaiNumber.arabicDigits(text).firstMatch(of: #"^(.*?)\s*(?<![0-9.,])([0-9]{1,3}(?:\.[0-9]+)?)\s*$"#),
              !match[1].isEmpty, let value = Double(match[2]), (0...100).contains(value) else { return nil }
        return (value, match[1].trimmingWhitespace())
    }

    /// Only a line that ends in a digit (Arabic or Thai) can end in a score: the few that do
    /// are worth the patterns, which cost more than the scan.
    private static func endsInDigit(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last(where: { !ThaiCharacter.isWhitespace($0) }) else { return false }
        return ThaiCharacter.isDigit(last)
    }
}
