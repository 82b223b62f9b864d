/// How well a run of Thai segments into dictionary words: first how many of its characters
/// no dictionary word covers, then how many words it takes. Lower is better: a repair must
/// lower it.
struct SegmentationCost: Comparable, Hashable, Sendable {
    var unknown: Int
    var words: Int

    static let zero = SegmentationCost(unknown: 0, words: 0)

    static func < (a: Self, b: Self) -> Bool {
        a.unknown != b.unknown ? a.unknown < b.unknown : a.words < b.words
    }

    static func + (a: Self, b: Self) -> Self {
        SegmentationCost(unknown: a.unknown + b.unknown, words: a.words + b.words)
    }
}

/// The best segmentation of a run of Thai (no spaces) into dictionary words, and which of
/// its characters a word covers.
struct Segmentation: Sendable {
    var cost: SegmentationCost
    /// Per character of the run: true when a dictionary word covers it.
    var known: [Bool]
    /// The dictionary words of the segmentation, as ranges of the run's offsets (0-based), in
    /// order: where the word frequencies are looked up.
    var words: [Range<Int>] = []
}

/// Segments runs of Thai into dictionary words, fewest unknown characters first, then
/// fewest words (longest matching, found exactly by dynamic programming).
struct WordSegmenter {
    let dictionary: ThaiDictionary

    func segment(_ run: ArraySlice<Unicode.Scalar>) -> Segmentation {
        let count = run.count
        let base = run.startIndex
        let unreachable = SegmentationCost(unknown: Int.max / 4, words: 0)
        var best = [SegmentationCost](repeating: unreachable, count: count + 1)
        // Where the best path to each position comes from, and whether by a word.
        var from = [Int](repeating: -1, count: count + 1)
        var byWord = [Bool](repeating: false, count: count + 1)
        best[0] = .zero
        let cursor = dictionary.makeCursor()
        for position in 0..<count {
            let here = best[position]
            let unknownStep = here + SegmentationCost(unknown: 1, words: 0)
            if unknownStep < best[position + 1] {
                best[position + 1] = unknownStep
                from[position + 1] = position
                byWord[position + 1] = false
            }
            guard Self.canStartSyllable(run[base + position]) else { continue }
            let wordStep = here + SegmentationCost(unknown: 0, words: 1)
            cursor.forEachWordEnd(in: run, from: base + position) { end in
                let local = end - base
                // A word cannot end where the next character belongs to its last syllable.
                guard local == count || Self.canStartSyllable(run[end]) else { return }
                if wordStep < best[local] {
                    best[local] = wordStep
                    from[local] = position
                    byWord[local] = true
                }
            }
        }
        var known = [Bool](repeating: false, count: count)
        var words: [Range<Int>] = []
        var position = count
        while position > 0 {
            let start = from[position]
            if byWord[position] {
                for index in start..<position { known[index] = true }
                words.append(start..<position)
            }
            position = start
        }
        return Segmentation(cost: best[count], known: known, words: words.reversed())
    }

    /// False for the characters that cannot begin a syllable: the marks above and below and
    /// the vowels written after their consonant (SARA A, SARA AA, SARA AM, LAKKHANGYAO).
    static func canStartSyllable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0E30, 0x0E32, 0x0E33, 0x0E45: return false
        default: return !ThaiCharacter.isCombiningMark(scalar)
        }
    }
}
