import Foundation
import ReportLayout

/// Reads tool scores from sentences and lists of prose: `IIT ได้ 85.67 คะแนน`, `(EIT) 84.53`,
/// `- OIT คะแนน 97.50`, `OIT scored 95.84`: the first number after a tool's code, with only
/// words of scoring between them, and nothing that makes it another number (last year's, the
/// change, the pass mark).
struct SentenceScoreReader {
    var vocabulary: ScoreVocabulary

    /// How many characters may stand between a tool's code and its score.
    static let wordsBetween = 24

    func scores(in lines: [PlacedText]) -> [ScoreFinding] {
        var findings: [ScoreFinding] = []
        for line in lines where line.text.containsExactly("IT") || line.text.containsExactly("IET") {
            let text = ThaiNumber.arabicDigits(line.text)
            for match in text.allMatches(of: #"(?<![A-Za-z])(IIT|EIT|OIT|IET)(?![A-Za-z])\)?\s*(?:ส่วนที่\s*([12])(?![0-9.]))?([^0-9A-Z]{0,24}?)([0-9]{1,3}(?:\.[0-9]{1,2})?)(?![0-9]|\.[0-9])"#) {
                guard let code = vocabulary.framework.tool(match[1])?.code,
                      let value = Double(match[4]), (0...100).contains(value) else { continue }
                let between = match[3].lowercased()
                if vocabulary.words.notThisYearWords.contains(where: { between.containsExactly($0) }) { continue }
                // `(EIT) ส่วนที่ 2` with its part cut off the pattern, `EIT 30%`: not a score.
                if between.containsExactly("ส่วนที่") || between.containsExactly("ข้อ") { continue }
                let after = text[text.range(of: match[0])!.upperBound...].prefix(8)
                guard match[4].contains(".") || after.trimmingCharacters(in: .whitespaces).hasPrefix("คะแนน")
                        || vocabulary.words.scoreWords.contains(where: { between.containsExactly($0) }) else { continue }
                if after.hasPrefix("%") { continue }
                // `…(IIT), 92.46 for the External…`: the number is the next tool's.
                if text[text.range(of: match[0])!.upperBound...].prefix(16).trimmingCharacters(in: .whitespaces)
                    .replacingOccurrences(of: "points ", with: "").hasPrefix("for ") { continue }
                findings.append(ScoreFinding(subject: .tool(code: code, part: Int(match[2])), score: value, where: line.provenance,
                                             nameAsWritten: match[0], codeAsWritten: match[1] == code ? nil : match[1]))
            }
        }
        findings += scoresBeforeTheirTools(in: lines)
        return findings
    }

    /// English puts the score first: `93.10 for the Internal Integrity and Transparency
    /// Assessment (IIT)`.
    private func scoresBeforeTheirTools(in lines: [PlacedText]) -> [ScoreFinding] {
        lines.filter { $0.text.containsExactly(" for the ") }.flatMap { line in
            line.text.allMatches(of: #"([0-9]{1,3}\.[0-9]{1,2}) (?:points )?for the [A-Za-z ]{0,70}?\((IIT|EIT|OIT)\)"#).compactMap { match in
                guard let code = vocabulary.framework.tool(match[2])?.code, let value = Double(match[1]), value <= 100 else { return nil }
                return ScoreFinding(subject: .tool(code: code, part: nil), score: value, where: line.provenance, nameAsWritten: match[0])
            }
        }
    }
}
