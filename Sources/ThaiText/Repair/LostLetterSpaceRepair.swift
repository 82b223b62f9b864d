import Foundation

/// Spaces that stand where a letter was lost (`การเข ยนรายงานการประช ม` for
/// การเขียนรายงานการประชุม, `ไม ร ว ธ การ` for ไม่รู้วิธีการ): some extractors write a space for every
/// upper or lower vowel and tone mark they cannot map, so a line loses one in every other word.
/// One edit at a time (`MarkLostToSpaceCandidates`) can take a wrong first step there (`ยัน` of
/// `เข ยน`); this reads the whole span at once instead: the best segmentation of the span into
/// dictionary words where each such space may be kept, dropped, or read as the mark or the
/// vowel-and-tone stack it lost (or, before SARA AA, as the NIKHAHIT of SARA AM), found by
/// dynamic programming over the span with the trie walked across the spaces.
///
/// A space may be read as a lost letter only between parts that are no words (the letters
/// on each side of it no dictionary word covers, or a short word the corpus rarely counts on
/// its left, or what cannot begin a syllable on its right), or beside one word in a span that
/// shows `minimumLostLetterSpaces` such spaces: two words on their own keep their space
/// (`การ ประเมิน`). Fewest unknown letters, then the likelier words by corpus count; a word made
/// with a lost letter put back must be a dictionary word, and, when short, a common one
/// (`minimumShortWordCount`); where another letter would make another word as likely (within
/// `lostLetterTieRatio`), the space stays for a person.
struct LostLetterSpaceRepair {
    let dictionary: ThaiDictionary
    let frequencies: () -> ThaiWordFrequencies
    let settings: ThaiRepairSettings

    /// What a space can stand for after a consonant: each mark `MarkLostToSpaceCandidates`
    /// proposes, and each upper or lower vowel with MAI EK or MAI THO on it.
    static let fillersAfterConsonant: [[Unicode.Scalar]] =
        MarkLostToSpaceCandidates.marks.map { [$0] }
            + MarkLostToSpaceCandidates.stackVowels.flatMap { vowel in MarkLostToSpaceCandidates.stackToneMarks.map { [vowel, $0] } }

    /// What a space can stand for after an upper or lower vowel that carries a tone mark: the
    /// tone mark, which some producers lose alone, keeping the vowel (`ครั ง` for ครั้ง, `เกี ยว`
    /// for เกี่ยว).
    static let fillersAfterToneVowel: [[Unicode.Scalar]] = MarkLostToSpaceCandidates.stackToneMarks.map { [$0] }

    /// The letters a space after `previous` can stand for.
    static func fillers(after previous: Unicode.Scalar) -> [[Unicode.Scalar]] {
        if ThaiCharacter.isConsonant(previous) { return fillersAfterConsonant }
        if MarkLostToSpaceCandidates.stackVowels.contains(previous) { return fillersAfterToneVowel }
        return []
    }

    /// One way to read the span from a position to another: a word or an unknown letter.
    private struct Step {
        var cost: SegmentationCost
        /// The log of each word's share of the corpus, summed.
        var score: Double
        var from: Int
        var text: [Unicode.Scalar]
        /// The word's corpus count (weighed down for each dropped space), when the step put a
        /// lost letter back or dropped a space (else nil).
        var filledCount: Int?

        /// Fewer unknown letters, then the likelier words, read as a corpus would (each word by
        /// its count): so two common words beat one rare one (`น ม`: นี้ มี, not นม).
        func isBetter(than other: Step?) -> Bool {
            guard let other else { return true }
            if cost.unknown != other.cost.unknown { return cost.unknown < other.cost.unknown }
            return score > other.score
        }
    }

    /// The span (Thai runs joined by single spaces) with its lost letters put back, or nil when
    /// nothing changes. `runs` and `segmentations` are the span's, as the repairer made them
    /// (one at least with a letter no word covers). `keepingLastRun`: the last run ends an
    /// abbreviation before a full stop (`บร.`), and its space stays.
    /// `saraAmMayBeLost`: nothing on the span's line rules out a lost SARA AM (`LineEvidence`);
    /// in a span that lost letters to spaces throughout, a SARA AA may then be read as SARA AM.
    /// `lineLostLetters`: other spans of its line lost letters to spaces, so this one did too,
    /// however few spaces it shows.
    func repair(_ span: [Unicode.Scalar], runs: [Range<Int>], segmentations: [Segmentation], keepingLastRun: Bool,
                saraAmMayBeLost: Bool = false, lineLostLetters: Bool = false) -> [Unicode.Scalar]? {
        guard runs.count > 1 || lineLostLetters else { return nil }
        let before = segmentations.reduce(SegmentationCost.zero) { $0 + $1.cost }
        guard before.unknown > 0 else { return nil }
        // A mark or SARA AM just after a space, or a mark just before one, is another damage's
        // sign (a displaced mark, `หลกั การ`; a split or PowerPoint SARA AM, `ท ำงห`), which the
        // one-edit rounds read.
        // A vowel before a space that may have lost its tone mark there (`ครั ง`, `บทนี จะ`) is read
        // so only when the best reading puts a tone mark back there: else it was displaced after
        // all. (Not a vowel that ends a word, `ที`: that one is in its place.)
        // A SARA AM after a space that follows a consonant may be one that its producer wrote as a
        // glyph of its own (`ส ำหร บ` for สำหรับ): read so, too, only when the best reading joins it.
        var toneSpaces: [Int] = [], joinedSpaces: [Int] = []
        for (run, segmentation) in zip(runs, segmentations) {
            if span[run.lowerBound] == ThaiCharacter.saraAm, run.lowerBound >= 2, ThaiCharacter.isConsonant(span[run.lowerBound - 2]) {
                joinedSpaces.append(run.lowerBound - 1)
            } else if ThaiCharacter.isCombiningMark(span[run.lowerBound]) || span[run.lowerBound] == ThaiCharacter.saraAm {
                return nil
            }
            if run.upperBound < span.count, ThaiCharacter.isCombiningMark(span[run.upperBound - 1]) {
                guard endsInWordPrefix(span, run: run) else { return nil }
                if !segmentation.known[run.count - 1] { toneSpaces.append(run.upperBound) }
            }
        }
        // A span whose SARA AM reads better as SARA AA shows PowerPoint's damage (`สุขภำพ ภำคี`),
        // whose unknown letters are no lost ones: the rounds mend it.
        if span.contains(ThaiCharacter.saraAm) {
            let asSaraAa = span.map { $0 == ThaiCharacter.saraAm ? ThaiCharacter.saraAa : $0 }
            let segmenter = WordSegmenter(dictionary: dictionary)
            let unknown = runs.reduce(0) { $0 + segmenter.segment(asSaraAa[$1]).cost.unknown }
            if unknown < before.unknown { return nil }
        }
        // Spaces with no word on either side of them, and spaces with none on one side.
        var open: Set<Int> = [], halfOpen: Set<Int> = [], closed: Set<Int> = []
        for index in 0..<runs.count - 1 where !(keepingLastRun && index == runs.count - 2) {
            let left = runs[index], right = runs[index + 1]
            if dictionary.contains(span[left]), dictionary.contains(span[right]) {
                closed.insert(left.upperBound)
                continue
            }
            let leftOpen = !segmentations[index].known[left.count - 1]
                || endsInRareShortWord(segmentations[index], run: left, in: span)
            let rightOpen = !segmentations[index + 1].known[0] || !WordSegmenter.canStartSyllable(span[right.lowerBound])
            if leftOpen, rightOpen {
                open.insert(left.upperBound)
            } else if leftOpen || rightOpen {
                halfOpen.insert(left.upperBound)
            } else {
                closed.insert(left.upperBound)
            }
        }
        // A span that shows the damage at `minimumLostLetterSpaces` spaces lost letters at its
        // other spaces too, where a word stands on one side (`ผ มาประช ม`: มา is a word).
        // Elsewhere such a space is read across only into a long word (`minimumLettersAcrossLoneSpace`:
        // `ประเม นผล` is ประเมินผล, though เม is a word).
        let throughout = open.count >= settings.minimumLostLetterSpaces || lineLostLetters
        let lone = throughout ? [] : halfOpen
        open.formUnion(halfOpen)
        // Even a space between two words may stand for a lost letter there (`เพ อมอบ`: เพ and
        // อม are words), read across only into a word far likelier than the two
        // (`closedSpaceWeight`).
        if !throughout { closed = [] }
        open.formUnion(closed)
        guard !open.isEmpty || (throughout && !keepingLastRun) else { return nil }
        // Where a word may have lost its last mark with no space of its own: at each space and
        // at the end of a span that lost letters throughout (not an abbreviation's).
        var wordEnds = Set(toneSpaces)
        // A span that lost a tone mark after its vowel lost the others so too, where a word stands
        // before the space (`ที เกี ยวข้อง`: ที่, since ที is a word).
        if !toneSpaces.isEmpty {
            for run in runs where MarkLostToSpaceCandidates.stackVowels.contains(span[run.upperBound - 1])
                && !(keepingLastRun && run.upperBound >= runs[runs.count - 1].lowerBound - 1) {
                wordEnds.insert(run.upperBound)
            }
        }
        if throughout {
            for index in runs.indices where !(keepingLastRun && index >= runs.count - 2) { wordEnds.insert(runs[index].upperBound) }
        }
        let path = bestPath(span, open: open, lone: lone, closed: closed, wordEnds: wordEnds,
                            saraAmMayBeLost: throughout && saraAmMayBeLost && !span.contains(ThaiCharacter.saraAm))
        guard let last = path.last, last.cost.unknown < before.unknown else { return nil }
        for space in toneSpaces + joinedSpaces {
            guard let index = path.lastIndex(where: { $0.from < space }) else { return nil }
            let end = index + 1 < path.count ? path[index + 1].from : span.count
            let inside = path[index].text.last == " " ? path[index].text.dropLast() : path[index].text[...]
            let acrossSpace = space + 1 < end && !inside.contains(" ")
            let markedBefore = end == space + 1 && path[index].filledCount != nil && inside.last.map(ThaiCharacter.isToneMark) == true
            guard acrossSpace || markedBefore && !joinedSpaces.contains(space) else { return nil }
        }
        var result: [Unicode.Scalar] = []
        for step in path { result += step.text }
        return result == span ? nil : result
    }

    /// The steps of the best reading, in order; a step that put a lost letter back where another
    /// letter reads about as likely is read as it stands.
    /// `open`: the spaces that may stand for a lost letter, those of `lone` only inside a long
    /// word, those of `closed` only into a far likelier word; `wordEnds`: where a word may have lost its last mark with no space of its own;
    /// `saraAmMayBeLost`: the span's line shows no SARA AM, so a SARA AA may have been one.
    private func bestPath(_ span: [Unicode.Scalar], open: Set<Int>, lone: Set<Int>, closed: Set<Int>, wordEnds: Set<Int>,
                          saraAmMayBeLost: Bool) -> [Step] {
        let count = span.count
        let total = Double(frequencies().total)
        var best = [Step?](repeating: nil, count: count + 1)
        best[0] = Step(cost: .zero, score: 0, from: -1, text: [], filledCount: nil)
        // For each (start, end) read with a lost letter put back: the counts of its readings.
        var rivals: [Int: [(text: [Unicode.Scalar], count: Int)]] = [:]
        func relax(_ end: Int, _ step: Step) {
            if step.isBetter(than: best[end]) { best[end] = step }
        }
        for start in 0..<count where span[start] != " " {
            guard let here = best[start] else { continue }
            // The letter as an unknown one; a space after it stays.
            var next = start + 1
            var text = [span[start]]
            if next < count, span[next] == " " { text.append(" "); next += 1 }
            relax(next, Step(cost: here.cost + SegmentationCost(unknown: 1, words: 0), score: here.score, from: start,
                             text: text, filledCount: nil))
            guard WordSegmenter.canStartSyllable(span[start]) else { continue }
            // Every word from here, across the open spaces.
            func emit(_ written: [Unicode.Scalar], at end: Int, filled: Bool, penalty: Double, acrossLone: Bool, weight: Double = 1) {
                var end = end, text = written
                if end < count, span[end] == " " { text.append(" "); end += 1 }
                let letters = written.filter { $0 != " " }
                if acrossLone, letters.count < settings.minimumLettersAcrossLoneSpace { return }
                var wordCount: Int?
                let counted = frequencies().count(of: letters[...])
                // A dropped space weighs as a rarer word: in such a line a space stands for a
                // lost letter far more often than for nothing (`เข าร วม`: เข้าร่วม, not เขา รวม).
                let weighted = Double(counted + 1) * penalty * weight
                if filled {
                    if letters.count <= settings.shortWordLength, counted < settings.minimumShortWordCount { return }
                    wordCount = Int(weighted)
                    rivals[start * (count + 1) + end, default: []].append((letters, Int(weighted)))
                }
                let score = here.score + log(weighted / total)
                relax(end, Step(cost: here.cost + SegmentationCost(unknown: 0, words: 1), score: score, from: start,
                                text: text, filledCount: wordCount))
            }
            // `letter`: what the walker takes for the span's letter at `index` (SARA AM for SARA AA).
            func explore(_ walker: ThaiDictionary.Cursor, _ index: Int, _ written: [Unicode.Scalar], _ filled: Bool, _ penalty: Double,
                         _ acrossLone: Bool, as letter: Unicode.Scalar? = nil) {
                guard index < count, span[index] != " " else { return }
                // A SARA AA after a consonant may be a SARA AM that lost its NIKHAHIT with no space
                // left (`ท ทาว จ ย` for ที่ทำวิจัย): read so, it weighs as a dropped space.
                if saraAmMayBeLost, letter == nil, span[index] == ThaiCharacter.saraAa, let last = written.last,
                   ThaiCharacter.isConsonant(last) || ThaiCharacter.isToneMark(last) {
                    explore(walker.copy(), index, written, true, penalty * settings.droppedSpaceWeight, acrossLone, as: ThaiCharacter.saraAm)
                }
                let letter = letter ?? span[index]
                guard walker.walk(letter) else { return }
                let written = written + [letter]
                let after = index + 1
                if walker.isWord, after == count || span[after] == " " || WordSegmenter.canStartSyllable(span[after]) {
                    emit(written, at: after, filled: filled, penalty: penalty, acrossLone: acrossLone)
                }
                // A mark lost at a word's end leaves no space of its own where a real space or the
                // span's end follows (`วางไว ระหว าง`, `ด งน`): put back there, the word weighs as
                // a rarer one (`wordEndLostLetterWeight`), so that a word as it stands wins
                // unless its marked form is far likelier (ไว 1,620 times, ไว้ 70,213).
                if wordEnds.contains(after) {
                    for filler in Self.fillers(after: span[index]) {
                        let forked = walker.copy()
                        guard filler.allSatisfy({ forked.walk($0) }), forked.isWord else { continue }
                        emit(written + filler, at: after, filled: true, penalty: penalty, acrossLone: acrossLone,
                             weight: settings.wordEndLostLetterWeight)
                    }
                }
                guard after < count else { return }
                guard span[after] == " " else { return explore(walker, after, written, filled, penalty, acrossLone) }
                guard open.contains(after), after + 1 < count else { return }
                let previous = span[index], following = span[after + 1]
                // A space before SARA AM stands for nothing (`ส ำหร บ`), not for a mark (`น ำ` is นำ).
                var fillers = following == ThaiCharacter.saraAm ? [] : Self.fillers(after: previous).map { ($0, after + 1) }
                if following == ThaiCharacter.saraAa, ThaiCharacter.isConsonant(previous) || ThaiCharacter.isToneMark(previous) {
                    fillers.append(([ThaiCharacter.saraAm], after + 2))
                }
                let acrossLone = acrossLone || lone.contains(after)
                let penalty = closed.contains(after) ? penalty * settings.closedSpaceWeight : penalty
                for (filler, resume) in fillers {
                    let forked = walker.copy()
                    guard filler.allSatisfy({ forked.walk($0) }) else { continue }
                    let text = written + filler
                    if forked.isWord, resume == count || span[resume] == " " || WordSegmenter.canStartSyllable(span[resume]) {
                        emit(text, at: resume, filled: true, penalty: penalty, acrossLone: acrossLone)
                    }
                    explore(forked, resume, text, true, penalty, acrossLone)
                }
                // The space stands for nothing.
                explore(walker, after + 1, written, true, penalty * settings.droppedSpaceWeight, acrossLone)
            }
            explore(dictionary.makeCursor(), start, [], false, 1, false)
        }
        var path: [Step] = []
        var end = count
        while end > 0, let step = best[end] {
            var step = step
            if let chosen = step.filledCount, let readings = rivals[step.from * (count + 1) + end],
               readings.contains(where: { $0.text != step.text.filter { $0 != " " } && chosen < settings.lostLetterTieRatio * max($0.count, 1) }) {
                if let settled = settledByNeighbours(readings.map(\.text), left: best[step.from]?.text, right: path.last?.text) {
                    step.text = settled + (step.text.last == " " ? [" "] : [])
                } else {
                    step.text = Array(span[step.from..<end])
                }
            }
            path.append(step)
            end = step.from
        }
        return path.reversed()
    }

    /// Of readings that tie, the one that makes a corpus word with the word beside it, counted
    /// `lostLetterTieRatio` times as often as any other reading does so (`จ ด` before มุ่งหมาย:
    /// จุดมุ่งหมาย, 1,130 times, not จัดมุ่งหมาย; `ส ง` before สุด: สูงสุด, not ส่งสุด): the
    /// corpus's compounds stand in for word pairs. Nil when none does.
    private func settledByNeighbours(_ readings: [[Unicode.Scalar]], left: [Unicode.Scalar]?, right: [Unicode.Scalar]?) -> [Unicode.Scalar]? {
        let before = left?.filter { $0 != " " } ?? [], after = right?.filter { $0 != " " } ?? []
        var distinct: [[Unicode.Scalar]] = []
        for reading in readings where !distinct.contains(reading) { distinct.append(reading) }
        let counts = distinct.map { reading in
            (after.isEmpty ? 0 : frequencies().count(of: (reading + after)[...]))
                + (before.isEmpty ? 0 : frequencies().count(of: (before + reading)[...]))
        }
        guard let best = counts.indices.max(by: { counts[$0] < counts[$1] }), counts[best] > 0,
              counts.indices.allSatisfy({ $0 == best || counts[best] >= settings.lostLetterTieRatio * max(counts[$0], 1) })
        else { return nil }
        return distinct[best]
    }

    /// True when the run ends in an upper or lower vowel that carries a tone mark, after a
    /// consonant with no mark before it, and its last letters from a syllable's start (at most `shortWordLength`)
    /// begin a dictionary word (`ครั` of ครั้ง, `เกี` of เกี่ยว): a vowel in its place whose tone
    /// mark became the space after it. A mark that begins no word there was displaced
    /// (`หลกั การ`), which the one-edit rounds read.
    private func endsInWordPrefix(_ span: [Unicode.Scalar], run: Range<Int>) -> Bool {
        let end = run.upperBound
        guard end - run.lowerBound >= 2, MarkLostToSpaceCandidates.stackVowels.contains(span[end - 1]),
              ThaiCharacter.isConsonant(span[end - 2]) else { return false }
        // A mark just before that consonant kept its place while the vowel moved: Word's mark
        // order (`เร่อื ง` for เรื่อง), not a lost tone mark.
        if end - run.lowerBound >= 3, ThaiCharacter.isCombiningMark(span[end - 3]) { return false }
        for start in max(run.lowerBound, end - 1 - settings.shortWordLength)..<end - 1
        where WordSegmenter.canStartSyllable(span[start]) {
            let walker = dictionary.makeCursor()
            if span[start..<end].allSatisfy({ walker.walk($0) }) { return true }
        }
        return false
    }

    /// True when the run's last word ends at its end and is a dictionary word of at most
    /// `shortWordLength` letters that the corpus counts fewer than `minimumShortWordCount`
    /// times (`ได` of `ได ร บ`): a form text rarely has but a word that lost a mark often leaves.
    private func endsInRareShortWord(_ segmentation: Segmentation, run: Range<Int>, in span: [Unicode.Scalar]) -> Bool {
        guard let word = segmentation.words.last, word.upperBound == run.count, word.count <= settings.shortWordLength else { return false }
        let letters = span[run.lowerBound + word.lowerBound..<run.lowerBound + word.upperBound]
        return frequencies().count(of: letters) < settings.minimumShortWordCount
    }
}
