import Foundation
import ReportLayout
import ThaiText

/// Reads a ranking sentence: one line that names several agencies, each with its score right
/// after its name (`คะแนนสูงสุด ได้แก่ กรมก ได้ 97.10 คะแนน รองลงมาคือกรมข ได้ 96.20 คะแนน …`).
/// News about one agency's result quotes such a list; the text's agency is the one its
/// headline names (the first line that names an agency), and its score is the one after its
/// name in the list, wherever it stands there. A list the headline's agency is not in gives
/// nothing: which of the listed results is the text's cannot be told.
struct RankingReader {
    let words: ReadingWords
    private let finder: AgencyMentions

    init(words: ReadingWords) {
        self.words = words
        finder = AgencyMentions(words: words)
    }

    /// How many lines from the top may hold the headline, and the ranking.
    static let linesSearched = 80

    /// The score written right after an agency's name: `กรมก ได้ 97.10 คะแนน`,
    /// `กรมก 97.10 คะแนน`, `กรมก (97.10 คะแนน)`.
    private static let scoreAfterName = #"^\s*(?:ได้(?:รับ)?(?:คะแนน)?|มีคะแนน|คะแนน|ด้วยคะแนน|ที่)?\s*\(?\s*([0-9]{1,3}(?:\.[0-9]{1,2})?)(?![0-9])\s*คะแนน"#

    struct Ranked {
        var score: Double
        var line: DocumentContent.Line
    }

    /// The text's agency's score in a ranking line, if the text has one that lists it.
    func read(_ lines: [DocumentContent.Line]) -> Ranked? {
        let searched = Array(lines.prefix(Self.linesSearched))
        var headline: String?
        for line in searched {
            // A ranking line writes คะแนน after each of at least two scores: other lines are
            // only looked at for the headline (finding agencies on every line cost a twentieth
            // of reading a report).
            let mayRank = line.text.occurrences(of: Self.scoreWord) >= 2
            guard mayRank || headline == nil else { continue }
            let text = ThaiNumber.arabicDigits(line.text)
            let named = finder.mentions(in: text).filter { $0.role == .agency }
            let scored: [(name: String, score: Double)] = named.enumerated().compactMap { index, mention in
                let end = index + 1 < named.count ? named[index + 1].range.lowerBound : text.endIndex
                guard let match = String(text[mention.range.upperBound..<end]).firstMatch(of: Self.scoreAfterName),
                      let score = Double(match[1]), score <= 100 else { return nil }
                return (mention.name, score)
            }
            if mayRank, scored.count >= 2, Set(scored.map(\.name)).count == scored.count {
                guard let headline, let own = scored.first(where: { Self.same($0.name, headline) }) else { return nil }
                return Ranked(score: own.score, line: line)
            }
            if headline == nil, let first = named.first { headline = first.name }
        }
        return nil
    }

    private static let scoreWord = "คะแนน"

    /// Names alike but for words glued to one's end (`กองทัพภาค` / `กองทัพภาคที่สาม`).
    private static func same(_ a: String, _ b: String) -> Bool {
        a == b || a.hasPrefix(b) || b.hasPrefix(a)
    }
}
