import Foundation
import ReportLayout
import ThaiText

/// Whether a short text gives the results of several agencies and of none as its own: the
/// winners of each kind of agency (`ประเภทที่ 1 … “สำนักงาน…” มีผลการประเมิน 97.46 คะแนน` /
/// `ประเภทที่ 2 … “กรม…” มีผลการประเมิน 99.12 คะแนน`) under a headline that names none of
/// them. A text about one agency names it in its headline, even where it ranks it among others
/// with their scores (`กรม…ติดอันดับ 2` / `… กรมก ได้ 96.85 คะแนน กรม… ได้ 95.40 คะแนน`).
struct SeveralResults {
    let words: ReadingWords

    /// Scores as the result sentence's are read (the year is not needed to tell one).
    private var overall: OverallReader {
        OverallReader(levelNames: words.levelNames, anyYearLevelNames: words.levelNames, words: words)
    }

    /// How many of the first lines are read for scores.
    static let linesSearched = 80

    func hold(_ lines: [DocumentContent.Line]) -> Bool {
        let searched = lines.prefix(Self.linesSearched)
        // The headline: the first line in Thai (the agencies counted are named in Thai; a line
        // of Latin letters above it is a page's furniture, a link or a date stamp).
        guard let headline = searched.first(where: { $0.text.unicodeScalars.contains(where: ThaiCharacter.isThai) })?.text else { return false }
        let finder = AgencyMentions(words: words)
        let reader = overall
        var scored: Set<String> = []
        for line in searched {
            let text = ThaiNumber.arabicDigits(line.text)
            let scores = reader.scores(in: text)
            guard !scores.isEmpty else { continue }
            let named = finder.mentions(in: text).filter { $0.role == .agency }
            var previousEnd = text.startIndex
            for score in scores {
                // The agency named between the score before and this one.
                if let subject = named.last(where: { $0.range.lowerBound >= previousEnd && $0.range.upperBound <= score.range.lowerBound }) {
                    scored.insert(subject.name)
                }
                previousEnd = score.range.upperBound
            }
        }
        guard scored.count >= 2 else { return false }
        return !scored.contains { name in
            headline.contains(name) || abbreviations(of: name, in: searched).contains { headline.contains($0) }
        }
    }

    /// The abbreviations the text gives a name in brackets after it (`สถาบัน… (สพฉ.)`), so that
    /// a headline naming the agency by one (`พบ สพฉ.และ อย.ไม่ผ่าน…`) names it.
    private func abbreviations(of name: String, in lines: ArraySlice<DocumentContent.Line>) -> [String] {
        let pattern = NSRegularExpression.escapedPattern(for: name) + #"\s*\(([^()\s]{2,12})\)"#
        return lines.flatMap { $0.text.allMatches(of: pattern).map { $0[1] } }.flatMap { [$0, $0.hasSuffix(".") ? String($0.dropLast()) : $0] }
    }
}
