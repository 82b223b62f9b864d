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

    /// The key of `name`, made once per distinct name and kept: the readers and the checks
    /// compare the same few hundred names (a template's, a report's headings and units)
    /// again and again, and each key runs the whole normaliser (3 % of `extract`'s CPU).
    static func of(_ name: String) -> String {
        keys.key(of: name)
    }

    fileprivate static func made(_ name: String) -> String {
        let normalized = normalizer.normalize(name)
        return String(normalized.filter { !$0.isWhitespace && !dropped.contains($0) }).uppercased()
    }

    private static let keys = NameKeys()
}

/// The keys made so far, shared by every thread. Bounded, so that a text of many distinct
/// long lines cannot grow it without end: past the bound, keys are made and not kept.
private final class NameKeys: @unchecked Sendable {
    /// How many keys are kept at most (a report has a few thousand distinct names).
    static let capacity = 20_000
    /// Longer names are not kept: they are sentences, seldom asked for twice.
    static let longestKept = 200

    private let lock = NSLock()
    private var keys: [String: String] = [:]

    func key(of name: String) -> String {
        lock.lock()
        if let key = keys[name] {
            lock.unlock()
            return key
        }
        lock.unlock()
        let key = NameKey.made(name)
        guard name.utf8.count <= Self.longestKept else { return key }
        lock.lock()
        if keys.count < Self.capacity { keys[name] = key }
        lock.unlock()
        return key
    }
}
