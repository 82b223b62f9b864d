import Foundation
import ThaiText

/// The form in which names from a template and names as a report writes them are compared:
/// Thai text repaired by `ThaiNormalizer` (SARA AM written ํ + า, marks out of order, PUA
/// glyphs), without white space or quotation marks, Latin letters in capitals.
///
/// Why: the same level or indicator reaches us as “ผ่านดี”, ผ่าน ดี, or การใช้อํานาจ with a
/// decomposed SARA AM; none of that is a different name. Spelling variants that are more
/// than that (การปรับปรุงกระบวนการทำงาน) are listed as aliases in the templates instead.
enum NameKey {
    private static let normalizer = ThaiNormalizer()
    private static let dropped: Set<Character> = ["\"", "'", "“", "”", "‘", "’", "«", "»"]

    static func of(_ name: String) -> String {
        let normalized = normalizer.normalize(name)
        return String(normalized.filter { !$0.isWhitespace && !dropped.contains($0) }).uppercased()
    }

    /// The key of a word of ita's own vocabulary (a template's heading, mark or code), made
    /// once and kept: the results-list reader compared every header cell with the key of each
    /// heading word made anew, 5 % of reading a report that is no list at all.
    static func ofKnownWord(_ word: String) -> String {
        knownWords.key(of: word)
    }

    private static let knownWords = KnownWordKeys()
}

/// The keys of vocabulary words made so far (`NameKey.ofKnownWord`); the vocabulary is small.
private final class KnownWordKeys: @unchecked Sendable {
    private let lock = NSLock()
    private var keys: [String: String] = [:]

    func key(of word: String) -> String {
        lock.lock()
        if let key = keys[word] {
            lock.unlock()
            return key
        }
        lock.unlock()
        let key = NameKey.of(word)
        lock.lock()
        keys[word] = key
        lock.unlock()
        return key
    }
}
