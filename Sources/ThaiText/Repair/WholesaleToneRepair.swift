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
/// word covers or `minimumMarkedWordsForToneEvidence` words this repair would mark. (Such fonts draw those marks low, with glyphs that have no text; a tone mark
/// above an upper vowel, as in ที่, is drawn high and survives.) On such a line the span
/// repair may also put a dropped mark back where no unknown character is near, when the run
/// then reads as fewer words (`ขาราชการ` → ข้าราชการ, not ขา ราชการ).
struct WholesaleToneRepair {
    let dictionary: ThaiDictionary
    /// The corpus counts, asked for only when a line shows the damage (loading them costs).
    let counts: () -> ThaiWordFrequencies
    let settings: ThaiRepairSettings
    /// The words and pairs already tested for evidence.
    var markings = WordMarkingCache(capacity: 200_000)
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
            if letters >= settings.minimumLettersForToneEvidence, !Self.hasLowMark(text) {
                let scalars = Array(text)
                let runs = ThaiSpanFinder.spans(in: scalars).flatMap(\.runs)
                // Not a run of one letter: ณ (at), a list's ก or a lone initial is no word
                // libthai knows, and no sign of a lost mark.
                let hasUnknownRun = runs.contains { run in
                    run.count > 1 && !dictionary.contains(scalars[run]) && segmenter.segment(scalars[run]).cost.unknown > 0
                }
                if hasUnknownRun || hasMarkableWords(scalars, runs: runs, segmenter: segmenter) { lines.insert(line) }
            }
            line += 1
            start = end + 1
        }
        return lines
    }

    /// `putBack`: how many marks the rounds already put back on each line. Where those and the
    /// words that would take a mark at `lostLineToneRatio` are at least
    /// `ThaiRepairSettings.minimumMendedWordsForFrequency`, the whole line shows the loss: there a
    /// word that is a word as it stands gets its mark back when the corpus counts the marked word
    /// `lostLineToneRatio` times as often (frequency decides), not `wholesaleToneRatio` times.
    func repair(_ scalars: [Unicode.Scalar], lines: Set<Int>, putBack: [Int: Int] = [:])
        -> (scalars: [Unicode.Scalar], changes: [ThaiRepairer.Change]) {
        guard !lines.isEmpty else { return (scalars, []) }
        let segmenter = WordSegmenter(dictionary: dictionary)
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(scalars.count + 16)
        var changes: [ThaiRepairer.Change] = []
        var line = 0, start = 0
        for end in 0...scalars.count where end == scalars.count || scalars[end] == "\n" {
            var text = Array(scalars[start..<end])
            if lines.contains(line) {
                let runs = ThaiSpanFinder.spans(in: text).flatMap(\.runs)
                let pieces = runs.map { Self.pieces(of: segmenter.segment(text[$0]), in: $0) }
                let markable = pieces.joined().filter { $0.known && markedWord(Array(text[$0.range]), ratio: settings.lostLineToneRatio) != nil }
                let ratio = putBack[line, default: 0] + markable.count >= settings.minimumMendedWordsForFrequency
                    ? settings.lostLineToneRatio : settings.wholesaleToneRatio
                for runPieces in pieces.reversed() {
                    let words = runPieces.map(\.range)
                    // The words from the end; `untouched` is false once the word after the
                    // current one was mended (its range no longer holds).
                    var untouched = false
                    for index in words.indices.reversed() {
                        // Letters no word covers are the rounds' to mend, not this repair's:
                        // pairing them with the word before (`ผู้` + `ใช`: ผู้ใช้) changed a
                        // correct name on the measuring set.
                        guard runPieces[index].known else {
                            untouched = false
                            continue
                        }
                        var range = words[index]
                        var marked = untouched ? markedPair(text[range], text[words[index + 1]]) : nil
                        if marked != nil { range = range.lowerBound..<words[index + 1].upperBound }
                        marked = marked ?? markedWord(Array(text[range]), ratio: ratio)
                        untouched = marked == nil
                        guard let marked else { continue }
                        changes.append(ThaiRepairer.Change(
                            before: String(scalars: Array(text[range])), after: String(scalars: marked),
                            offset: start + range.lowerBound, kinds: [.toneMarksLostWholesale]))
                        text.replaceSubrange(range, with: marked)
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

    /// A run's dictionary words and, between them, its stretches of letters no word covers, in
    /// order, as ranges of the line.
    private static func pieces(of segmentation: Segmentation, in run: Range<Int>) -> [(range: Range<Int>, known: Bool)] {
        var pieces: [(range: Range<Int>, known: Bool)] = []
        var position = 0
        for word in segmentation.words {
            if word.lowerBound > position { pieces.append((run.lowerBound + position..<run.lowerBound + word.lowerBound, false)) }
            pieces.append((run.lowerBound + word.lowerBound..<run.lowerBound + word.upperBound, true))
            position = word.upperBound
        }
        if position < run.count { pieces.append((run.lowerBound + position..<run.upperBound, false)) }
        return pieces
    }

    /// True when a tone mark or THANTHAKHAT sits straight on a consonant or a lower vowel: the
    /// marks such a font loses. (Not MAI TAI KHU: a Royal Gazette text that lost them kept
    /// its เป็น.)
    static func hasLowMark(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        var previous: Unicode.Scalar = " "
        var index = text.startIndex
        for scalar in text {
            index += 1
            // A tone mark before SARA AM (`น้ำ`) is drawn high, above the NIKHAHIT, and survives.
            let beforeSaraAm = index < text.endIndex && (text[index] == ThaiCharacter.saraAm || text[index] == ThaiCharacter.nikhahit)
            if ThaiCharacter.isToneMark(scalar) || scalar == "\u{0E4C}", !beforeSaraAm,
               ThaiCharacter.isConsonant(previous) || previous == "\u{0E38}" || previous == "\u{0E39}" { return true }
            previous = scalar
        }
        return false
    }

    /// True when at least `minimumMarkedWordsForToneEvidence` words or neighbouring pairs of
    /// the runs are ones this repair would mark (`ได`, `ตอ`, `ให`: each far rarer than the word
    /// with its mark; `เทา นั้น`, far rarer than เท่านั้น, counted only beside one such word): a line
    /// that lost its tone marks may still read as words throughout (`ไดสรุปลักษณะ...ดังตอไปนี้`).
    private func hasMarkableWords(_ scalars: [Unicode.Scalar], runs: [Range<Int>], segmenter: WordSegmenter) -> Bool {
        let needed = settings.minimumMarkedWordsForToneEvidence
        guard needed > 0 else { return false }
        let runWords = runs.map { run in
            segmenter.segment(scalars[run]).words.map { $0.lowerBound + run.lowerBound..<$0.upperBound + run.lowerBound }
        }
        var found = 0
        var single: [[Bool]] = []
        for words in runWords {
            single.append(words.map { range in
                let word = Array(scalars[range])
                return markings.outcome(for: word, computing: { markedWord(word) != nil })
            })
            found += single[single.count - 1].filter { $0 }.count
            if found >= needed { return true }
        }
        // Pairs (`เทา` + `นั้น`: เท่านั้น) cost some forty corpus look-ups each: tested only on
        // a line that already shows one markable word.
        guard found > 0 else { return false }
        for (words, marked) in zip(runWords, single) where words.count > 1 {
            for index in 0..<words.count - 1 where !marked[index] && !marked[index + 1] {
                let key = Array(scalars[words[index]]) + [" "] + scalars[words[index + 1]]
                guard markings.outcome(for: key, computing: {
                    markedPair(scalars[words[index]], scalars[words[index + 1]], bothParts: false) != nil
                }) else { continue }
                found += 1
                if found >= needed { return true }
            }
        }
        return false
    }

    /// Two neighbouring words of one compound that lost a mark in one part or in both
    /// (`เทานั้น` read as เทา + นั้น for เท่านั้น, `คุมคา` as คุม + คา for คุ้มค่า), joined with the
    /// marks put back: taken when the compound is a
    /// dictionary or corpus word that the corpus makes `wholesaleToneRatio` times as likely as the two
    /// words as they stand (each word by its count), a short compound also counted at least
    /// `minimumShortWordCount` times, and no other pair of marks does about as well. A single
    /// word's mark is `markedWord`'s.
    /// `bothParts`: also try a mark in each part (about (4n)² joins, against 4n for one mark):
    /// for the repair of a line, not for the test of every line.
    private func markedPair(_ first: ArraySlice<Unicode.Scalar>, _ second: ArraySlice<Unicode.Scalar>,
                            bothParts: Bool = true) -> [Unicode.Scalar]? {
        let firsts = markings(of: Array(first)), seconds = markings(of: Array(second))
        guard firsts.count > 1 || seconds.count > 1 else { return nil }
        let bare = first.count + second.count
        var found: [(word: [Unicode.Scalar], count: Int)] = []
        for left in firsts {
            for right in seconds where left.count + right.count > bare && (bothParts || left.count + right.count == bare + 1) {
                let joined = left + right
                // A corpus word will do: libthai's list lacks many compounds (คุ้มค่า).
                let count = frequencies.count(of: joined[...])
                guard count > 0 || dictionary.contains(joined[...]) else { continue }
                found.append((joined, count))
            }
        }
        found.sort { $0.count > $1.count }
        guard let best = found.first else { return nil }
        if best.word.count <= settings.shortWordLength, best.count < settings.minimumShortWordCount { return nil }
        if found.count > 1, best.count < settings.frequencyTieRatio * max(found[1].count, 1) { return nil }
        let total = Double(frequencies.total)
        let apart = Double(max(frequencies.count(of: first), 1)) / total * Double(max(frequencies.count(of: second), 1)) / total
        guard Double(best.count) / total >= Double(settings.wholesaleToneRatio) * apart else { return nil }
        return best.word
    }

    /// `word` as it stands and with each one mark such a font loses put back where it can sit.
    private func markings(of word: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        [word] + Self.withOneMark(word)
    }

    /// `word` with each one mark such a font loses put where it can sit: on a consonant, or a
    /// tone mark on a lower vowel under a consonant.
    static func withOneMark(_ word: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        var all: [[Unicode.Scalar]] = []
        for index in 1...word.count {
            let previous = word[index - 1]
            if index < word.count, ThaiCharacter.isCombiningMark(word[index]) { continue }
            for mark in marks {
                let onConsonant = ThaiCharacter.isConsonant(previous)
                let onVowel = lowerVowels.contains(previous.value) && ThaiCharacter.isToneMark(mark)
                    && index >= 2 && ThaiCharacter.isConsonant(word[index - 2])
                guard onConsonant || onVowel else { continue }
                var marked = word
                marked.insert(mark, at: index)
                all.append(marked)
            }
        }
        return all
    }

    /// `word` with one mark put back, when the corpus leaves no doubt; nil otherwise.
    private func markedWord(_ word: [Unicode.Scalar], ratio: Int? = nil) -> [Unicode.Scalar]? {
        let own = frequencies.count(of: word[...])
        var found = Self.withOneMark(word).filter { dictionary.contains($0[...]) }.map { (word: $0, count: frequencies.count(of: $0[...])) }
        found.sort { $0.count > $1.count }
        guard let best = found.first,
              best.count >= max((ratio ?? settings.wholesaleToneRatio) * max(own, 1), settings.minimumShortWordCount) else { return nil }
        if found.count > 1, best.count < settings.frequencyTieRatio * max(found[1].count, 1) { return nil }
        return best.word
    }
}
