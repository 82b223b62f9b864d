import Foundation

/// Compiled regular expressions, kept: the readers try the same few patterns on every line.
private final class RegexCache: @unchecked Sendable {
    static let shared = RegexCache()
    private let lock = NSLock()
    private var compiled: [String: NSRegularExpression] = [:]

    func regex(_ pattern: String) -> NSRegularExpression? {
        lock.lock()
        defer { lock.unlock() }
        if let regex = compiled[pattern] { return regex }
        let regex = try? NSRegularExpression(pattern: pattern)
        compiled[pattern] = regex
        return regex
    }
}

extension String {
    /// The groups of the first match of a regular expression (index 0: the whole match).
    func firstMatch(of pattern: String) -> [String]? {
        guard let regex = RegexCache.shared.regex(pattern),
              let match = regex.firstMatch(in: self, range: NSRange(startIndex..., in: self)) else { return nil }
        return groups(of: match)
    }

    /// The groups of every match of a regular expression.
    func allMatches(of pattern: String) -> [[String]] {
        guard let regex = RegexCache.shared.regex(pattern) else { return [] }
        return regex.matches(in: self, range: NSRange(startIndex..., in: self)).map(groups)
    }

    /// The ranges of every match of a regular expression.
    func allMatchRanges(of pattern: String) -> [Range<String.Index>] {
        guard let regex = RegexCache.shared.regex(pattern) else { return [] }
        return regex.matches(in: self, range: NSRange(startIndex..., in: self)).compactMap { Range($0.range, in: self) }
    }

    /// The range of the first match of a regular expression: Foundation's
    /// `range(of:options: .regularExpression)`, with the expression compiled once.
    func firstRange(ofPattern pattern: String) -> Range<String.Index>? {
        guard let regex = RegexCache.shared.regex(pattern),
              let match = regex.firstMatch(in: self, range: NSRange(startIndex..., in: self)) else { return nil }
        return Range(match.range, in: self)
    }

    private func groups(of match: NSTextCheckingResult) -> [String] {
        (0..<match.numberOfRanges).map { index in
            Range(match.range(at: index), in: self).map { String(self[$0]) } ?? ""
        }
    }
}

extension String {
    /// How many times `word` occurs in the text, scalar for scalar, without overlaps (as
    /// `containsExactly` looks for it).
    func occurrences(of word: String) -> Int {
        var text = self, word = word
        return text.withUTF8 { text in word.withUTF8 { UTF8Search.count(text, $0) } }
    }
}

extension StringProtocol {
    /// True when `word` occurs in the text, scalar for scalar. Foundation's `contains` folds
    /// character clusters on every call, which made it a tenth of a report's reading; text here
    /// is NFC with its Thai marks in canonical order, so an exact search finds the same words.
    func containsExactly(_ word: String) -> Bool {
        // The standard library's generic `firstRange(of:)` cost as much as Foundation's search
        // (a tenth of the validator); the bytes of a native string are searched directly.
        let found = utf8.withContiguousStorageIfAvailable { text in
            var pattern = word
            return pattern.withUTF8 { UTF8Search.contains(text, $0) }
        }
        return found ?? (utf8.firstRange(of: word.utf8) != nil)
    }
}

/// A byte search for `containsExactly` and `occurrences`: the first byte found by a scan, the
/// rest compared.
enum UTF8Search {
    static func contains(_ text: UnsafeBufferPointer<UInt8>, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !word.isEmpty else { return true }
        return firstMatch(of: word, in: text, from: 0) != nil
    }

    /// How many times `word` stands in `text`, without overlaps; none for an empty word.
    static func count(_ text: UnsafeBufferPointer<UInt8>, _ word: UnsafeBufferPointer<UInt8>) -> Int {
        guard !word.isEmpty else { return 0 }
        var count = 0
        var start = 0
        while let found = firstMatch(of: word, in: text, from: start) {
            count += 1
            start = found + word.count
        }
        return count
    }

    /// Where `word` (not empty) first stands in `text` at or after `from`.
    private static func firstMatch(of word: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard word.count <= text.count else { return nil }
        let first = word[0]
        let last = text.count - word.count
        var start = from
        while start <= last {
            if text[start] == first {
                var matched = 1
                while matched < word.count && text[start + matched] == word[matched] { matched += 1 }
                if matched == word.count { return start }
            }
            start += 1
        }
        return nil
    }
}
