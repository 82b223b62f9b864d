import Foundation
import ReportLayout

/// Scores quoted in a report's prose: `ร้อยละ 98.81` or `คะแนนเท่ากับ 98.81` in an indicator's
/// analysis, `โดยมีค่าคะแนน เท่ากับ 97.28 คะแนน อยู่ในระดับ “ผ่านดี”` for the overall score.
///
/// Prose quotes other numbers too: targets (`ไม่ต่ำกว่าร้อยละ 90`), last year's score (`ปี 2567
/// ได้คะแนน 92.10`), a tool's score next to an indicator's. Those are left out: a quote
/// counts only when no threshold word stands just before it, no tool code (IIT, EIT, OIT) and
/// no other year than the one assessed in the text before it.
struct ScoreQuote: Sendable, Equatable {
    /// The number as written, Thai digits made Arabic: "98.81".
    var written: String
    var value: Double
    /// Where it is, in the text it was found in (UTF-16 offset of the number).
    var offset: Int
    /// The last year (พ.ศ.) written shortly before the number, if any: a score quoted after
    /// another year than the one assessed is that year's.
    var yearBefore: Int?

    /// Whether the quote is a score of `fiscalYear` (nil: any year) as far as the years near
    /// it tell.
    func isOfYear(_ fiscalYear: Int?) -> Bool {
        guard let fiscalYear, let yearBefore else { return true }
        return yearBefore == fiscalYear
    }

    /// Whether the quote stands for `score`: within the rounding of the quote's own last digit
    /// ("98.8" for 98.81), and never finer than `half` (a two-decimal quote: 0.005).
    func agrees(with score: Double, half: Double) -> Bool {
        let decimals = written.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first?.count ?? 0
        let ownRounding = 0.5 * pow(10, -Double(decimals))
        return abs(value - score) <= max(half, ownRounding) + ScoreText.noise
    }

    // MARK: Finding quotes

    private static let number = #"(?<![0-9.,])([0-9]{1,3}(?:\.[0-9]+)?)(?![0-9]|[.,][0-9])"#
    /// `ร้อยละ N`, `คะแนน N`, `คะแนนเท่ากับ ร้อยละ N`.
    private static let quotePattern = #"(?:ร้อยละ|คะแนน)\s*(?:เท่ากับ|รวม|คือ|ได้|อยู่ที่|=)?\s*(?:ร้อยละ\s*)?"# + number
    /// The summary sentence, as `OverallReader` reads it: a score followed by the level.
    private static let overallSentence = #"คะแนน\s*(?:เท่ากับ|รวม|คือ|=)?\s*(?:ร้อยละ\s*)?"# + number + #"\s*(?:คะแนน)?[^0-9]{0,30}?ระดับ"#
    /// `ผลการประเมิน ITA … ได้คะแนน 97.28`.
    private static let overallNamed = #"ITA[^0-9]{0,60}?คะแนน\s*(?:เท่ากับ|รวม|คือ|ได้|อยู่ที่|=)?\s*(?:ร้อยละ\s*)?"# + number

    private static let scoreWord = "คะแนน"

    /// Words that make the number after them a target or a comparison, not the score.
    private static let thresholdWords = ["ไม่ต่ำกว่า", "ไม่น้อยกว่า", "ต่ำกว่า", "น้อยกว่า", "มากกว่า", "เกินกว่า", "สูงกว่า",
                                         "อย่างน้อย", "เป้าหมาย", "เกณฑ์", "เพิ่มขึ้น", "ลดลง", "ปีที่ผ่านมา", "ปีก่อน", "ปีที่แล้ว"]
    /// How far before a quote those words, and tool codes, are looked for (characters).
    private static let nearBefore = 20
    /// How far before a quote another year is looked for.
    private static let yearBefore = 80

    private static let regexes: [String: NSRegularExpression] = {
        var compiled: [String: NSRegularExpression] = [:]
        for pattern in [quotePattern, overallSentence, overallNamed] {
            compiled[pattern] = try? NSRegularExpression(pattern: pattern)
        }
        return compiled
    }()

    /// The scores quoted in `text` (an indicator's analysis), targets and other years' scores
    /// left out; `fiscalYear` is the year assessed.
    static func quotes(in text: String, fiscalYear: Int?) -> [ScoreQuote] {
        matches(of: quotePattern, in: ThaiNumber.arabicDigits(text)).filter { $0.isOfYear(fiscalYear) }
    }

    /// A mention of the overall score in the report's prose, and the line it is on.
    struct Mention: Sendable {
        var quote: ScoreQuote
        var lineIndex: Int
        var place: Provenance
    }

    /// Every mention of the overall score in `lines` (the report's prose, tables left out),
    /// whatever year is near it, in the order of the document. A sentence may wrap: each line is read with the next one joined, and a
    /// mention belongs to the line its number is on. `ValidationContext` reads them once for
    /// every rule.
    static func overallMentions(in lines: [DocumentContent.Line]) -> [Mention] {
        var mentions: [Mention] = []
        var seen: Set<[Int]> = []
        // Both sentences hold คะแนน: a line pair without it is passed over before the patterns,
        // which cost far more than the search.
        let scored = lines.map { $0.text.containsExactly(scoreWord) }
        for (index, line) in lines.enumerated() where scored[index] || index + 1 < lines.count && scored[index + 1] {
            let own = ThaiNumber.arabicDigits(line.text)
            let next = index + 1 < lines.count ? ThaiNumber.arabicDigits(lines[index + 1].text) : nil
            let joined = next.map { own + " " + $0 } ?? own
            let ownLength = (own as NSString).length
            for pattern in [overallSentence, overallNamed] {
                for (quote, start) in matchesWithStart(of: pattern, in: joined) where start < ownLength {
                    let onNext = quote.offset > ownLength
                    let lineIndex = onNext ? index + 1 : index
                    let offset = onNext ? quote.offset - ownLength - 1 : quote.offset
                    guard seen.insert([lineIndex, offset]).inserted else { continue }
                    var placed = quote
                    placed.offset = offset
                    mentions.append(Mention(quote: placed, lineIndex: lineIndex, place: lines[lineIndex].provenance))
                }
            }
        }
        return mentions.sorted { ($0.lineIndex, $0.quote.offset) < ($1.lineIndex, $1.quote.offset) }
    }

    /// The place of the overall score the parser read: the line its number is on. The parser
    /// reads each line with the next one joined and gives the first line's place, which is the
    /// heading above the sentence when the sentence is on a line of its own (the seed: line
    /// 39, "1.1 ผลการประเมินในภาพรวม", for the score on line 43).
    /// `ValidationContext` keeps it for the rules, from the report, its lines and every mention.
    static func overallPlace(of overall: Overall?, lines: [DocumentContent.Line], mentions: [Mention]) -> Provenance? {
        guard let overall else { return nil }
        guard let score = overall.score, let parsed = overall.where,
              let start = lines.firstIndex(where: { $0.provenance == parsed }) else { return overall.where }
        // Every mention, whatever year is near it: the parser does not look at years either.
        let mention = mentions.first { $0.lineIndex >= start && $0.lineIndex <= start + 1 && $0.quote.value == score }
        return mention?.place ?? overall.where
    }

    private static func matches(of pattern: String, in text: String) -> [ScoreQuote] {
        var result: [ScoreQuote] = []
        for (quote, _) in matchesWithStart(of: pattern, in: text)
            where !result.contains(where: { $0.offset == quote.offset }) {
            result.append(quote)
        }
        return result
    }

    /// The quotes `pattern` finds in `text` (digits already Arabic), with where each match
    /// starts; targets and tool scores left out.
    private static func matchesWithStart(of pattern: String, in text: String) -> [(ScoreQuote, Int)] {
        guard let regex = regexes[pattern] else { return [] }
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).compactMap { match in
            let range = match.range(at: 1)
            guard range.location != NSNotFound else { return nil }
            let written = ns.substring(with: range)
            guard let value = Double(written) else { return nil }
            let near = ns.substring(with: NSRange(location: max(0, match.range.location - nearBefore),
                                                  length: min(match.range.location, nearBefore)))
                + ns.substring(with: NSRange(location: match.range.location, length: range.location - match.range.location))
            if thresholdWords.contains(where: near.containsExactly) { return nil }
            if near.firstMatch(of: #"(?<![A-Za-z])(?:IIT|EIT|OIT|IET)(?![A-Za-z])"#) != nil { return nil }
            let before = ns.substring(with: NSRange(location: max(0, range.location - yearBefore),
                                                    length: min(range.location, yearBefore)))
            let year = before.allMatches(of: #"(?<![0-9])(25[0-9]{2})(?![0-9])"#).last.flatMap { Int($0[1]) }
            return (ScoreQuote(written: written, value: value, offset: range.location, yearBefore: year), match.range.location)
        }
    }
}
