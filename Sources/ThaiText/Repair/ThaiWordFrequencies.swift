import Foundation

/// How often each Thai word occurs in the Thai National Corpus (`Resources/tnc-word-frequencies.txt`,
/// its README says where it comes from and under which licence). A dictionary says only yes or
/// no; when a damaged form could be several words (`ไมแ นใ จ`: ไม่ or ไม้), the counts say which
/// is likely, and whether the form is itself a common word that must stay (`หนา`).
///
/// Loaded on first use (most text never needs it: only the repair's candidates ask), and not
/// parsed at all: the list is sorted by the words' UTF-8 bytes, so a word is found by binary
/// search in the bytes as read (about 20 steps); loading is reading 545 kB. Read-only.
public final class ThaiWordFrequencies: Sendable {
    /// The list as read: a `#total<TAB>N` line, then `word<TAB>count` lines in byte order.
    private let bytes: [UInt8]
    /// Where the first word's line starts.
    private let firstEntry: Int
    /// All the counts of the list added up (its first line): the size of the corpus as far as
    /// the list goes (words counted fewer than 10 times were left out), to turn a count into a
    /// likelihood.
    public let total: Int

    /// The corpus counts of the bundled list; empty when the resource is missing.
    public static let shared = ThaiWordFrequencies(utf8: bundledList() ?? [])

    private static func bundledList() -> [UInt8]? {
        guard let data = try? Data(contentsOf: ThaiTextResources.file("tnc-word-frequencies.txt")) else { return nil }
        return [UInt8](data)
    }

    /// A list in the resource's form: an optional `#total<TAB>N` first line, then
    /// `word<TAB>count` lines sorted by the words' UTF-8 bytes.
    public convenience init(text: String) {
        self.init(utf8: Array(text.utf8))
    }

    init(utf8 bytes: [UInt8]) {
        self.bytes = bytes
        var first = 0, total = 0
        if bytes.first == UInt8(ascii: "#") {
            while first < bytes.count, bytes[first] != UInt8(ascii: "\n") { first += 1 }
            total = Self.number(in: bytes, after: bytes[..<first].firstIndex(of: UInt8(ascii: "\t")) ?? first)
            first += 1
        }
        firstEntry = min(first, bytes.count)
        self.total = max(total, 1)
    }

    /// Every word of the list, as scalars.
    public func words() -> [[Unicode.Scalar]] {
        var words: [[Unicode.Scalar]] = []
        var start = firstEntry
        while start < bytes.count {
            var tab = start
            while tab < bytes.count, bytes[tab] != UInt8(ascii: "\t"), bytes[tab] != UInt8(ascii: "\n") { tab += 1 }
            if tab > start { words.append(Array(String(decoding: bytes[start..<tab], as: UTF8.self).unicodeScalars)) }
            var end = tab
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            start = end + 1
        }
        return words
    }

    /// How often `word` occurs in the corpus; 0 when it is not in the list (rare, or no word).
    public func count(of word: some StringProtocol) -> Int {
        lookup(Array(word.utf8))
    }

    func count(of scalars: ArraySlice<Unicode.Scalar>) -> Int {
        var key: [UInt8] = []
        key.reserveCapacity(scalars.count * 3)
        for scalar in scalars { key.append(contentsOf: UTF8.encode(scalar)!) }
        return lookup(key)
    }

    /// Binary search over the lines: each step lands in a line, goes back to its start and
    /// compares its word; the range always starts at a line start.
    private func lookup(_ key: [UInt8]) -> Int {
        var low = firstEntry, high = bytes.count
        while low < high {
            var start = (low + high) / 2
            while start > low, bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
            var tab = start
            while tab < bytes.count, bytes[tab] != UInt8(ascii: "\t"), bytes[tab] != UInt8(ascii: "\n") { tab += 1 }
            var end = tab
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            let word = bytes[start..<tab]
            if word.elementsEqual(key) { return Self.number(in: bytes, after: tab) }
            if key.lexicographicallyPrecedes(word) { high = start } else { low = end + 1 }
        }
        return 0
    }

    /// The decimal number after the tab at `tab` (0 when there is none).
    private static func number(in bytes: [UInt8], after tab: Int) -> Int {
        var index = tab + 1, value = 0
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
            value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            index += 1
        }
        return value
    }
}
