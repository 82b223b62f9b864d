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
        findings += thisYearsScores(in: lines, besides: findings)
        findings += scoresBeforeTheirTools(in: lines)
        return findings
    }

    /// How far after another year's number, in characters, the same sentence may give this
    /// year's.
    static let thisYearReach = 100

    /// The scores a sentence gives for this year after another year's (`(EIT) Last year, it
    /// scored 84.53 points, and this year … 94.15 points`, `ปีที่แล้วได้ 84.53 คะแนน ปีนี้ได้ 94.15
    /// คะแนน`): for a tool named on a line that gave it no score, the first number after a word
    /// of `thisYearWords`, in the same sentence, before another tool is named.
    private func thisYearsScores(in lines: [PlacedText], besides found: [ScoreFinding]) -> [ScoreFinding] {
        var findings: [ScoreFinding] = []
        for line in lines where line.text.containsExactly("IT") {
            let text = ThaiNumber.arabicDigits(line.text)
            for range in text.allMatchRanges(of: #"(?<![A-Za-z])(?:IIT|EIT|OIT)(?![A-Za-z])"#) {
                guard let code = vocabulary.framework.tool(String(text[range]))?.code,
                      !found.contains(where: { $0.where == line.provenance && $0.subject == .tool(code: code, part: nil) }) else { continue }
                var rest = String(text[range.upperBound...].prefix(Self.thisYearReach))
                if let next = rest.firstRange(ofPattern: #"(?<![A-Za-z])(IIT|EIT|OIT)(?![A-Za-z])|[.!?](?:\s|$)"#) {
                    rest = String(rest[..<next.lowerBound])
                }
                let lower = rest.lowercased()
                for word in vocabulary.words.thisYearWords {
                    guard let at = lower.range(of: word),
                          let number = String(lower[at.upperBound...]).firstMatch(of: #"^[^0-9]{0,40}?([0-9]{1,3}\.[0-9]{1,2})(?![0-9])"#),
                          let value = Double(number[1]), (0...100).contains(value) else { continue }
                    findings.append(ScoreFinding(subject: .tool(code: code, part: nil), score: value, where: line.provenance,
                                                 nameAsWritten: String(text[range])))
                    break
                }
            }
        }
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
