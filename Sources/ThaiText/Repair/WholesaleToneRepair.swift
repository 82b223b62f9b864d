/// Puts tone marks back on a line that lost every one of them (`สวนที่ 3 หลักเกณฑและขอตกลง`
/// from a font whose tone marks have no text): there the words that lost a mark are often
/// still words (`ได`, `ที`, `ตอง`), which the span repair never edits. A word gets a mark back
/// only when the marked word is a dictionary word that the corpus counts
/// `wholesaleToneRatio` times as often as the word as it stands (ได → ได้), and at least
/// `minimumShortWordCount` times; a form that is a common word in its own right stays
/// (`หนา`, `ขอ`, `แก`, `สวน`), as does any word when two marks would do about equally well.
///
/// The evidence is read from the text as it came, before any repair: a line with at least
/// `minimumLettersForToneEvidence` Thai letters, not one tone mark or THANTHAKHAT straight
/// on a consonant or a lower vowel, and a word run that no dictionary
/// word covers. (Such fonts draw those marks low, with glyphs that have no text; a tone mark
/// above an upper vowel, as in ที่, is drawn high and survives.) On such a line the span
/// repair may also put a dropped mark back where no unknown character is near, when the run
/// then reads as fewer words (`ขาราชการ` → ข้าราชการ, not ขา ราชการ).
struct WholesaleToneRepair {
    let dictionary: ThaiDictionary
    /// The corpus counts, asked for only when a line shows the damage (loading them costs).
    let counts: () -> ThaiWordFrequencies
    let settings: ThaiRepairSettings
    private var frequencies: ThaiWordFrequencies { counts() }

    /// MAI EK, MAI THO, MAI TAI KHU, THANTHAKHAT: what such a font loses.
    static let marks: [Unicode.Scalar] = ["\u{0E48}", "\u{0E49}", "\u{0E47}", "\u{0E4C}"]
    /// SARA U and SARA UU: a tone mark after them is drawn low, and lost with the others.
    static let lowerVowels: Set<UInt32> = [0x0E38, 0x0E39]

    /// The numbers (from 0) of the lines of `original` that lost their tone marks.
    func evidenceLines(in original: [Unicode.Scalar]) -> Set<Int> {
        var lines: Set<Int> = []
        let segmenter = WordSegmenter(dictionary: dictionary)
        var line = 0, start = 0
        for end in 0...original.count where end == original.count || original[end] == "\n" {
            let text = original[start..<end]
            let letters = text.lazy.filter(ThaiCharacter.isConsonant).count
            if letters >= settings.minimumLettersForToneEvidence,
               !Self.hasLowMark(text),
               ThaiSpanFinder.spans(in: Array(text)).contains(where: { span in
                   span.runs.contains { run in
                       let scalars = Array(text)[run]
                       return !dictionary.contains(scalars) && segmenter.segment(scalars).cost.unknown > 0
                   }
               }) {
                lines.insert(line)
            }
            line += 1
            start = end + 1
        }
        return lines
    }

    func repair(_ scalars: [Unicode.Scalar], lines: Set<Int>) -> (scalars: [Unicode.Scalar], changes: [ThaiRepairer.Change]) {
        guard !lines.isEmpty else { return (scalars, []) }
        let segmenter = WordSegmenter(dictionary: dictionary)
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(scalars.count + 16)
        var changes: [ThaiRepairer.Change] = []
        var line = 0, start = 0
        for end in 0...scalars.count where end == scalars.count || scalars[end] == "\n" {
            var text = Array(scalars[start..<end])
            if lines.contains(line) {
                for span in ThaiSpanFinder.spans(in: text).reversed() {
                    for run in span.runs.reversed() {
                        let segmentation = segmenter.segment(text[run])
                        for word in segmentation.words.reversed() {
                            let range = word.lowerBound + run.lowerBound..<word.upperBound + run.lowerBound
                            guard let marked = markedWord(Array(text[range])) else { continue }
                            changes.append(ThaiRepairer.Change(
                                before: String(scalars: Array(text[range])), after: String(scalars: marked),
                                offset: start + range.lowerBound, kinds: [.toneMarksLostWholesale]))
                            text.replaceSubrange(range, with: marked)
                        }
                    }
                }
            }
            output += text
            if end < scalars.count { output.append("\n") }
            line += 1
            start = end + 1
        }
        // Each offset points into `scalars`: a line's words are mended from its end, so the
        // ones before stay where they were.
        changes.sort { $0.offset < $1.offset }
        return (output, changes)
    }

    /// True when a tone mark or THANTHAKHAT sits straight on a consonant or a lower vowel: the
    /// marks such a font loses. (Not MAI TAI KHU: a Royal Gazette text that lost them kept
    /// its เป็น.)
    static func hasLowMark(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        var previous: Unicode.Scalar = " "
        for scalar in text {
            if ThaiCharacter.isToneMark(scalar) || scalar == "\u{0E4C}",
               ThaiCharacter.isConsonant(previous) || previous == "\u{0E38}" || previous == "\u{0E39}" { return true }
            previous = scalar
        }
        return false
    }

    /// `word` with one mark put back, when the corpus leaves no doubt; nil otherwise.
    private func markedWord(_ word: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        let own = frequencies.count(of: word[...])
        var found: [(word: [Unicode.Scalar], count: Int)] = []
        for index in 1...word.count {
            let previous = word[index - 1]
            let next = index < word.count ? word[index] : nil
            if let next, ThaiCharacter.isCombiningMark(next) { continue }
            for mark in Self.marks {
                let onConsonant = ThaiCharacter.isConsonant(previous)
                let onVowel = Self.lowerVowels.contains(previous.value) && ThaiCharacter.isToneMark(mark)
                    && index >= 2 && ThaiCharacter.isConsonant(word[index - 2])
                guard onConsonant || onVowel else { continue }
                var marked = word
                marked.insert(mark, at: index)
                guard dictionary.contains(marked[...]) else { continue }
                found.append((marked, frequencies.count(of: marked[...])))
            }
        }
        found.sort { $0.count > $1.count }
        guard let best = found.first,
              best.count >= max(settings.wholesaleToneRatio * max(own, 1), settings.minimumShortWordCount) else { return nil }
        if found.count > 1, best.count < settings.frequencyTieRatio * max(found[1].count, 1) { return nil }
        return best.word
    }
}
