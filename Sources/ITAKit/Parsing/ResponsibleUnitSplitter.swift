import Foundation
import ThaiText

/// Splits the responsible-unit cell (ผู้รับผิดชอบ) of a measures table into units:
/// "สำนักปลัดกองการเจ้าหน้าที่กองยุทธศาสตร์และงบประมาณและทุกส่วนราชการ" →
/// ["สำนักปลัด", "กองการเจ้าหน้าที่", "กองยุทธศาสตร์และงบประมาณ", "ทุกส่วนราชการ"].
///
/// Reports separate units with spaces, line breaks, commas, slashes and และ, or with
/// nothing at all; and a cell wraps a long name anywhere ("กองยุทธศาสตร์และ งบประมาณ"). So
/// the words decide, not the spaces. Templates/units.json lists them (see its "about"):
/// - known full names, matched across spaces and line breaks, given back as listed, and
///   never cut at a word inside them (the และ of กองยุทธศาสตร์และงบประมาณ, the กอง of
///   นายกองค์การบริหารส่วนตำบล);
/// - the words a unit starts with (สำนัก, กอง, ฝ่าย, งาน, ทุก…, หัวหน้า…, นายก, ปลัด…): a new
///   unit after a space, separator or conjunction, and for กอง and สำนัก also in glued text;
///   those that are no unit alone (กอง, หัวหน้า) take the words after them;
/// - conjunctions (และ, ร่วมกับ) that separate units only when a unit follows them.
/// Text between is part of the unit before it, its spaces kept.
public struct ResponsibleUnitSplitter: Sendable {
    private let vocabulary: UnitVocabulary

    /// Loads units.json from `TemplatesFolder.url`, or from the built-in Templates when that
    /// folder (an `ITA_TEMPLATES` override) has none. With neither, units are split at
    /// separators only.
    public init() {
        vocabulary = UnitsFile.load().map(UnitVocabulary.init(file:)) ?? UnitVocabulary()
    }

    /// Whether a cell starts with a unit: a known full name, or a head word that starts units
    /// even in glued text (สำนัก…, กอง…). Tells a responsible column whose heading was lost.
    public func startsWithUnit(_ text: String) -> Bool {
        let scalars = Array(ThaiNormalizer().normalize(text.trimmingCharacters(in: .whitespacesAndNewlines)).unicodeScalars)
        guard let first = scalars.first else { return false }
        func starts(_ word: [Unicode.Scalar]) -> Bool { scalars.count >= word.count && Array(scalars.prefix(word.count)) == word }
        return (vocabulary.units[first] ?? []).contains(where: starts)
            || (vocabulary.heads[first] ?? []).contains { $0.splitsGluedText && starts($0.word) }
    }

    public func split(_ text: String) -> [String] {
        var scanner = UnitScanner(vocabulary: vocabulary, text: text)
        return scanner.units()
    }
}

// MARK: - The words

/// units.json, decoded and prepared for matching at every position.
private struct UnitVocabulary: Sendable {
    struct Head: Sendable {
        let word: [Unicode.Scalar]
        /// The word alone is no unit (กอง, หัวหน้า): it takes what follows.
        let needsName: Bool
        /// Starts a unit even in text written without spaces.
        let splitsGluedText: Bool
    }

    /// Known full names by their first letter, longest first so that สำนักปลัดเทศบาล wins
    /// over สำนักปลัด. (Tried at every position of a cell: the index keeps that cheap.)
    var units: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
    /// Head words by their first letter, longest first.
    var heads: [Unicode.Scalar: [Head]] = [:]
    var conjunctions: [[Unicode.Scalar]] = []
    var labels: [[Unicode.Scalar]] = []

    init() {}

    init(file: UnitsFile) {
        func prepared(_ words: [String]) -> [[Unicode.Scalar]] {
            words.map { Array(ThaiNormalizer().normalize($0).unicodeScalars) }
                .filter { !$0.isEmpty }
                .sorted { $0.count > $1.count }
        }
        units = Dictionary(grouping: prepared(file.units)) { $0[0] }
        let heads = file.heads
            .map { Head(word: Array(ThaiNormalizer().normalize($0.word).unicodeScalars),
                        needsName: $0.needsName ?? false, splitsGluedText: $0.splitsGluedText ?? false) }
            .filter { !$0.word.isEmpty }
            .sorted { $0.word.count > $1.word.count }
        self.heads = Dictionary(grouping: heads) { $0.word[0] }
        conjunctions = prepared(file.conjunctions)
        labels = prepared(file.labels ?? [])
    }
}

// MARK: - The scan

/// One pass over a cell's text, building units as it goes.
private struct UnitScanner {
    private struct Unit {
        var text: [Unicode.Scalar]
        var needsName: Bool
    }

    private let vocabulary: UnitVocabulary
    private let scalars: [Unicode.Scalar]
    private var position = 0
    private var finished: [[Unicode.Scalar]] = []
    private var current: Unit?
    /// White space since the last thing read: where a unit may start.
    private var afterSpace = false

    init(vocabulary: UnitVocabulary, text: String) {
        self.vocabulary = vocabulary
        self.scalars = Self.withoutTags(Array(ThaiNormalizer().normalize(text).unicodeScalars))
    }

    mutating func units() -> [String] {
        while position < scalars.count {
            let scalar = scalars[position]
            if Self.isWhiteSpace(scalar) {
                afterSpace = true
                position += 1
                continue
            }
            readItem(startingWith: scalar)
            afterSpace = false
        }
        close()
        var seen = Set<String>()
        return finished
            .map { String(String.UnicodeScalarView($0)) }
            .filter { seen.insert($0).inserted }
    }

    private mutating func readItem(startingWith scalar: Unicode.Scalar) {
        let atBoundary = current == nil || afterSpace
        if Self.isSeparator(scalar) {
            close()
            position += 1
        } else if atBoundary, let end = numberingEnd(at: position) {
            close()
            position = end
        } else if atBoundary, current?.needsName != true, let end = longestMatch(of: vocabulary.labels, at: position) {
            close()
            position = end
            if position < scalars.count, scalars[position] == ":" { position += 1 }
        } else if let (name, end) = knownUnit(at: position) {
            // Given back as listed: without the spaces of a wrapped cell.
            startOrContinue(with: name, needsName: false)
            position = end
        } else if current?.needsName != true, let end = conjunctionBeforeUnit(at: position) {
            close()
            position = end
        } else if let head = longestHead(at: position) {
            if atBoundary || current?.needsName == true || head.splitsGluedText {
                startOrContinue(with: head.word, needsName: head.needsName)
            } else {
                append(head.word)
            }
            position += head.word.count
        } else {
            append([scalar])
            position += 1
        }
    }

    /// A unit or head word: it continues a unit that still needs its name, or starts one.
    private mutating func startOrContinue(with word: [Unicode.Scalar], needsName: Bool) {
        if current?.needsName == true {
            append(word)
            current?.needsName = needsName
        } else {
            close()
            current = Unit(text: word, needsName: needsName)
        }
    }

    /// Text that belongs to the unit being read (or starts one).
    private mutating func append(_ words: [Unicode.Scalar]) {
        guard current != nil else {
            current = Unit(text: words, needsName: false)
            return
        }
        // Mutated in place: a copy per letter would make long cells quadratic.
        if afterSpace, current?.text.isEmpty == false { current?.text.append(" ") }
        current?.text += words
        current?.needsName = false
    }

    private mutating func close() {
        guard let unit = current else { return }
        current = nil
        var text = unit.text[...]
        while let last = text.last, Self.isWhiteSpace(last) || Self.trailingPunctuation.contains(last) { text.removeLast() }
        while let first = text.first, Self.isWhiteSpace(first) { text.removeFirst() }
        if !text.isEmpty { finished.append(Array(text)) }
    }

    // MARK: Matching

    /// A conjunction with a known unit or a head after it (white space allowed between):
    /// the index after the conjunction. One with nothing after it is dropped too.
    private func conjunctionBeforeUnit(at start: Int) -> Int? {
        guard let end = longestMatch(of: vocabulary.conjunctions, at: start) else { return nil }
        var next = end
        while next < scalars.count, Self.isWhiteSpace(scalars[next]) { next += 1 }
        if next == scalars.count || Self.isSeparator(scalars[next]) { return next }
        if knownUnit(at: next) != nil || longestHead(at: next) != nil {
            return end
        }
        return nil
    }

    private func longestHead(at start: Int) -> UnitVocabulary.Head? {
        guard start < scalars.count else { return nil }
        return vocabulary.heads[scalars[start]]?.first { matches($0.word, at: start, acrossWhiteSpace: false) != nil }
    }

    private func longestMatch(of words: [[Unicode.Scalar]], at start: Int) -> Int? {
        for word in words {
            if let end = matches(word, at: start, acrossWhiteSpace: false) { return end }
        }
        return nil
    }

    /// The longest known unit at `start`, spelled across white space, and where it ends.
    private func knownUnit(at start: Int) -> (name: [Unicode.Scalar], end: Int)? {
        guard start < scalars.count else { return nil }
        for name in vocabulary.units[scalars[start]] ?? [] {
            if let end = matches(name, at: start, acrossWhiteSpace: true) { return (name, end) }
        }
        return nil
    }

    /// The end of `word` when the text at `start` spells it (skipping white space inside
    /// it when `acrossWhiteSpace`), and it ends where a Thai cluster ends: นายก is not in
    /// นายกิตติโชติ.
    private func matches(_ word: [Unicode.Scalar], at start: Int, acrossWhiteSpace: Bool) -> Int? {
        guard !isMidCluster(start) else { return nil }
        var position = start
        for (index, expected) in word.enumerated() {
            if acrossWhiteSpace, index > 0 {
                while position < scalars.count, Self.isWhiteSpace(scalars[position]) { position += 1 }
            }
            guard position < scalars.count, scalars[position] == expected else { return nil }
            position += 1
        }
        if position < scalars.count, Self.continuesCluster(scalars[position]) { return nil }
        return position
    }

    /// Whether `index` is inside a Thai syllable: after a leading vowel (เ แ โ ใ ไ) or
    /// before a mark or a following vowel that belongs to the letter before.
    private func isMidCluster(_ index: Int) -> Bool {
        if index < scalars.count, Self.continuesCluster(scalars[index]) { return true }
        guard index > 0 else { return false }
        return (0x0E40...0x0E44).contains(scalars[index - 1].value)
    }

    private static func continuesCluster(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0E30...0x0E3A, 0x0E45, 0x0E47...0x0E4E: return true
        default: return false
        }
    }

    /// "1.", "๑)", "(1)" where a unit could start: list numbering, not part of a name.
    private func numberingEnd(at start: Int) -> Int? {
        var position = start
        let opened = scalars[position] == "("
        if opened { position += 1 }
        let digitsStart = position
        while position < scalars.count, Self.isDigit(scalars[position]) { position += 1 }
        guard position > digitsStart, position < scalars.count else { return nil }
        if scalars[position] == ")" || (!opened && scalars[position] == ".") { return position + 1 }
        return nil
    }

    // MARK: Characters

    private static let trailingPunctuation: Set<Unicode.Scalar> = [".", ":", ";", ","]

    /// Between units: commas, slashes, semicolons, bullets, dashes.
    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2C, 0x2F, 0x3B, 0x7C, 0x2D, 0x2022, 0x00B7, 0x2013, 0x2014, 0x3001, 0xFF0C, 0xFF0F: return true
        default: return false
        }
    }

    private static func isWhiteSpace(_ scalar: Unicode.Scalar) -> Bool {
        ThaiCharacter.isWhitespace(scalar) || scalar == "\u{200B}"
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ThaiCharacter.isDigit(scalar) }

    /// The text with markup tags (`<p>`, `</p>`, `<br>`) replaced by spaces: the text
    /// reader leaves them in cells.
    private static func withoutTags(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "<", let end = MarkupTag.end(in: scalars, from: index) {
                result.append(" ")
                index = end + 1
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return result
    }
}
