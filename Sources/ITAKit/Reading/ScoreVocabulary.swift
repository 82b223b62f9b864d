import Foundation
import ThaiText

/// The things of a fiscal year that carry a score, as a report may name them: the overall
/// result, the tools (codes, code slips and Thai names, EIT's parts), the ten indicators (by
/// number, by name, or both) and the questions and items (by code). Built from the year's
/// framework and the word lists of Templates/reading.json.
struct ScoreVocabulary {
    let framework: Framework
    let words: ReadingWords
    private let indicatorNames: ThaiNameMatcher
    private let overallKeys: Set<String>
    private let toolCodes: [String: String]
    private let toolNames: [(key: String, code: String)]
    /// Every indicator's name and alias as compared (`NameKey`), to its number.
    private let indicatorKeys: [String: Int]

    /// A name after an indicator's number longer than this (in scalars) is prose, not a row's
    /// name; the longest name, with its alias's extra words, is under 40.
    static let longestIndicatorName = 80
    /// The overall result's row label is a word or two (`คะแนนรวม`).
    static let longestOverallLabel = 24

    init(framework: Framework, words: ReadingWords = .load()) {
        self.framework = framework
        self.words = words
        indicatorNames = ThaiNameMatcher(candidates: framework.indicators.map(\.name))
        overallKeys = Set(words.overallRowWords.map(NameKey.of))
        var codes: [String: String] = [:]
        var names: [(String, String)] = []
        for tool in framework.tools {
            codes[tool.code.uppercased()] = tool.code
            for alias in tool.codeAliases { codes[alias.uppercased()] = tool.code }
            for name in [tool.thaiName] + tool.aliases { names.append((NameKey.of(name), tool.code)) }
        }
        toolCodes = codes
        var keys: [String: Int] = [:]
        for indicator in framework.indicators {
            for name in [indicator.name] + indicator.aliases { keys[NameKey.of(name)] = indicator.number }
        }
        indicatorKeys = keys
        // Longest first: a name that holds another (ภายใน / ภายนอก differ only at the end) is tried first.
        toolNames = names.sorted { $0.0.count > $1.0.count }.map { (key: $0.0, code: $0.1) }
    }

    // MARK: Items

    /// Every question or item code written in `text` (`i7`, `I 7`, `O36`) that the year knows,
    /// lower case, in the order written.
    func items(in text: String) -> [String] {
        guard text.unicodeScalars.contains(where: { "iIeEoO".unicodeScalars.contains($0) }) else { return [] }
        var codes: [String] = []
        for match in ThaiNumber.arabicDigits(text).allMatches(of: #"(?<![A-Za-z0-9])([iIeEoO])\s?([0-9]{1,2})(?![0-9]|\.[0-9])"#) {
            let code = match[1].lowercased() + String(Int(match[2]) ?? 0)
            if itemIndicator(code) != nil, !codes.contains(code) { codes.append(code) }
        }
        return codes
    }

    /// The indicator a question or item belongs to, nil when the year has no such item.
    func itemIndicator(_ code: String) -> Int? {
        framework.item(code)?.indicator
    }

    // MARK: Indicators

    /// The indicator a cell or line names: `ตัวชี้วัดที่ 2 การใช้งบประมาณ`, `2.การใช้งบประมาณ`,
    /// `(2) การใช้งบประมาณ` or the name alone. `numberAlone` also takes `2.` before a name the
    /// year does not know (a row of a score table whose name is wrong is still that row).
    func indicator(in text: String, numberAlone: Bool = false) -> (number: Int, name: String)? {
        let digits = Self.indicatorWordWhole(ThaiNumber.arabicDigits(text).trimmingWhitespaceAndNewlines())
        if digits.containsExactly("ตัวชี้วัด"), let match = digits.firstMatch(of: #"ตัวชี้วัด(?:ที่)?\s*([0-9]{1,2})(?![0-9.])\s*[.:)]?\s*(.*)"#),
           let number = Int(match[1]), framework.indicator(number) != nil {
            return (number, Self.firstLine(match[2]))
        }
        if let (number, rest) = ThaiNumber.leadingNumber(digits), let definition = framework.indicator(number) {
            let name = Self.firstLine(rest)
            if names(name, definition) || (numberAlone && !name.isEmpty && name.unicodeScalars.count <= Self.longestIndicatorName) {
                return (number, name)
            }
            return nil
        }
        // The number apart from its name, its point lost or standing off (`2 การใช้งบประมาณ`,
        // `4 .การใช้…`, as OCR and loose typing leave it): taken when the name is the number's.
        if let match = digits.firstMatch(of: #"^\(?([0-9]{1,2})\s+[.)]?\s*(\S.*)"#), let number = Int(match[1]),
           let definition = framework.indicator(number), names(Self.firstLine(match[2]), definition) {
            return (number, Self.firstLine(match[2]))
        }
        // A name alone, after what OCR made of a number it could not read (`(.การใช้…`).
        let name = Self.firstLine(digits).trimmingCharacters(in: Self.strayMarksBeforeAName)
        // Scalars, not characters: counting Thai clusters costs more than the test is worth.
        guard !name.isEmpty, name.unicodeScalars.count <= Self.longestIndicatorName,
              let number = indicatorKeys[NameKey.of(name)] else { return nil }
        return (number, name)
    }

    /// What stands before an indicator's name where its number was lost: brackets, points.
    private static let strayMarksBeforeAName = CharacterSet(charactersIn: "(). ")

    /// The consonants of ตัวชี้วัด and ตัวชี้วัดที่: OCR and broken text layers lose the upper
    /// vowels and marks of the word (`ตัวชวดท 10`), and nothing else in a report starts so.
    private static let indicatorWordSkeletons: Set<String> = ["ตวชวด", "ตวชวดท"]

    /// The text with a first word that is ตัวชี้วัด(ที่) with its vowels and marks lost written
    /// whole again, so that the number after it reads as an indicator's.
    static func indicatorWordWhole(_ text: String) -> String {
        guard text.unicodeScalars.first == "ต", !text.containsExactly("ตัวชี้วัด") else { return text }
        let word = text.prefix { !$0.isWhitespace && !$0.isNumber }
        let skeleton = String(String.UnicodeScalarView(word.unicodeScalars.filter(ThaiCharacter.isConsonant)))
        guard indicatorWordSkeletons.contains(skeleton) else { return text }
        return "ตัวชี้วัดที่ " + text.dropFirst(word.count).trimmingWhitespace()
    }

    /// The indicator whose name a garbled text is closest to (`ThaiNameMatcher`: alike enough,
    /// and clearly more than any other's), nil when none is.
    func closestIndicator(to text: String) -> Int? {
        guard !text.isEmpty, text.unicodeScalars.count <= Self.longestIndicatorName,
              let match = indicatorNames.bestMatch(for: text) else { return nil }
        return framework.indicators[match.index].number
    }

    /// Whether a name is (or is close to) one of the year's indicators', whichever.
    func isIndicatorName(_ written: String) -> Bool {
        guard !written.isEmpty else { return false }
        return indicatorKeys[NameKey.of(written)] != nil || indicatorNames.bestMatch(for: written) != nil
    }

    private func names(_ written: String, _ definition: IndicatorDefinition) -> Bool {
        guard !written.isEmpty else { return false }
        if definition.isNamed(written) { return true }
        return indicatorNames.bestMatch(for: written).map { framework.indicators[$0.index].number == definition.number } ?? false
    }

    private static func firstLine(_ text: String) -> String {
        (text.split(separator: "\n").first ?? "").trimmingWhitespace()
    }

    // MARK: Tools

    /// The tool a cell or line names, by code (`(EIT) ส่วนที่ 1`, `IET`) or by its Thai name.
    func tool(in text: String) -> (code: String, part: Int?, written: String)? {
        let digits = ThaiNumber.arabicDigits(text)
        if digits.containsExactly("IT") || digits.containsExactly("IET"),
           let match = digits.firstMatch(of: #"(?<![A-Za-z])(IIT|EIT|OIT|IET|EBIT)(?![A-Za-z])\)?\s*(?:ส่วนที่\s*([12])(?![0-9.]))?"#),
           let code = toolCodes[match[1]] {
            return (code, Int(match[2]), match[1])
        }
        // Every tool's Thai name starts with แบบ (แบบวัด…, แบบตรวจ…): other cells are passed over
        // before their key is made.
        guard digits.containsExactly("แบบ") || !toolNames.allSatisfy({ $0.key.hasPrefix("แบบ") }) else { return nil }
        let key = NameKey.of(digits)
        guard key.count >= 8, let name = toolNames.first(where: { key.containsExactly($0.key) }) else { return nil }
        let part = digits.firstMatch(of: #"ส่วนที่\s*([12])(?![0-9.])"#).flatMap { Int($0[1]) }
        return (name.code, part, name.code)
    }

    // MARK: Overall

    /// Whether a row's label is the overall result (`คะแนนรวม`, `ภาพรวม`).
    func isOverall(_ text: String) -> Bool {
        text.count <= Self.longestOverallLabel && overallKeys.contains(NameKey.of(text))
    }

    // MARK: A cell

    /// What a label names, with the words that name it: an indicator's name as written, a
    /// tool's code when written as a slip for it (`IET`).
    struct Named {
        var subject: ScoreSubject
        var name: String
        var codeAsWritten: String?
    }

    /// What a label cell names, the most specific thing first: a question, an indicator, a
    /// tool, the overall result.
    func named(in text: String, numberAlone: Bool = false) -> Named? {
        let items = items(in: text)
        if items.count == 1 { return Named(subject: .item(items[0]), name: text) }
        if !items.isEmpty { return nil }
        if let indicator = indicator(in: text, numberAlone: numberAlone) {
            return Named(subject: .indicator(indicator.number), name: indicator.name)
        }
        if let tool = tool(in: text) {
            return Named(subject: .tool(code: tool.code, part: tool.part), name: text, codeAsWritten: tool.written == tool.code ? nil : tool.written)
        }
        if isOverall(text) { return Named(subject: .overall, name: text) }
        return nil
    }

    func subject(in text: String, numberAlone: Bool = false) -> ScoreSubject? {
        named(in: text, numberAlone: numberAlone)?.subject
    }
}
