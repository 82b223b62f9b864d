import Foundation
import ReportLayout

/// Reads an indicator's score from a sentence: `ด้านตัวชี้วัดการป้องกันทุจริต ได้ที่โหล่ มีคะแนนแค่
/// 81.25 คะแนน`, `ตัวชี้วัดที่ 9 ได้ 96.40 คะแนน`. The indicator by its number or its name as
/// written (close to the year's, `ThaiNameMatcher`), the score the first number called คะแนน
/// after it in its clause, with nothing that makes it another number (the pass mark, last
/// year's). Only for a text that gives no other score (news that quotes one indicator's
/// result): in a report with tables, prose about an indicator quotes what the tables give.
struct IndicatorSentenceReader {
    var vocabulary: ScoreVocabulary

    /// How many characters after an indicator's name its score may stand.
    static let reach = 60
    /// The longest name read after ตัวชี้วัด, in characters.
    static let longestName = 40

    /// The indicator whose name (or alias) a word starts with, words glued after it
    /// (`การเปิดเผยข้อมูลสาธารณะ`); the longest such name.
    private func startingIndicator(_ word: String) -> Int? {
        var best: (length: Int, number: Int)?
        for indicator in vocabulary.framework.indicators {
            for name in [indicator.name] + indicator.aliases where word.hasPrefix(name) && name.count > (best?.length ?? 0) {
                best = (name.count, indicator.number)
            }
        }
        return best?.number
    }

    func scores(in lines: [DocumentContent.Line]) -> [ScoreFinding] {
        var findings: [ScoreFinding] = []
        for line in lines where line.text.containsExactly("ตัวชี้วัด") {
            let text = ThaiNumber.arabicDigits(line.text)
            for word in text.allMatchRanges(of: "ตัวชี้วัด") {
                let rest = text[word.upperBound...]
                var number: Int?
                var nameEnd = rest.startIndex
                if let match = String(rest).firstMatch(of: #"^(?:ที่)?\s*([0-9]{1,2})(?![0-9.])"#) {
                    number = Int(match[1]).flatMap { vocabulary.framework.indicator($0) != nil ? $0 : nil }
                    nameEnd = rest.index(rest.startIndex, offsetBy: match[0].count)
                } else {
                    let name = String(rest.prefix { !$0.isWhitespace }.prefix(Self.longestName))
                    // Not a count or a list of them (`ทั้ง 10 ตัวชี้วัด`, `ตัวชี้วัดต่าง ๆ`): a name the year knows.
                    number = vocabulary.indicator(in: name)?.number ?? vocabulary.closestIndicator(to: name) ?? startingIndicator(name)
                    nameEnd = rest.index(rest.startIndex, offsetBy: name.count)
                }
                guard let number else { continue }
                let window = String(rest[nameEnd...].prefix(Self.reach))
                // The clause ends where another indicator or a tool is named.
                let clause = window.components(separatedBy: "ตัวชี้วัด")[0]
                guard let match = clause.firstMatch(of: #"^(.*?)(?<![0-9.])([0-9]{1,3}(?:\.[0-9]{1,2})?)(?![0-9])\s*คะแนน"#),
                      let score = Double(match[2]), score <= 100,
                      !vocabulary.words.marksAnotherNumber(OverallReader.typed(match[1])),
                      match[1].firstMatch(of: #"[0-9]|IIT|EIT|OIT"#) == nil else { continue }
                let written = String(rest[..<nameEnd]).trimmingCharacters(in: .whitespaces)
                findings.append(ScoreFinding(subject: .indicator(number), score: score, where: line.provenance,
                                             nameAsWritten: written.isEmpty ? "ตัวชี้วัด" : written))
            }
        }
        return findings
    }
}
