import Foundation

/// How often each Thai word occurs in the Thai National Corpus (`Resources/tnc-word-frequencies.txt`,
/// its README says where it comes from and under which licence). A dictionary says only yes or
/// no; when a damaged form could be several words (`กลุม`: กลุ่ม; `ที`: ที or ที่), the counts
/// say which is likely, and whether the form is itself a common word that must stay (`หนา`).
///
/// Loaded once, on first use (most text never needs it: only the repair's ties and lines that
/// lost their tone marks ask), in a few milliseconds. Read-only afterwards.
public final class ThaiWordFrequencies: Sendable {
    private let counts: [String: Int]
    /// All the counts added up: the size of the corpus as far as the list goes (words counted
    /// fewer than 10 times were left out of it), to turn a count into a likelihood.
    public let total: Int

    /// The corpus counts of the bundled list; empty when the resource is missing.
    public static let shared = ThaiWordFrequencies(text: bundledList() ?? "")

    private static func bundledList() -> String? {
        guard let url = Bundle.module.url(forResource: "tnc-word-frequencies", withExtension: "txt") else { return nil }
        return try? String(contentsOf: url, encoding: .utf8)
    }

    /// Reads `word<TAB>count` lines; malformed lines are skipped.
    public init(text: String) {
        var counts: [String: Int] = [:]
        counts.reserveCapacity(26_000)
        for line in text.split(separator: "\n") {
            guard let tab = line.firstIndex(of: "\t"),
                  let count = Int(line[line.index(after: tab)...]) else { continue }
            counts[String(line[..<tab])] = count
        }
        self.counts = counts
        total = max(counts.values.reduce(0, +), 1)
    }

    /// How often `word` occurs in the corpus; 0 when it is not in the list (rare, or no word).
    public func count(of word: some StringProtocol) -> Int {
        counts[String(word)] ?? 0
    }

    func count(of scalars: ArraySlice<Unicode.Scalar>) -> Int {
        var word = String.UnicodeScalarView()
        word.append(contentsOf: scalars)
        return counts[String(word)] ?? 0
    }
}
