import Foundation
import ReportLayout
import ThaiText

/// Reads tool and indicator scores from lines as they stand on the page, each line one score:
/// `แบบวัด… (EIT) ส่วนที่ 1 97.51`, `7.ประสิทธิภาพการสื่อสาร 98.81`.
///
/// A second reading, for scores the table readers did not find: a table drawn without rulings
/// has only the alignment of its text to go by, and its rows or its edges can come out wrong
/// (a heading taken into it, rows run together) while each of its lines is still right. So
/// that prose cannot pass for a score, a line counts only when it ends in the score, the tool
/// code stands right before it, or the indicator's number and a name that matches that
/// indicator do.
struct LineScoreReader {
    var framework: Framework

    func tools(in lines: [PlacedText]) -> [ToolScore] {
        lines.indices.compactMap { index in
            guard Self.endsInDigit(lines[index].text) else { return nil }
            let text = ThaiNumber.arabicDigits(lines[index].text.replacingOccurrences(of: "\t", with: " "))
            guard let match = text.firstMatch(of: #"\((IIT|EIT|OIT|IET)\)\s*(?:ส่วนที่\s*([12])(?![0-9.]))?\s*(?:ส่วนที่)?\s*([0-9]{1,3}(?:\.[0-9]+)?)\s*$"#),
                  let score = Double(match[3]), (0...100).contains(score) else { return nil }
            let written = match[1]
            let code = written == "IET" ? "EIT" : written
            // A long tool name wraps its part (ส่วนที่ 1, or only its number) onto the line below.
            var part = Int(match[2])
            if code == "EIT", part == nil, index + 1 < lines.count {
                part = ThaiNumber.arabicDigits(lines[index + 1].text).firstMatch(of: #"^\s*(?:ส่วนที่)?\s*([12])\s*$"#).flatMap { Int($0[1]) }
            }
            return ToolScore(code: code, part: part, score: score, codeAsWritten: written == code ? nil : written,
                             where: lines[index].provenance)
        }
    }

    func indicators(in lines: [PlacedText]) -> [IndicatorScore] {
        let matcher = ThaiNameMatcher(candidates: framework.indicators.map(\.name))
        return lines.compactMap { line in
            guard Self.endsInDigit(line.text) else { return nil }
            let text = line.text.replacingOccurrences(of: "\t", with: " ")
            guard let (number, rest) = ThaiNumber.leadingNumber(text),
                  let match = ThaiNumber.arabicDigits(rest).firstMatch(of: #"^(.*?[^\s0-9.])\s*([0-9]{1,3}(?:\.[0-9]+)?)\s*$"#),
                  let score = Double(match[2]), (0...100).contains(score),
                  let definition = framework.indicator(number),
                  definition.isNamed(match[1])
                    || matcher.bestMatch(for: match[1]).map({ framework.indicators[$0.index].number == number }) == true
            else { return nil }
            return IndicatorScore(number: number, name: definition.name, nameAsWritten: match[1],
                                  tool: definition.tool, score: score, where: line.provenance)
        }
    }

    /// Only a line that ends in a digit (Arabic or Thai) can end in a score: the few that do
    /// are worth the patterns, which cost more than the scan.
    private static func endsInDigit(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last(where: { !ThaiCharacter.isWhitespace($0) }) else { return false }
        return ("0"..."9").contains(last) || (0x0E50...0x0E59).contains(last.value)
    }
}
