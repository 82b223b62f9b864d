import Foundation
import ReportLayout
import ThaiText

/// Reads the overall score and level from the sentence that states them, however it is
/// written: `… โดยมีค่าคะแนน เท่ากับ 97.28 คะแนน อยู่ในระดับ “ผ่านดี”`, `อยู่ในระดับ AA ด้วยคะแนน
/// 95.54`, `ได้ 77.70คะแนน (ผ่าน) ระดับ AA`, `scored 94.25 … classified as “Good.”`.
///
/// A number is the score when words of scoring stand just before it (คะแนน, ได้, เท่ากับ) or
/// คะแนน just after, and nothing says it is another one: last year's score or the change
/// (ปีที่ผ่านมา, สูงกว่า, a year other than the one assessed just before it), the pass mark or
/// the full marks (เกณฑ์, เต็ม), a rank (ลำดับที่ 12 จาก 78 แห่ง), a tool's or an indicator's
/// score. A level is a level name of any year after ระดับ, เกรด, อยู่ในเกณฑ์ …, or in brackets
/// or quotes; when two are written for one result, the one of the year's scheme is taken and
/// the words kept as written.
struct OverallReader {
    /// Level names of the year's framework.
    var levelNames: [String]
    /// Level names of every year, longest first, so that ผ่านดีเยี่ยม is not read as ผ่าน.
    var anyYearLevelNames: [String]
    var fiscalYear: Int?
    var words: ReadingWords = .load()

    /// The level names to look for, as written (lower case) and as taken, longest first.
    private let levelCandidates: [(written: String, name: String)]

    init(levelNames: [String], anyYearLevelNames: [String], fiscalYear: Int? = nil, words: ReadingWords = .load()) {
        self.levelNames = levelNames
        self.anyYearLevelNames = anyYearLevelNames
        self.fiscalYear = fiscalYear
        self.words = words
        let short = words.shortLevelNames.map { written, names in (written, names.first(where: levelNames.contains) ?? names[0]) }
        levelCandidates = (anyYearLevelNames.map { ($0, $0) } + words.englishLevels.map { ($0.key, $0.value) } + short)
            .sorted { $0.0.count > $1.0.count }.map { ($0.0.lowercased(), $0.1) }
    }

    /// Words that say a line is about the assessment's result.
    static let assessmentWords = ["ผลการประเมิน", "ผ่านการประเมิน", "ผลคะแนน", "ITA", "Integrity and Transparency Assessment", "assessment"]

    /// How far before a number its words are looked at, in characters.
    static let wordsBefore = 30

    /// Words that turn a sentence to another agency's result (`… ขณะที่ อย.ได้ระดับ B`): a level
    /// after them is not written together with the one before.
    static let contrastWords = ["ขณะที่", "ในขณะที่", "whereas", "while"]

    /// Words written right after an adjective that make it a comparison (`ต่ำกว่า`, `สูงกว่า`),
    /// so that a level name it begins with (`ต่ำ`, `สูง`) is none.
    /// (`สูงสุด`, `สูงขึ้น`, `ต่ำลง`: the highest, a rise or a fall, are no level either.)
    static let comparisonWords = ["กว่า", "สุด", "ขึ้น", "ลง"]

    struct LevelMention {
        var name: String
        var written: String
        var range: Range<String.Index>
    }

    func read(_ lines: [DocumentContent.Line]) -> Overall? {
        // Sentences may wrap: look at each line with the next one joined.
        for (index, line) in lines.enumerated() {
            let next = index + 1 < lines.count ? lines[index + 1] : nil
            // Most lines hold no number: passed over before the text is joined and searched.
            guard Self.hasDigit(line.text) || next.map({ Self.hasDigit($0.text) }) == true else { continue }
            let text = ThaiNumber.arabicDigits(line.text + (next.map { " " + $0.text } ?? ""))
            let split = text.index(text.startIndex, offsetBy: line.text.count)
            let scores = self.scores(in: text)
            guard !scores.isEmpty else { continue }
            let levels = explained(self.levels(in: text), in: text)
            guard let score = scores.first, !levels.isEmpty,
                  score.range.lowerBound < split || levels[0].range.lowerBound < split else { continue }
            let scoreLine = score.range.lowerBound < split || next == nil ? line : next!
            return Overall(score: score.value, level: level(of: levels), levelAsWritten: writtenLevel(levels, in: text),
                           where: scoreLine.provenance)
        }
        // A score named as the overall one, with no level near it; failing that, a score in
        // words about the assessment (a short text that says the agency passed, with no level).
        for (words, strict) in [(["ภาพรวม", "คะแนนรวม"], false), (Self.assessmentWords, true)] {
            for line in lines {
                let text = ThaiNumber.arabicDigits(line.text)
                // Words about the assessment are weaker evidence than ภาพรวม: only a number a score
                // can be (`surveys opinions of 400 managers … total score` is none).
                guard words.contains(where: text.containsExactly),
                      let score = scores(in: text).first(where: { !strict || (Self.calledAScore($0.range, in: text) && $0.value <= 100) })
                else { continue }
                guard let (levels, levelLine) = levelStatedApart(in: lines) else {
                    return Overall(score: score.value, level: nil, where: line.provenance)
                }
                return Overall(score: score.value, level: level(of: levels), levelAsWritten: writtenLevel(levels, in: levelLine),
                               where: line.provenance)
            }
        }
        // A level stated with no score at all (`… อยู่ในระดับ ผ่าน`): the result as the text gives it.
        if let (levels, levelLine) = levelStatedApart(in: lines), !namesSeveralAgencies(levelLine) {
            let place = lines.first { $0.text == levelLine }?.provenance
            return Overall(score: nil, level: level(of: levels), levelAsWritten: writtenLevel(levels, in: levelLine), where: place)
        }
        return nil
    }

    /// The level a text states in a sentence of its own about the result, with no score in it
    /// (`Pattaya City's ITA score places it at the AA (excellent) level`): the first line that
    /// names the assessment or its score and a level no word makes another year's or a target.
    private func levelStatedApart(in lines: [DocumentContent.Line]) -> (levels: [LevelMention], text: String)? {
        let about = Self.assessmentWords + Self.levelAboutWords
        // The words about the result on the line or on the one above it (a heading, then the level).
        let searched = Array(lines.prefix(Self.linesSearchedForLevel))
        let aboutTheResult = searched.map { line in about.contains(where: line.text.containsExactly) }
        for (index, line) in searched.enumerated() where aboutTheResult[index] || (index > 0 && aboutTheResult[index - 1]) {
            let text = line.text
            let levels = self.levels(in: text).filter { mention in
                let before = String(text[..<mention.range.lowerBound].suffix(Self.wordsBefore)).lowercased()
                return !words.marksAnotherNumber(Self.typed(before))
            }
            if !levels.isEmpty { return (levels, text) }
        }
        return nil
    }

    /// Whether a line names two or more agencies (`… ในระดับดีเยี่ยม (AA) … จำนวน 3 หน่วยงาน
    /// ประกอบด้วย องค์การบริหารส่วนตำบล… , องค์การบริหารส่วนตำบล…`): a level it states with no
    /// score is a group's, no one agency's result. (One agency named twice, in its officials'
    /// posts, is one.)
    private func namesSeveralAgencies(_ text: String) -> Bool {
        let named = AgencyMentions(words: words).mentions(in: text).filter { $0.role == .agency }
        return Set(named.map(\.name)).count >= 2
    }

    /// Words beside `assessmentWords` that make a line stating a level with no score about the
    /// result: a score, the assessment's Thai name, `ผ่านประเมิน` (`ม.… ผ่านประเมินคุณธรรมและ
    /// ความโปร่งใส… ในระดับ A`).
    static let levelAboutWords = ["คะแนน", "score", "คุณธรรมและความโปร่งใส", "ผ่านประเมิน"]

    /// How far apart, in characters, two levels are still written together as one.
    static let levelsWrittenTogether = 40

    /// How many of the first lines may state the level apart from the score.
    static let linesSearchedForLevel = 80

    // MARK: The score

    private static func hasDigit(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: ThaiCharacter.isDigit)
    }

    func scores(in text: String) -> [(value: Double, range: Range<String.Index>)] {
        guard text.unicodeScalars.contains(where: { ("0"..."9").contains($0) }) else { return [] }
        var result: [(Double, Range<String.Index>)] = []
        var previousEnd = text.startIndex
        var previousNumber: String?
        // An indicator's number (`ตัวชี้วัดที่ 10`) is no score, nor the number before the one
        // that follows it: that one's words reach back to ตัวชี้วัด.
        for match in Self.numbers(in: text) where !Self.numbersAnIndicator(match, in: text) {
            let number = String(text[match])
            defer { previousEnd = match.upperBound; previousNumber = number }
            // Over 100 is kept when the words make it the score: ITA005 says it cannot be one.
            guard let value = Double(number), number.count < 4 || number.contains(".") else { continue }
            let (before, after) = Self.words(around: match, in: text, from: previousEnd)
            // The number before, close by, is a year other than the one assessed: `พ.ศ. 2565 ได้ 88.03`.
            // A Gregorian year is the same year 543 years on (`Fiscal Year 2022 AA level 95.80`).
            // In English, within the clause after another Gregorian year (`In 2018, the city
            // scored 79.64`), when the year assessed is known: a history of scores. (A Thai
            // report's wrong year before its own score is ITA013's to find, not a reason to drop it.)
            if let previousNumber, previousNumber.count == 4, let year = Int(previousNumber), year != fiscalYear,
               year + ThaiDate.buddhistEraOffset != fiscalYear,
               before.count < 12 || (fiscalYear != nil && year < 2200 && !before.contains(".")) { continue }
            // A Thai year other than the one assessed opens the clause, and the text gives the
            // assessed year's score too (`เดิมเมื่อปีงบประมาณ พ.ศ.2566 ได้คะแนน ITA 89.59 ส่วนใน
            // ปีงบประมาณ พ.ศ.2567 ได้คะแนนรวม ITA 97.07`): a history, this one another year's.
            if let previousNumber, previousNumber.count == 4, let year = Int(previousNumber), year != fiscalYear,
               (2500...2600).contains(year), !before.contains("."), scoresAssessedYear(in: text) { continue }
            // A whole number that is part of a name (`สพม.3`, `สพป.ภูหลวง เขต 3`) is no score.
            if !number.contains("."), before.firstMatch(of: #"(?:[ก-ฮ]\.|เขต|ภาค)\s?$"#) != nil { continue }
            if words.marksAnotherNumber(Self.withoutLevelCriterion(before)), !isOwnAverage(match, in: text, from: previousEnd, before: before) { continue }
            if isAllAgenciesAverage(match, in: text, from: previousEnd, before: before) { continue }
            if before.firstMatch(of: #"(iit|eit|oit|ตัวชี้วัด|ข้อที่)"#) != nil { continue }
            // One indicator's score, named further back in its clause (`ในด้านตัวชี้วัดการเปิดเผย
            // ข้อมูลต่อสาธารณะ หน่วยได้คะแนนสูงถึง 96.40`); not a count of them (`ทั้ง 10 ตัวชี้วัด`).
            if Self.namesOneIndicator(before: match.lowerBound, in: text, notBefore: previousEnd) { continue }
            if ["แห่ง", "หน่วยงาน", "ข้อ", "ตัวชี้วัด", "%", "/", "ปี", "อันดับ", "ลำดับ"].contains(where: { after.hasPrefix($0) }) { continue }
            // Points follow their number (`95.80 points`): they are no score word before one.
            let scoring = words.scoreWords.contains { before.containsExactly($0) }
                || after.hasPrefix("คะแนน") || after.hasPrefix("points") || Self.fullMarksFollow(after)
            if scoring { result.append((value, match)) }
        }
        return result
    }

    /// `before` without a เกณฑ์ that introduces a level (`อยู่ในเกณฑ์ผ่านดี 94.11 คะแนน`): a
    /// level's word there, not the pass mark. `ผ่าน` alone after it is the pass mark's
    /// (`เกณฑ์ผ่าน 85 คะแนน`), so only the names that say more are read so.
    static func withoutLevelCriterion(_ before: String) -> String {
        guard before.contains("เกณฑ์"), let levelCriterion else { return before }
        return levelCriterion.stringByReplacingMatches(in: before, range: NSRange(before.startIndex..., in: before), withTemplate: " ")
    }

    // Compiled once: `replacingOccurrences(options: .regularExpression)` compiles anew each call.
    private static let levelCriterion = try? NSRegularExpression(
        pattern: #"เกณฑ์\s*:?\s*[“"]?(?=ผ่านดี|ไม่ผ่าน|ต้องปรับปรุง|AA|aa|[A-Fa-f](?![A-Za-z]))"#)

    /// Words that make a number an average of some kind (the agency's own or all agencies').
    static let averageWords = ["เฉลี่ย", "average"]
    /// Words by which the agency is said to have got the score that follows in its clause.
    static let gotScoreWords = ["ได้คะแนน", "ได้รับคะแนน"]
    /// How far back, in characters, the clause of an average is read for who it belongs to.
    static let averageClauseReach = 120

    /// An average the agency got, worded as no `ownAverageWords` are (`ได้คะแนนการประเมินอยู่ที่
    /// ค่าเฉลี่ย 85.39`): the average is the only word that marks the number, the clause since the
    /// number before says the agency got a score, and names no all agencies.
    private func isOwnAverage(_ match: Range<String.Index>, in text: String, from previousEnd: String.Index, before: String) -> Bool {
        let marks = Self.averageWords.reduce(before) { $0.replacingOccurrences(of: $1, with: " ") }
        guard marks != before, !words.marksAnotherNumber(marks) else { return false }
        let clause = String(text[previousEnd..<match.lowerBound].suffix(Self.averageClauseReach)).lowercased()
        return Self.gotScoreWords.contains(where: clause.containsExactly) && !words.allAgenciesWords.contains(where: clause.containsExactly)
    }

    /// An average (however worded, `มีคะแนนเฉลี่ยอยู่ที่ 87.57`) whose sentence before it speaks
    /// of all agencies (`หน่วยงานภาครัฐทั่วประเทศ … พบว่า`): the country's, not the agency's.
    /// (An average the clause since the number before says the agency got, `… ได้คะแนนเฉลี่ย`,
    /// is its own unless that clause itself names all agencies.)
    private func isAllAgenciesAverage(_ match: Range<String.Index>, in text: String, from previousEnd: String.Index, before: String) -> Bool {
        guard Self.averageWords.contains(where: before.containsExactly) else { return false }
        let own = String(text[previousEnd..<match.lowerBound]).lowercased()
        if Self.gotScoreWords.contains(where: own.containsExactly) { return words.allAgenciesWords.contains(where: own.containsExactly) }
        let clause = String(text[..<match.lowerBound].suffix(Self.averageClauseReach)).lowercased()
        return words.allAgenciesWords.contains(where: clause.containsExactly)
    }

    /// Whether `text` writes the year assessed with a score just after it (`พ.ศ.2567 ได้คะแนนรวม
    /// ITA 97.07`), as `FiscalYearReader` reads a history of scores.
    private func scoresAssessedYear(in text: String) -> Bool {
        guard let fiscalYear else { return false }
        let reach = FiscalYearReader.scoredYearReach
        guard let match = text.firstMatch(of: "(?<![0-9])\(fiscalYear)([^0-9]{1,\(reach)})[0-9]{1,3}\\.[0-9]{1,2}(?![0-9])") else { return false }
        return words.scoreWords.contains(where: { match[1].containsExactly($0) }) && !words.marksAnotherNumber(match[1])
    }

    /// Whether the number is an indicator's (`ตัวชี้วัดที่ 10`, `ตัวชี้วัด 9`).
    static func numbersAnIndicator(_ range: Range<String.Index>, in text: String) -> Bool {
        let start = text.index(range.lowerBound, offsetBy: -16, limitedBy: text.startIndex) ?? text.startIndex
        return String(text[start..<range.lowerBound]).firstMatch(of: #"ตัวชี้วัด(?:ที่)?\s*$"#) != nil
    }

    /// How far before a number, in characters, an indicator named in its clause makes it that
    /// indicator's score.
    static let indicatorReach = 60

    /// Whether the `indicatorReach` characters before `end` (none before `start`) name one
    /// indicator (`ตัวชี้วัดการ…`, `ตัวชี้วัดที่ 9`, `indicator`), not a number of them
    /// (`10 ตัวชี้วัด`, `ทุกตัวชี้วัด`: the words before the window are read for that).
    static func namesOneIndicator(before end: String.Index, in text: String, notBefore start: String.Index) -> Bool {
        let windowStart = max(text.index(end, offsetBy: -indicatorReach, limitedBy: text.startIndex) ?? text.startIndex, start)
        let contextStart = text.index(windowStart, offsetBy: -6, limitedBy: text.startIndex) ?? text.startIndex
        let context = String(text[contextStart..<end]).lowercased()
        let offset = text.distance(from: contextStart, to: windowStart)
        return context.allMatchRanges(of: #"(?<![0-9]\s|[0-9]|ทั้ง|ทุก|ทั้ง\s)(?:ตัวชี้วัด|indicator)(?!\s*(?:ทั้ง|รวม|[0-9]))"#)
            .contains { context.distance(from: context.startIndex, to: $0.lowerBound) >= offset }
    }

    /// Whether the words next to a number call it a score (คะแนน, score, points), not only
    /// something got (`ได้เพิ่มรูปภาพใหม่ 48 ภาพ`).
    static func calledAScore(_ range: Range<String.Index>, in text: String) -> Bool {
        let (before, after) = words(around: range, in: text, from: text.startIndex)
        return ["คะแนน", "score"].contains(where: before.containsExactly) || after.hasPrefix("คะแนน") || after.hasPrefix("point")
            || fullMarksFollow(after)
    }

    /// The words just before a number (`wordsBefore` characters, none before `start`) and
    /// just after it, in lower case, as they were meant to be typed.
    static func words(around range: Range<String.Index>, in text: String, from start: String.Index) -> (before: String, after: String) {
        let windowStart = text.index(range.lowerBound, offsetBy: -wordsBefore, limitedBy: start) ?? start
        let before = typed(String(text[max(windowStart, start)..<range.lowerBound]).lowercased())
        let after = typed(String(text[range.upperBound...].prefix(16)).trimmingCharacters(in: .whitespaces).lowercased())
        return (before, after)
    }

    /// Words as they were meant to be typed: SARA E twice for SARA AE (`คะเเนน`), a slip
    /// common enough in Thai texts that the words around a number are read through it.
    static func typed(_ text: String) -> String {
        text.contains("เเ") ? text.replacingOccurrences(of: "เเ", with: "แ") : text
    }

    /// A number followed by the full marks is the score out of them: `92.08 out of 100`,
    /// `88.40 จากคะแนนเต็ม 100`.
    static func fullMarksFollow(_ after: String) -> Bool {
        after.firstMatch(of: #"^(?:out of|จากคะแนนเต็ม|จาก)\s*100(?![0-9.])"#) != nil
    }

    /// The numbers of `text`; a year glued to its era (`พ.ศ.2566`) is one, so that the score
    /// after it is read as that year's.
    private static func numbers(in text: String) -> [Range<String.Index>] {
        text.allMatchRanges(of: #"(?<![0-9,])(?<![0-9]\.)[0-9]{1,4}(?:\.[0-9]{1,3})?(?![0-9]|\.[0-9])"#)
    }

    // MARK: The level

    func levels(in text: String) -> [LevelMention] {
        var mentions: [LevelMention] = []
        let lower = text.lowercased()
        for word in words.levelWords {
            let word = word.lowercased()
            guard lower.containsExactly(word) else { continue }
            // Matched in the text itself: indices of a lowercased copy need not fit it.
            for range in text.allMatchRanges(of: "(?i)" + NSRegularExpression.escapedPattern(for: word)) {
                if let mention = level(startingAt: range.upperBound, in: text), !mentions.contains(where: { $0.range == mention.range }) {
                    mentions.append(mention)
                }
            }
        }
        // English writes the name before its word: `AA level`, `A grade`; a gloss may stand
        // between: `the AA (excellent) level`.
        for range in text.allMatchRanges(of: #"(?i)[A-Za-z]+(?:\s*\([A-Za-z ]{1,20}\))?\s+(?:level|grade)\b"#) {
            let written = text[range].split(whereSeparator: \.isWhitespace).first.map(String.init) ?? ""
            guard let (_, name) = levelCandidates.first(where: { $0.written == written.lowercased() }),
                  let end = text.index(range.lowerBound, offsetBy: written.count, limitedBy: text.endIndex),
                  !mentions.contains(where: { $0.range.overlaps(range.lowerBound..<end) }) else { continue }
            mentions.append(LevelMention(name: name, written: written, range: range.lowerBound..<end))
        }
        // A level in brackets or quotes: `(ผ่าน)`, `“ผ่านดี”`.
        for range in text.allMatchRanges(of: #"[(“"‘'\[]"#) where text[range.upperBound...].first.map({ !$0.isWhitespace }) ?? false {
            guard let mention = level(startingAt: range.upperBound, in: text, closing: true),
                  !mentions.contains(where: { $0.range.overlaps(mention.range) }) else { continue }
            mentions.append(mention)
        }
        return mentions.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The character with a mark typed twice in a row written once: `ผ่่` → `ผ่`.
    static func withoutDoubledMarks(_ character: Character) -> Character {
        var scalars = String.UnicodeScalarView()
        for scalar in character.unicodeScalars {
            if let last = scalars.last, last == scalar, ThaiCharacter.isCombiningMark(scalar) { continue }
            scalars.append(scalar)
        }
        return Character(String(scalars))
    }

    /// The levels without those an explanation of the first names (`ระดับ B : หมายถึง …
    /// อยู่ในระดับต้องปรับปรุง`): the words after หมายถึง say what the level means, not another.
    func explained(_ mentions: [LevelMention], in text: String) -> [LevelMention] {
        guard let first = mentions.first else { return mentions }
        let after = text[first.range.upperBound...]
        guard let explanation = words.levelExplanationWords.compactMap({ after.range(of: $0)?.lowerBound }).min() else { return mentions }
        return mentions.filter { $0.range.lowerBound < explanation }
    }

    /// The level name that starts at `start`, after spaces, quotes, brackets and a colon.
    private func level(startingAt start: String.Index, in text: String, closing: Bool = false) -> LevelMention? {
        var index = start
        var quoted = false
        while index < text.endIndex, " \t:：“\"‘'(「-–".contains(text[index]) {
            if Self.openingMarks.contains(text[index]) { quoted = true }
            index = text.index(after: index)
        }
        guard index < text.endIndex else { return nil }
        if quoted, let wrapped = levelWrapped(startingAt: index, in: text) { return wrapped }
        let rest = text[index...]
        // A mark typed twice (`ผ่่าน`) is a slip of typing: the level is read through it. Each
        // character stays one character, so the length of the match is the same in the text.
        let head = String(rest.prefix(24).map(Self.withoutDoubledMarks)).lowercased()
        for (written, name) in levelCandidates where head.hasPrefix(written) {
            guard let end = rest.index(rest.startIndex, offsetBy: written.count, limitedBy: rest.endIndex) else { continue }
            // A Latin level must end there (`A` is not the start of `Assessment`).
            if end < text.endIndex, let scalar = text[end].unicodeScalars.first,
               CharacterSet.letters.contains(scalar), scalar.isASCII { continue }
            if closing, end < text.endIndex, !")”\"’']".contains(text[end]) { continue }
            // A level word that compares (`ระดับต่ำกว่ากรม`, units below a department's rank) names
            // no result's level.
            if Self.comparisonWords.contains(where: text[end...].hasPrefix) { continue }
            return LevelMention(name: name, written: String(text[index..<end]), range: index..<end)
        }
        return nil
    }

    private static let openingMarks: Set<Character> = ["“", "\"", "‘", "'", "(", "「"]
    private static let closingMarks: Set<Character> = [")", "”", "\"", "’", "'", "]", "」"]

    /// A level in quotes or brackets that a line break cut (`“ผ่าน` / `ดี”`, read with the
    /// next line joined as `“ผ่าน ดี”`): the name read through the white space, as long as the
    /// closing mark follows it, which says the words are one name.
    private func levelWrapped(startingAt start: String.Index, in text: String) -> LevelMention? {
        var compact = ""
        var ends: [String.Index] = []
        var index = start
        while index < text.endIndex, compact.count < 24 {
            let character = text[index]
            index = text.index(after: index)
            if character.isWhitespace { continue }
            compact.append(Self.withoutDoubledMarks(character))
            ends.append(index)
        }
        let head = compact.lowercased()
        for (written, name) in levelCandidates where head.hasPrefix(written) {
            let characters = written.count
            guard characters <= ends.count else { continue }
            let end = ends[characters - 1]
            guard end < text.endIndex, Self.closingMarks.contains(text[end]),
                  text[start..<end].contains(where: \.isWhitespace) else { continue }
            return LevelMention(name: name, written: String(text[start..<end].filter { !$0.isWhitespace }), range: start..<end)
        }
        return nil
    }

    /// The level taken: of the year's scheme when the report writes two, else the first.
    private func level(of mentions: [LevelMention]) -> String {
        mentions.first { levelNames.contains($0.name) }?.name ?? mentions[0].name
    }

    /// The words of the level as written, when they say more than the name taken.
    private func writtenLevel(_ mentions: [LevelMention], in text: String) -> String? {
        // Only the level written together (`96.04 (ผ่าน) ระดับ AA`), not one a sentence repeats
        // further on (`“Good” … classified as “Good”`).
        let first = mentions[0].range.lowerBound
        // Nor one a contrast gives another agency (`สพฉ.ได้ระดับ F … ขณะที่ อย.ได้ระดับ B`).
        let mentions = mentions.filter { mention in
            text.distance(from: first, to: mention.range.lowerBound) <= Self.levelsWrittenTogether
                && !Self.contrastWords.contains(where: String(text[first..<mention.range.lowerBound]).containsExactly)
        }
        let names = Set(mentions.map(\.name))
        if names.count == 1, mentions[0].written == mentions[0].name { return nil }
        let lower = mentions.map(\.range.lowerBound).min()!, upper = mentions.map(\.range.upperBound).max()!
        var start = lower, end = upper
        if start > text.startIndex, "(“\"‘'".contains(text[text.index(before: start)]) { start = text.index(before: start) }
        if end < text.endIndex, ")”\"’'".contains(text[end]) { end = text.index(after: end) }
        return String(text[start..<end])
    }
}
