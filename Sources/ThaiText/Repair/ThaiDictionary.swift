internal import CThai
import Foundation

/// The Thai words the repairer knows: libthai's dictionary (`thbrk.tri` of libthai-data, the
/// word list Thai line breaking in GTK, Pango and LibreOffice relies on, about 25,000 words),
/// with the agency vocabulary of `Resources/agency-words.txt` added to it in memory (shown
/// in `Templates/` too, through a link: a resource must live in its own target's folder).
///
/// Why libthai's trie rather than a word list of our own: it is maintained, installed by the
/// distribution, loads in about 5 ms, and libdatrie walks it one character at a time, so
/// finding every word that starts at a position costs one step per character (about 20 ns).
///
/// Read-only once made, so one dictionary serves every thread.
public final class ThaiDictionary: @unchecked Sendable {
    private let trie: OpaquePointer

    /// libthai's dictionary with the agency vocabulary, or nil when libthai-data is not
    /// installed (then text is not repaired).
    public static let shared: ThaiDictionary? = {
        guard let path = defaultTriePath() else { return nil }
        return ThaiDictionary(triePath: path, extraWords: agencyWords())
    }()

    /// Where libthai keeps its dictionary: `LIBTHAI_DICTDIR` (libthai's own override), then
    /// the usual prefixes.
    public static func defaultTriePath() -> String? {
        var folders = ["/usr/share/libthai", "/usr/local/share/libthai", "/opt/homebrew/share/libthai"]
        // getenv, not ProcessInfo: its environment dictionary is built on first use (0.5 ms).
        if let folder = getenv("LIBTHAI_DICTDIR") { folders.insert(String(cString: folder), at: 0) }
        return folders.map { $0 + "/thbrk.tri" }.first { FileManager.default.fileExists(atPath: $0) }
    }

    /// The words of `Resources/agency-words.txt`.
    public static func agencyWords() -> [String] {
        guard let text = try? String(contentsOf: ThaiTextResources.file("agency-words.txt"), encoding: .utf8) else { return [] }
        return wordList(text)
    }

    /// The words of a word list: one a line, blank lines and `#` comments skipped.
    public static func wordList(_ text: String) -> [String] {
        text.split(separator: "\n").compactMap { line in
            let word = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first?
                .trimmingWhitespace() ?? ""
            return word.isEmpty ? nil : word
        }
    }

    public init?(triePath: String, extraWords: [String] = []) {
        guard let trie = trie_new_from_file(triePath) else { return nil }
        self.trie = trie
        for word in extraWords {
            var key = word.unicodeScalars.map { AlphaChar($0.value) }
            key.append(0)
            // A word with a character outside the trie's alphabet (Latin, digits) cannot be
            // stored, and cannot be met in the Thai runs the repairer looks at either.
            _ = trie_store(trie, key, 1)
        }
    }

    deinit { trie_free(trie) }

    /// True when `word` is a dictionary word.
    public func contains(_ word: some StringProtocol) -> Swift.Bool {
        contains(Array(word.unicodeScalars)[...])
    }

    func contains(_ scalars: ArraySlice<Unicode.Scalar>) -> Swift.Bool {
        guard !scalars.isEmpty else { return false }
        var key = scalars.map { AlphaChar($0.value) }
        key.append(0)
        return trie_retrieve(trie, key, nil).rawValue != 0
    }

    /// A cursor to walk the trie from its root; one per thread at a time.
    func makeCursor() -> Cursor { Cursor(state: trie_root(trie)) }

    final class Cursor {
        private let state: OpaquePointer

        fileprivate init(state: OpaquePointer) { self.state = state }
        deinit { trie_state_free(state) }

        /// Walks one character; false (and the cursor unchanged) when no word goes on with it.
        func walk(_ scalar: Unicode.Scalar) -> Swift.Bool {
            guard trie_state_is_walkable(state, AlphaChar(scalar.value)).rawValue != 0 else { return false }
            return trie_state_walk(state, AlphaChar(scalar.value)).rawValue != 0
        }

        /// True when the characters walked so far make a word.
        var isWord: Swift.Bool { trie_state_is_walkable(state, 0).rawValue != 0 }

        /// A cursor where this one stands, to walk on its own way from a fork: for words read
        /// across a space that may stand for a lost mark (`LostLetterSpaceRepair`).
        func copy() -> Cursor { Cursor(state: trie_state_clone(state)) }

        /// Calls `body` with the end (exclusive) of every dictionary word that starts at
        /// `start` in `scalars`, shortest first.
        func forEachWordEnd(in scalars: ArraySlice<Unicode.Scalar>, from start: Int, _ body: (Int) -> Void) {
            trie_state_rewind(state)
            var index = start
            while index < scalars.endIndex {
                guard trie_state_walk(state, AlphaChar(scalars[index].value)).rawValue != 0 else { return }
                index += 1
                // A state that can walk the terminator ends a word (libdatrie's
                // trie_state_is_terminal is a macro for this).
                if trie_state_is_walkable(state, 0).rawValue != 0 { body(index) }
            }
        }
    }
}
