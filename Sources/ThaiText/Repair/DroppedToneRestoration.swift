/// Puts back the tone marks OCR drops. tesseract's Thai model loses a small mark above a
/// letter now and then (`ตัวชีวัด`, `หน้าที`, `ส่วนที 1`), and the forms it leaves are often
/// words, or runs of words, in their own right (หน้า + ที), which the dictionary's repair leaves.
/// Here a run of text is matched against a vocabulary with the marks set aside: where it spells
/// a known word that carries more marks than the text, and the text's marks are among them
/// in order (OCR drops marks, it does not move them), the word is put back.
///
/// Only words of at least `minimumLetters` letters are restored, and only when the form
/// without its marks is no common word itself (`corpusRatio`): a short form is too often a
/// word (`ที`, `ได`).
public struct DroppedToneRestoration: Sendable {
    /// The marks OCR drops: MAI EK, MAI THO, MAI TRI, MAI CHATTAWA, MAI TAI KHU, THANTHAKHAT.
    static let marks: Set<Unicode.Scalar> = ["\u{0E48}", "\u{0E49}", "\u{0E4A}", "\u{0E4B}", "\u{0E47}", "\u{0E4C}"]
    public var minimumLetters = 4
    /// The marked word must be counted this many times as often as its form without the
    /// marks, in the corpus (`ThaiWordFrequencies`), to be put back.
    public var corpusRatio = 20
    /// A corpus word is used only when counted at least this often: rare words are more often
    /// another word's letters with a mark too many than a word OCR damaged.
    public var minimumCorpusCount = 100

    /// Words by their letters without the marks.
    private let bySkeleton: [[Unicode.Scalar]: [Unicode.Scalar]]
    private let longest: Int

    /// `vocabulary`: words and phrases of the domain (the framework's names and wordings),
    /// taken as they are; the corpus's words with marks are added.
    public init(vocabulary: [String], frequencies: ThaiWordFrequencies = .shared, minimumLetters: Int = 4, corpusRatio: Int = 20) {
        self.minimumLetters = minimumLetters
        self.corpusRatio = corpusRatio
        var map: [[Unicode.Scalar]: [Unicode.Scalar]] = [:]
        var ambiguous: Set<[Unicode.Scalar]> = []
        func add(_ word: [Unicode.Scalar], fromCorpus: Bool) {
            let skeleton = word.filter { !Self.marks.contains($0) }
            guard skeleton.count != word.count, skeleton.count >= minimumLetters,
                  skeleton.allSatisfy({ ThaiCharacter.isThai($0) }) else { return }
            let count = frequencies.count(of: String(String.UnicodeScalarView(word)))
            let bare = frequencies.count(of: String(String.UnicodeScalarView(skeleton)))
            if bare > 0, bare * corpusRatio > max(count, 1) { return }
            if let known = map[skeleton], known != word {
                // Two marked words with the same letters (เสือ: เสื่อ, เสื้อ): neither is sure.
                if fromCorpus { ambiguous.insert(skeleton) } else { map[skeleton] = word }
                return
            }
            map[skeleton] = word
        }
        for phrase in vocabulary {
            for run in Self.thaiRuns(Array(phrase.precomposedStringWithCanonicalMapping.unicodeScalars)) { add(run, fromCorpus: false) }
        }
        for word in frequencies.words() where word.count >= minimumLetters + 1
            && frequencies.count(of: String(String.UnicodeScalarView(word))) >= minimumCorpusCount {
            add(word, fromCorpus: true)
        }
        for skeleton in ambiguous { map[skeleton] = nil }
        bySkeleton = map
        longest = map.keys.map(\.count).max() ?? 0
    }

    /// The text with the dropped marks put back.
    public func restore(_ text: String) -> String {
        guard !bySkeleton.isEmpty else { return text }
        let scalars = Array(text.unicodeScalars)
        var output: [Unicode.Scalar] = []
        var copied = 0, index = 0
        while index < scalars.count {
            guard ThaiCharacter.isThai(scalars[index]) else { index += 1; continue }
            var end = index
            while end < scalars.count, ThaiCharacter.isThai(scalars[end]) { end += 1 }
            for (range, word) in restorations(in: scalars[index..<end]) {
                output += scalars[copied..<range.lowerBound]
                output += word
                copied = range.upperBound
            }
            index = end
        }
        guard copied > 0 else { return text }
        output += scalars[copied...]
        return String(String.UnicodeScalarView(output))
    }

    /// The words of one run of Thai to put back, by the range of the text they replace. A word
    /// must stand whole where the dictionary cuts the run into words (`เมืองพล` holds no
    /// `เมื่อ`, `หลักตาม` no `ก็ตาม`).
    private func restorations(in run: ArraySlice<Unicode.Scalar>) -> [(Range<Int>, [Unicode.Scalar])] {
        var skeleton: [Unicode.Scalar] = [], at: [Int] = []
        for index in run.indices where !Self.marks.contains(run[index]) {
            skeleton.append(run[index])
            at.append(index)
        }
        guard skeleton.count >= minimumLetters else { return [] }
        var cuts: Set<Int> = [run.startIndex, run.endIndex]
        if let dictionary = ThaiDictionary.shared {
            let segmentation = WordSegmenter(dictionary: dictionary).segment(run)
            for word in segmentation.words {
                cuts.insert(run.startIndex + word.lowerBound)
                cuts.insert(run.startIndex + word.upperBound)
            }
            for (offset, known) in segmentation.known.enumerated() where !known {
                cuts.insert(run.startIndex + offset)
                cuts.insert(run.startIndex + offset + 1)
            }
        }
        var found: [(Range<Int>, [Unicode.Scalar])] = []
        var position = 0
        while position < skeleton.count {
            var matched = false
            for length in stride(from: min(longest, skeleton.count - position), through: minimumLetters, by: -1) {
                guard let word = bySkeleton[Array(skeleton[position..<(position + length)])] else { continue }
                let start = at[position]
                // The span ends before the next letter that is not a mark.
                let end = position + length < skeleton.count ? at[position + length] : run.endIndex
                guard cuts.contains(start), cuts.contains(end) else { continue }
                let span = Array(run[start..<end])
                // OCR also takes MAI EK for MAI THO and back (`ตัวชี่วัด`): put right when the
                // form as read is no word of the dictionary.
                let misread = { Self.marksDropped(from: word, leave: Self.withEkThoSwapped(span, like: word))
                    && ThaiDictionary.shared?.contains(span[...]) == false }
                if span != word, Self.marksDropped(from: word, leave: span) || misread() {
                    found.append((start..<end, word))
                }
                position += length
                matched = true
                break
            }
            if !matched { position += 1 }
        }
        return found
    }

    static let leadingVowels: Set<Unicode.Scalar> = ["\u{0E40}", "\u{0E41}", "\u{0E42}", "\u{0E43}", "\u{0E44}"]
    /// Vowels written after, above or below the letter they follow (SARA A to SARA UU, PHINTHU,
    /// NIKHAHIT): a word cannot end before one.
    static let followingVowels: Set<Unicode.Scalar> = Set((0x0E30...0x0E3A).compactMap(Unicode.Scalar.init) + ["\u{0E4D}"])

    /// Whether `span` is `word` with some of its marks left out, each other mark on the same
    /// letter as in the word (OCR drops marks; it does not add or move them).
    /// `span` with each MAI EK or MAI THO that stands where `word` has the other swapped for it.
    private static func withEkThoSwapped(_ span: [Unicode.Scalar], like word: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let ek: Unicode.Scalar = "\u{0E48}", tho: Unicode.Scalar = "\u{0E49}"
        guard span.count == word.count else { return span }
        return zip(span, word).map { mine, theirs in
            (mine == ek && theirs == tho) || (mine == tho && theirs == ek) ? theirs : mine
        }
    }

    private static func marksDropped(from word: [Unicode.Scalar], leave span: [Unicode.Scalar]) -> Bool {
        func marksByLetter(_ scalars: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
            var groups: [[Unicode.Scalar]] = []
            for scalar in scalars {
                if marks.contains(scalar) {
                    if groups.isEmpty { groups.append([]) }
                    groups[groups.count - 1].append(scalar)
                } else {
                    groups.append([])
                }
            }
            return groups
        }
        let kept = marksByLetter(span), all = marksByLetter(word)
        return kept.count == all.count && zip(kept, all).allSatisfy { $0.isSubsequence(of: $1) }
    }

    /// The runs of Thai letters in `scalars`, split at everything else (spaces, digits, Latin).
    static func thaiRuns(_ scalars: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        var runs: [[Unicode.Scalar]] = [], current: [Unicode.Scalar] = []
        for scalar in scalars {
            if ThaiCharacter.isThai(scalar), scalar != "\u{0E2F}", scalar != "\u{0E46}" {
                current.append(scalar)
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }
}

private extension Array where Element: Equatable {
    func isSubsequence(of other: [Element]) -> Bool {
        var index = other.startIndex
        for element in self {
            guard let found = other[index...].firstIndex(of: element) else { return false }
            index = found + 1
        }
        return true
    }
}
