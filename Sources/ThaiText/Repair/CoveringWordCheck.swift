/// Whether some dictionary word could cover a character of a span, looked up from the
/// character's neighbourhood only: a quick test that spares the repair the segmentation of a
/// whole run for an edit whose written characters no word could cover, which the repair
/// would then turn down anyway (`ThaiRepairer.isKnown`). Most candidate edits on a span of
/// known words are such (a mark moved to where no word has it).
///
/// It answers the segmenter's question with the segmenter's rules (a word lies within one
/// run, starts where a syllable may start, and ends at the run's end or before a character
/// that may start one), so that a character it says no word covers, no segmentation covers.
struct CoveringWordCheck {
    private let cursor: ThaiDictionary.Cursor

    init(dictionary: ThaiDictionary) {
        cursor = dictionary.makeCursor()
    }

    /// True when a dictionary word of the run holding `index` may cover it.
    func mayCover(_ index: Int, in span: [Unicode.Scalar]) -> Bool {
        guard index < span.count, span[index] != " " else { return false }
        var runStart = index
        while runStart > 0, span[runStart - 1] != " " { runStart -= 1 }
        var runEnd = index + 1
        while runEnd < span.count, span[runEnd] != " " { runEnd += 1 }
        let run = span[runStart..<runEnd]
        var covered = false
        for start in stride(from: index, through: runStart, by: -1) where WordSegmenter.canStartSyllable(span[start]) {
            cursor.forEachWordEnd(in: run, from: start) { end in
                guard !covered, end > index else { return }
                if end == runEnd || WordSegmenter.canStartSyllable(span[end]) { covered = true }
            }
            if covered { return true }
        }
        return false
    }
}
