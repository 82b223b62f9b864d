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
    func repair(_ span: [Unicode.Scalar], runs: [Range<Int>], segmentations: [Segmentation], keepingLastRun: Bool) -> [Unicode.Scalar]? {
        guard runs.count > 1 else { return nil }
        let before = segmentations.reduce(SegmentationCost.zero) { $0 + $1.cost }
        guard before.unknown > 0 else { return nil }
        // A mark or SARA AM just after a space, or a mark just before one, is another damage's
        // sign (a displaced mark, `หลกั การ`; a split or PowerPoint SARA AM, `ท ำงห`), which the
        // one-edit rounds read.
        for run in runs {
            if ThaiCharacter.isCombiningMark(span[run.lowerBound]) || span[run.lowerBound] == ThaiCharacter.saraAm { return nil }
            if run.upperBound < span.count, ThaiCharacter.isCombiningMark(span[run.upperBound - 1]) { return nil }
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
        var open: Set<Int> = [], halfOpen: Set<Int> = []
        for index in 0..<runs.count - 1 where !(keepingLastRun && index == runs.count - 2) {
            let left = runs[index], right = runs[index + 1]
            if dictionary.contains(span[left]), dictionary.contains(span[right]) { continue }
            let leftOpen = !segmentations[index].known[left.count - 1]
                || endsInRareShortWord(segmentations[index], run: left, in: span)
            let rightOpen = !segmentations[index + 1].known[0] || !WordSegmenter.canStartSyllable(span[right.lowerBound])
            if leftOpen, rightOpen { open.insert(left.upperBound) } else if leftOpen || rightOpen { halfOpen.insert(left.upperBound) }
        }
        // A span that shows the damage at `minimumLostLetterSpaces` spaces lost letters at its
        // other spaces too, where a word stands on one side (`ผ มาประช ม`: มา is a word).
        if open.count >= settings.minimumLostLetterSpaces { open.formUnion(halfOpen) }
        guard !open.isEmpty else { return nil }
        let path = bestPath(span, open: open)
        guard let last = path.last, last.cost.unknown < before.unknown else { return nil }
        var result: [Unicode.Scalar] = []
        for step in path { result += step.text }
        return result == span ? nil : result
    }

    /// The steps of the best reading, in order; a step that put a lost letter back where another
    /// letter reads about as likely is read as it stands.
    private func bestPath(_ span: [Unicode.Scalar], open: Set<Int>) -> [Step] {
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
            func emit(_ written: [Unicode.Scalar], at end: Int, filled: Bool, drops: Int) {
                var end = end, text = written
                if end < count, span[end] == " " { text.append(" "); end += 1 }
                let letters = written.filter { $0 != " " }
                var wordCount: Int?
                let counted = frequencies().count(of: letters[...])
                // A dropped space weighs as a rarer word: in such a line a space stands for a
                // lost letter far more often than for nothing (`เข าร วม`: เข้าร่วม, not เขา รวม).
                let weighted = Double(counted + 1) * pow(settings.droppedSpaceWeight, Double(drops))
                if filled {
                    if letters.count <= settings.shortWordLength, counted < settings.minimumShortWordCount { return }
                    wordCount = Int(weighted)
                    rivals[start * (count + 1) + end, default: []].append((letters, Int(weighted)))
                }
                let score = here.score + log(weighted / total)
                relax(end, Step(cost: here.cost + SegmentationCost(unknown: 0, words: 1), score: score, from: start,
                                text: text, filledCount: wordCount))
            }
            func explore(_ walker: ThaiDictionary.Walker, _ index: Int, _ written: [Unicode.Scalar], _ filled: Bool, _ drops: Int) {
                guard index < count, span[index] != " ", walker.walk(span[index]) else { return }
                let written = written + [span[index]]
                let after = index + 1
                if walker.isWord, after == count || span[after] == " " || WordSegmenter.canStartSyllable(span[after]) {
                    emit(written, at: after, filled: filled, drops: drops)
                }
                guard after < count else { return }
                guard span[after] == " " else { return explore(walker, after, written, filled, drops) }
                guard open.contains(after), after + 1 < count else { return }
                let previous = span[index], following = span[after + 1]
                var fillers: [([Unicode.Scalar], Int)] = []
                if ThaiCharacter.isConsonant(previous) { fillers = Self.fillersAfterConsonant.map { ($0, after + 1) } }
                if following == ThaiCharacter.saraAa, ThaiCharacter.isConsonant(previous) || ThaiCharacter.isToneMark(previous) {
                    fillers.append(([ThaiCharacter.saraAm], after + 2))
                }
                for (filler, resume) in fillers {
                    let forked = walker.copy()
                    guard filler.allSatisfy({ forked.walk($0) }) else { continue }
                    let text = written + filler
                    if forked.isWord, resume == count || span[resume] == " " || WordSegmenter.canStartSyllable(span[resume]) {
                        emit(text, at: resume, filled: true, drops: drops)
                    }
                    explore(forked, resume, text, true, drops)
                }
                // The space stands for nothing.
                explore(walker, after + 1, written, true, drops + 1)
            }
            explore(dictionary.makeWalker(), start, [], false, 0)
        }
        var path: [Step] = []
        var end = count
        while end > 0, let step = best[end] {
            var step = step
            if let chosen = step.filledCount, let readings = rivals[step.from * (count + 1) + end],
               readings.contains(where: { $0.text != step.text.filter { $0 != " " } && chosen < settings.lostLetterTieRatio * max($0.count, 1) }) {
                step.text = Array(span[step.from..<end])
            }
            path.append(step)
            end = step.from
        }
        return path.reversed()
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
