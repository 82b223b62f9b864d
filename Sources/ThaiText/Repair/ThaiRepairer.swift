/// Repairs the Thai damage that only a dictionary can see (see `ThaiDamageKind`): a lost or
/// mistyped SARA AM, SARA AA turned into SARA AM, marks displaced or dropped.
///
/// It looks only at spans (`ThaiSpanFinder`) with a word run that is not itself a
/// dictionary word, proposes only the edits of the known kinds of damage, and takes one only
/// when it makes the span segment into dictionary words better than before (fewer
/// characters no word covers, then fewer words: `SegmentationCost`, counted on the whole
/// span, so the words around a damaged one decide between its candidates), with the edited
/// characters inside a dictionary word. When two different edits at the same place would do
/// equally well, neither is made. Digits, Latin text and punctuation end a span and are never
/// touched; a run that is a dictionary word is never edited, nor a month abbreviation beside a
/// number (`AbbreviationBesideNumber`).
///
/// Run it after `ThaiNormalizer`, which repairs what needs no dictionary. Idempotent: its
/// output has no edit left that improves it.
public struct ThaiRepairer: Sendable {
    /// One repaired stretch: the word runs before and after, and where they were.
    public struct Change: Sendable, Equatable, CustomStringConvertible {
        public var before: String
        public var after: String
        /// The offset, in Unicode scalars, of `before` in the text given to `repair`.
        public var offset: Int
        public var kinds: [ThaiDamageKind]

        public var description: String { "\(before) → \(after)" }
    }

    public var settings: ThaiRepairSettings {
        didSet { nameIntroducers = Self.scalars(of: settings.nameIntroducers) }
    }
    /// `settings.nameIntroducers` as scalars, made once: every span asks for them.
    private var nameIntroducers: [[Unicode.Scalar]]
    private let dictionary: ThaiDictionary
    /// Corpus counts, for ties and for the short words a put-back mark may make; loaded on
    /// first use.
    private let frequencies: @Sendable () -> ThaiWordFrequencies
    private let generators: [any DamageCandidates]
    private let cache = SpanRepairCache(capacity: 100_000)
    private let markings = WordMarkingCache(capacity: 200_000)

    /// Nil when no dictionary is installed (libthai-data).
    public init?(settings: ThaiRepairSettings = ThaiRepairSettings(), dictionary: ThaiDictionary? = .shared,
                 frequencies: ThaiWordFrequencies? = nil) {
        guard let dictionary else { return nil }
        self.settings = settings
        self.nameIntroducers = Self.scalars(of: settings.nameIntroducers)
        self.dictionary = dictionary
        self.frequencies = { frequencies ?? .shared }
        let all: [any DamageCandidates] = [
            LostSaraAmCandidates(), SaraAmForSaraAaCandidates(), MaiThoSaraAmCandidates(),
            DisplacedMarkCandidates(), DroppedMarkCandidates(), SpacedMarkCandidates(),
            MarkLostToSpaceCandidates(), ForwardDisplacedMarkCandidates(),
            LowerVowelToneCandidates(), TallConsonantVowelCandidates(),
        ]
        self.generators = all.filter { settings.kinds.contains($0.kind) }
    }

    /// Loads the shared dictionary and word counts now, instead of on the repair's first
    /// use: a caller with an idle core starts it early (`ita`'s warm start).
    public static func loadResources() {
        _ = ThaiDictionary.shared
        _ = ThaiWordFrequencies.shared
    }

    public func repair(_ text: String) -> String {
        repairWithChanges(text).text
    }

    public func repairWithChanges(_ text: String) -> (text: String, changes: [Change]) {
        let original = Array(text.unicodeScalars)
        var scalars = original
        var changes: [Change] = []
        let enabled = settings.kinds
        // Digits a broken font wrote for tone marks first: a digit ends a span, so the words
        // around it are whole only once it is a mark again.
        if enabled.contains(.digitForMark), DigitForMarkRepair.mayApply(to: scalars) {
            let digits = DigitForMarkRepair(dictionary: dictionary, frequencies: frequencies(), settings: settings)
                .repair(scalars)
            scalars = digits.scalars
            changes = digits.changes
        }
        // Lines that lost their tone marks wholesale, read from the text as it came.
        let wholesale = WholesaleToneRepair(dictionary: dictionary, counts: frequencies, settings: settings,
                                            markings: markings)
        let toneLossLines = enabled.contains(.toneMarksLostWholesale) ? wholesale.evidenceLines(in: original) : []
        runRounds(&scalars, &changes, toneLossLines: toneLossLines)
        // Words of a line that lost every tone mark, which read as words as they are (`ได`):
        // after the rounds, which mend what no dictionary word covers first (`กลุม`).
        if enabled.contains(.toneMarksLostWholesale) {
            let mended = wholesale.repair(scalars, lines: toneLossLines,
                                          putBack: Self.marksPutBack(changes, in: original, among: toneLossLines))
            if !mended.changes.isEmpty {
                changes = changes.isEmpty ? mended.changes : Self.merged(changes, mended.changes)
                scalars = mended.scalars
                runRounds(&scalars, &changes, toneLossLines: toneLossLines)
            }
        }
        return changes.isEmpty ? (text, []) : (String(scalars: scalars), changes)
    }

    /// Rounds until nothing changes, so that repairing the output again changes nothing:
    /// each round reads its lines' evidence (`LineEvidence`) from the text as it then
    /// stands, and a SARA AM that a round gave back to the SARA AA it stood for
    /// (PowerPoint's) no longer rules out a lost SARA AM on its line.
    private func runRounds(_ scalars: inout [Unicode.Scalar], _ changes: inout [Change], toneLossLines: Set<Int>) {
        for _ in 0..<Self.maximumRounds {
            let round = repairRound(scalars, toneLossLines: toneLossLines)
            guard round.changed else { break }
            changes = changes.isEmpty ? round.changes : Self.merged(changes, round.changes)
            scalars = round.scalars
        }
    }

    /// How many marks changes put back on each line of `lines` (a change spans a whole word run,
    /// so its marks are counted; its offset is in `original`).
    private static func marksPutBack(_ changes: [Change], in original: [Unicode.Scalar], among lines: Set<Int>) -> [Int: Int] {
        guard !lines.isEmpty else { return [:] }
        var counts: [Int: Int] = [:]
        var counter = LineCounter(original)
        for change in changes.sorted(by: { $0.offset < $1.offset }) where change.offset <= original.count {
            let line = counter.line(at: change.offset)
            guard lines.contains(line), change.kinds.contains(where: { $0 == .droppedMark || $0 == .toneMarksLostWholesale }) else { continue }
            counts[line, default: 0] += change.after.unicodeScalars.filter(ThaiCharacter.isCombiningMark).count
                - change.before.unicodeScalars.filter(ThaiCharacter.isCombiningMark).count
        }
        return counts
    }

    /// At most so many rounds; real text needs one, or two after PowerPoint's SARA AM.
    static let maximumRounds = 4

    private func repairRound(_ scalars: [Unicode.Scalar], toneLossLines: Set<Int>)
        -> (scalars: [Unicode.Scalar], changes: [Change], changed: Bool) {
        let lines = LineEvidence(scalars)
        let first = repairPass(scalars, evidence: [], lines: lines, toneLossLines: toneLossLines)
        // A font that loses SARA AM loses every one: once the text shows that damage where
        // the dictionary leaves no doubt (`ส้าคัญ`), a span where the repair only ties with
        // the text as it stands (`จ้าเป็นต่อ`: จ้า เป็นต่อ or จำเป็น ต่อ) is repaired too.
        let evidence = Set(first.changes.flatMap(\.kinds)).intersection(Self.systematicKinds)
        // A line whose SARA AM was lost shows a font that drops it, not one that writes it as
        // MAI THO + SARA AA: there the text's evidence of the latter (another line's, or another
        // document's in a file of many) does not make `หน้า` into หนำ.
        // A line where spaces were read as lost letters lost them in its short spans too, which
        // show too few spaces to tell (`ด งน` after `ต างๆ`, `บทท` before a digit).
        var lostSaraAmLines: Set<Int> = [], lostLetterLines: Set<Int> = []
        var counter = LineCounter(scalars)
        for change in first.changes {
            let line = counter.line(at: change.offset)
            if change.kinds.contains(.lostSaraAm), !change.kinds.contains(.maiThoForSaraAm) { lostSaraAmLines.insert(line) }
            if change.kinds.contains(.markLostToSpace) { lostLetterLines.insert(line) }
        }
        guard !evidence.isEmpty || !lostLetterLines.isEmpty else { return first }
        let second = repairPass(first.scalars, evidence: evidence, lines: lines, toneLossLines: toneLossLines,
                                lostSaraAmLines: lostSaraAmLines, lostLetterLines: lostLetterLines)
        guard second.changed else { return first }
        return (second.scalars, Self.merged(first.changes, second.changes), true)
    }

    /// The kinds of damage a font makes everywhere, whose ties are decided by evidence. Not a
    /// lost SARA AM: too many real words differ from another only by it (`หา` and `หำ`).
    static let systematicKinds: Set<ThaiDamageKind> = [.maiThoForSaraAm]

    private func repairPass(_ scalars: [Unicode.Scalar], evidence passEvidence: Set<ThaiDamageKind>, lines: LineEvidence,
                            toneLossLines: Set<Int>, lostSaraAmLines: Set<Int> = [], lostLetterLines: Set<Int> = [])
        -> (scalars: [Unicode.Scalar], changes: [Change], changed: Bool) {
        var output: [Unicode.Scalar] = []
        var copied = 0
        var changes: [Change] = []
        // The line of each span, counted as the spans come, in order.
        var counter = LineCounter(scalars)
        for found in ThaiSpanFinder.spans(in: scalars) {
            // A date's month abbreviation (`1 มค 67`) is no damaged word.
            guard let span = AbbreviationBesideNumber.trimmed(found, in: scalars) else { continue }
            let line = counter.line(at: span.range.lowerBound)
            let original = Array(scalars[span.range])
            // A letter before a full stop is an abbreviation's (`ป.ป.ช.`), not a damaged word; a
            // short run before a single one is a whole abbreviation (`บร.`), none of whose
            // letters is edited. (Not before an ellipsis: `สำคัญ...`.)
            let after = span.range.upperBound
            let endsAbbreviation = after < scalars.count && scalars[after] == "."
            let ellipsis = endsAbbreviation && after + 1 < scalars.count && scalars[after + 1] == "."
            let lastRun = span.runs[span.runs.count - 1].count
            let tail = !endsAbbreviation ? 0 : (!ellipsis && lastRun <= settings.maximumAbbreviationLength ? lastRun : 1)
            let ruledOut = lines.ruledOut(onLine: line)
            // A line that lost its tone marks wholesale is evidence for this span too.
            var evidence = toneLossLines.contains(line) ? passEvidence.union([.toneMarksLostWholesale]) : passEvidence
            if lostSaraAmLines.contains(line) { evidence.remove(.maiThoForSaraAm) }
            let introduced = endsWithNameIntroducer(scalars[..<span.range.lowerBound])
            let lettersLost = lostLetterLines.contains(line)
            let key = SpanRepairKey(span: original, protectedTail: tail, evidence: evidence, ruledOut: ruledOut,
                                    afterNameIntroducer: introduced, lineLostLetters: lettersLost)
            guard let (repaired, kinds) = cache.outcome(for: key, computing: {
                repairSpan(original, protectedTail: tail, evidence: evidence, ruledOut: ruledOut, afterNameIntroducer: introduced,
                           lineLostLetters: lettersLost)
            }) else { continue }
            output += scalars[copied..<span.range.lowerBound]
            output += repaired
            copied = span.range.upperBound
            changes.append(Self.change(from: original, to: repaired, at: span.range.lowerBound, kinds: kinds))
        }
        guard !changes.isEmpty else { return (scalars, [], false) }
        output += scalars[copied...]
        return (output, changes, true)
    }

    /// The changes of two passes, the second's offsets (in the first's output) taken back to
    /// the original text.
    private static func merged(_ first: [Change], _ second: [Change]) -> [Change] {
        var all = first
        for change in second {
            var shifted = change
            for earlier in first where earlier.offset < change.offset {
                shifted.offset += earlier.before.unicodeScalars.count - earlier.after.unicodeScalars.count
            }
            all.append(shifted)
        }
        return all.sorted { $0.offset < $1.offset }
    }

    private struct Candidate {
        var edit: RepairEdit
        var result: [Unicode.Scalar]
        var cost: SegmentationCost
        /// The corpus count of the dictionary word that holds what the edit wrote.
        var frequency: Int
    }

    /// The repaired span and the kinds of the edits made, or nil when nothing changes.
    /// `protectedTail`: so many characters at the end of the span are left as they are.
    /// `afterNameIntroducer`: a word that introduces a name stands just before the span.
    private func repairSpan(_ original: [Unicode.Scalar], protectedTail: Int, evidence: Set<ThaiDamageKind>,
                            ruledOut: Set<ThaiDamageKind>, afterNameIntroducer: Bool = false,
                            lineLostLetters: Bool = false) -> ([Unicode.Scalar], [ThaiDamageKind])? {
        guard original.count <= settings.maximumSpanLength else { return nil }
        let originalRuns = ThaiSpanFinder.runs(in: original[...])
        guard !originalRuns.allSatisfy({ dictionary.contains(original[$0]) }) else { return nil }
        let segmenter = WordSegmenter(dictionary: dictionary)
        let coveringWords = CoveringWordCheck(dictionary: dictionary)
        var memo: [ArraySlice<Unicode.Scalar>: Segmentation] = [:]
        func segment(_ run: ArraySlice<Unicode.Scalar>) -> Segmentation {
            if let known = memo[run] { return known }
            let segmentation = segmenter.segment(run)
            memo[run] = segmentation
            return segmentation
        }
        var current = original
        var kinds: [ThaiDamageKind] = []
        // Spaces that stand for lost letters, read the whole span at once before one edit at a
        // time (which can take a wrong first step there: `ยัน` of `เข ยน`).
        if settings.kinds.contains(.markLostToSpace) {
            let segmentations = originalRuns.map { segment(original[$0]) }
            if segmentations.contains(where: { $0.cost.unknown > 0 }),
               let spaced = LostLetterSpaceRepair(dictionary: dictionary, frequencies: frequencies, settings: settings)
                .repair(original, runs: originalRuns, segmentations: segmentations, keepingLastRun: protectedTail > 0,
                        saraAmMayBeLost: settings.kinds.contains(.lostSaraAm) && !ruledOut.contains(.lostSaraAm),
                        lineLostLetters: lineLostLetters) {
                current = spaced
                kinds.append(.markLostToSpace)
            }
        }
        for _ in 0..<settings.maximumEditsPerSpan {
            let runs = ThaiSpanFinder.runs(in: current[...])
            let segmentations = runs.map { segment(current[$0]) }
            let total = segmentations.reduce(SegmentationCost.zero) { $0 + $1.cost }
            var unknown = [Bool](repeating: false, count: current.count)
            for (run, segmentation) in zip(runs, segmentations) where segmentation.cost.unknown > 0 {
                for (index, known) in zip(run, segmentation.known) where !known { unknown[index] = true }
            }
            var candidates: [Candidate] = []
            for run in runs where !dictionary.contains(current[run]) {
                for generator in generators where !ruledOut.contains(generator.kind) {
                    // Upper vowels lost over tall consonants: only on a line that lost its tone marks.
                    if generator.kind == .toneMarksLostWholesale, !evidence.contains(.toneMarksLostWholesale) { continue }
                    // A displaced mark ends its word run: that sign is strong enough to move it
                    // back wherever the span then reads as fewer words, with no unknown
                    // character near (`ผลการประเมนิ` reads ผล การ ประ เม นิ).
                    let needsUnknown = generator.needsUnknownNearby && !generator.mayMendKnownWords
                        && !(generator.kind == .droppedMark && evidence.contains(.toneMarksLostWholesale))
                    // A space after a rare short word may be a lost mark with nothing unknown
                    // near (`ใช งาน`): those edits are tried on a span with no unknown too.
                    let rareLeft = generator.kind == .markLostToSpace && run.upperBound < current.count
                        && current[run.upperBound] == " "
                        && endsInRareShortWord(run.upperBound - 1, runs: runs, segmentations: segmentations, in: current)
                    if needsUnknown, total.unknown == 0, !rareLeft { continue }
                    for edit in generator.edits(in: current, run: run) {
                        // A space stands for a lost mark only between parts that are no words
                        // (`การเข ยน`); not between two words (`ราชการ ณ`, `นาโสภ นัก`).
                        // The right part must be no word either: unknown, or beginning with what
                        // cannot begin a syllable (`าเนินงาน`), since the left may read as
                        // words by chance (`การด`: กา รด).
                        // A left part that is a word only the dictionary knows, rare in use
                        // (`ใช`, 49 times against ใช้'s 110,741), is no proof of a real space:
                        // `ใช งาน` is ใช้งาน.
                        if edit.kind == .markLostToSpace {
                            let left = edit.range.lowerBound - 1, right = edit.range.lowerBound + 1
                            if (!rareLeft && isWordRun(current, endingAt: left + 1)) || isWordRun(current, startingAt: right) { continue }
                            if !rareLeft, !(unknown[left] && unknown[right] || unknown[left] && settings.spaceAfterUnknownMayBeMark),
                               WordSegmenter.canStartSyllable(current[right]) { continue }
                        }
                        let result = edit.applied(to: current)
                        let needsUnknown = needsUnknown && !rareLeft
                        if needsUnknown, !isNearUnknown(edit.site, unknown) { continue }
                        guard mayBeKnown(edit, in: result, check: coveringWords) else { continue }
                        let resultRuns = ThaiSpanFinder.runs(in: result[...])
                        let resultSegmentations = resultRuns.map { segment(result[$0]) }
                        let cost = resultSegmentations.reduce(SegmentationCost.zero) { $0 + $1.cost }
                        guard cost < total || (cost == total && evidence.contains(edit.kind)) else { continue }
                        if needsUnknown, cost.unknown >= total.unknown { continue }
                        guard isKnown(edit, in: result, runs: resultRuns, segmentations: resultSegmentations) else { continue }
                        // On a line that lost its tone marks the rest of the run may still lack
                        // a mark this edit does not give back: the edit's own word suffices.
                        // (Not for a vowel over a tall consonant, which a name imitates as well.)
                        if generator.needsWholeRunKnown,
                           !evidence.contains(.toneMarksLostWholesale) || generator.kind == .toneMarksLostWholesale,
                           let runIndex = resultRuns.firstIndex(where: { $0.contains(edit.site.lowerBound) }),
                           resultSegmentations[runIndex].cost.unknown > 0 { continue }
                        if edit.site.upperBound > current.count - protectedTail { continue }
                        if Self.putsMarkBack(edit.kind), !evidence.contains(.toneMarksLostWholesale),
                           followsNameIntroducer(edit.site, unknown, in: current, spanIntroduced: afterNameIntroducer) { continue }
                        let word = writtenWord(edit, in: result, runs: resultRuns, segmentations: resultSegmentations)
                        let frequency = word.map { frequencies().count(of: result[$0]) } ?? 0
                        // A mark moved back into a word that letters no word covers hem in on both
                        // sides reads a misspelt word or a name as another word (`ทฤษฏี`, a
                        // misspelling of ทฤษฎี, made ท ฤษี ฏ), not a displaced mark mended.
                        if edit.kind == .displacedMark, let word,
                           isHemmedIn(word, in: result, runs: resultRuns, segmentations: resultSegmentations) { continue }
                        if Self.putsMarkBack(edit.kind), let word, word.count <= settings.shortWordLength,
                           frequency < settings.minimumShortWordCount { continue }
                        // Mending words that read as words (a line that lost its tone marks): the
                        // marked word must be far likelier than the words it replaces, read as a
                        // corpus would (each word by its count), so that common words stay
                        // (`ขอความ`: ขอ ความ, 23 times less likely than ข้อความ, stays;
                        // `ขอมูล`: ข้อมูล, 17,000 times likelier than ขอ มูล, is taken).
                        if edit.kind == .droppedMark, !isNearUnknown(edit.site, unknown), let word,
                           likelihoodRatio(of: frequency, replacing: current, word, runs: runs, segmentations: segmentations)
                               < Double(settings.wholesaleToneRatio) {
                            continue
                        }
                        candidates.append(Candidate(edit: edit, result: result, cost: cost, frequency: frequency))
                    }
                }
            }
            guard let chosen = Self.unambiguousBest(candidates, tieRatio: settings.frequencyTieRatio) else { break }
            current = chosen.result
            kinds.append(chosen.edit.kind)
        }
        return kinds.isEmpty ? nil : (current, kinds)
    }

    /// True when the word run of `span` that ends at `end` (exclusive) is a dictionary word.
    private func isWordRun(_ span: [Unicode.Scalar], endingAt end: Int) -> Bool {
        var start = end
        while start > 0, span[start - 1] != " " { start -= 1 }
        return start < end && dictionary.contains(span[start..<end])
    }

    /// True when the word of the segmentation that holds `index` (the last letter before a
    /// space) ends there and is a dictionary word of at most `shortWordLength` characters that
    /// the corpus counts fewer than `minimumShortWordCount` times: a form text rarely has but
    /// a word that lost a mark often leaves.
    private func endsInRareShortWord(_ index: Int, runs: [Range<Int>], segmentations: [Segmentation],
                                     in span: [Unicode.Scalar]) -> Bool {
        guard let runIndex = runs.firstIndex(where: { $0.contains(index) }) else { return false }
        let run = runs[runIndex], local = index - run.lowerBound
        guard let word = segmentations[runIndex].words.first(where: { $0.contains(local) }), word.upperBound == local + 1,
              segmentations[runIndex].known[local], word.count <= settings.shortWordLength else { return false }
        return frequencies().count(of: span[word.lowerBound + run.lowerBound...index]) < settings.minimumShortWordCount
    }

    /// True when, inside its run, the letters just before and just after `word` are both
    /// letters no dictionary word covers.
    private func isHemmedIn(_ word: Range<Int>, in result: [Unicode.Scalar], runs: [Range<Int>],
                            segmentations: [Segmentation]) -> Bool {
        guard let runIndex = runs.firstIndex(where: { $0.contains(word.lowerBound) }) else { return false }
        let run = runs[runIndex], known = segmentations[runIndex].known
        let before = word.lowerBound - 1, after = word.upperBound
        guard run.contains(before), run.contains(after) else { return false }
        return !known[before - run.lowerBound] && !known[after - run.lowerBound]
    }

    /// True when the word run of `span` that starts at `start` is a dictionary word.
    private func isWordRun(_ span: [Unicode.Scalar], startingAt start: Int) -> Bool {
        var end = start
        while end < span.count, span[end] != " " { end += 1 }
        return start < end && dictionary.contains(span[start..<end])
    }

    /// How many times likelier the word `word` (a range of the result, made by inserting one
    /// mark) is than the words of `span`'s segmentation it replaces, each word counted as
    /// often as the corpus has it (at least once).
    private func likelihoodRatio(of count: Int, replacing span: [Unicode.Scalar], _ word: Range<Int>,
                                 runs: [Range<Int>], segmentations: [Segmentation]) -> Double {
        let old = word.lowerBound..<max(word.upperBound - 1, word.lowerBound + 1)
        let total = Double(frequencies().total)
        var ratio = Double(max(count, 1)) / total
        for (run, segmentation) in zip(runs, segmentations) where run.overlaps(old) {
            for local in segmentation.words {
                let range = local.lowerBound + run.lowerBound..<local.upperBound + run.lowerBound
                if range.overlaps(old) { ratio /= Double(max(frequencies().count(of: span[range]), 1)) / total }
            }
        }
        return ratio
    }

    /// The kinds whose edits put back a mark the text lost: their short words must be common.
    private static func putsMarkBack(_ kind: ThaiDamageKind) -> Bool {
        kind == .droppedMark || kind == .markLostToSpace || kind == .digitForMark || kind == .toneMarksLostWholesale
    }

    /// The range (in `result`) of the dictionary word that holds the first character the edit
    /// wrote, or nil when no word holds it.
    private func writtenWord(_ edit: RepairEdit, in result: [Unicode.Scalar], runs: [Range<Int>],
                             segmentations: [Segmentation]) -> Range<Int>? {
        let written = edit.replacement.isEmpty
            ? edit.site
            : edit.range.lowerBound..<edit.range.lowerBound + edit.replacement.count
        guard let index = written.first(where: { result[$0] != " " }) ?? written.first,
              let runIndex = runs.firstIndex(where: { $0.contains(index) }) else { return nil }
        let local = index - runs[runIndex].lowerBound
        guard let word = segmentations[runIndex].words.first(where: { $0.contains(local) }) else { return nil }
        return word.lowerBound + runs[runIndex].lowerBound..<word.upperBound + runs[runIndex].lowerBound
    }

    /// True when the unknown letters around `site` follow a word that introduces a place's
    /// name (`settings.nameIntroducers`), at most one space between.
    private func followsNameIntroducer(_ site: Range<Int>, _ unknown: [Bool], in span: [Unicode.Scalar],
                                       spanIntroduced: Bool) -> Bool {
        var start = min(site.lowerBound, span.count)
        while start > 0, unknown[start - 1] { start -= 1 }
        return start == 0 ? spanIntroduced : endsWithNameIntroducer(span[..<start])
    }

    private static func scalars(of words: [String]) -> [[Unicode.Scalar]] {
        words.map { Array($0.unicodeScalars) }
    }

    /// True when `text` ends with a word of `settings.nameIntroducers`, one space after it aside.
    private func endsWithNameIntroducer(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        var before = text
        if before.last == " " { before = before.dropLast() }
        return nameIntroducers.contains { introducer in
            before.count >= introducer.count && before.suffix(introducer.count).elementsEqual(introducer)
        }
    }

    private func isNearUnknown(_ site: Range<Int>, _ unknown: [Bool]) -> Bool {
        let low = max(site.lowerBound - settings.unknownReach, 0)
        let high = min(site.upperBound + settings.unknownReach, unknown.count)
        return low < high && unknown[low..<high].contains(true)
    }

    /// True when a dictionary word covers every mark and vowel the edit wrote. Not the
    /// consonants it only shifted: the one a displaced mark landed after may begin a word
    /// still damaged (`ไม่แนใ จ`), which a later edit repairs.
    private func isKnown(_ edit: RepairEdit, in result: [Unicode.Scalar], runs: [Range<Int>],
                         segmentations: [Segmentation]) -> Bool {
        Self.charactersToBeKnown(edit, in: result).allSatisfy { index in
            guard let runIndex = runs.firstIndex(where: { $0.contains(index) }) else { return false }
            return segmentations[runIndex].known[index - runs[runIndex].lowerBound]
        }
    }

    /// `isKnown` asked before the runs are segmented: false when no dictionary word could
    /// cover one of the characters it asks about, so that the edit is turned down unsegmented.
    private func mayBeKnown(_ edit: RepairEdit, in result: [Unicode.Scalar], check: CoveringWordCheck) -> Bool {
        Self.charactersToBeKnown(edit, in: result).allSatisfy { check.mayCover($0, in: result) }
    }

    /// The characters of `result` the edit wrote that a dictionary word must cover.
    private static func charactersToBeKnown(_ edit: RepairEdit, in result: [Unicode.Scalar]) -> [Int] {
        let written = edit.replacement.isEmpty
            ? edit.site
            : edit.range.lowerBound..<edit.range.lowerBound + edit.replacement.count
        let shiftsOnly = edit.kind == .displacedMark || edit.kind == .droppedMark
        return written.filter { index in
            guard result[index] != " " else { return false }
            return !(shiftsOnly && !edit.replacement.isEmpty
                && (ThaiCharacter.isConsonant(result[index]) || ThaiCharacter.isLeadingVowel(result[index])))
        }
    }

    /// The best candidate that no other candidate, as good but different, contests at the
    /// same place; the leftmost among equals. A contested place is left alone: no worse
    /// candidate there is taken either. Two results that differ only in spaces do not contest
    /// each other: the one without the space is taken, since a displaced mark leaves a space
    /// that was never in the text (`ระดบั การ` for ระดับการ). Nor does a candidate whose word the
    /// corpus counts `tieRatio` times as often as each rival's: that word is the likely one
    /// (`กลุม`: กลุ่ม, not กลุ้ม).
    private static func unambiguousBest(_ candidates: [Candidate], tieRatio: Int) -> Candidate? {
        let sorted = candidates.sorted {
            if $0.cost != $1.cost { return $0.cost < $1.cost }
            // The likelier word first, so that a rival it outnumbers does not contest it first.
            if $0.frequency != $1.frequency { return $0.frequency > $1.frequency }
            if $0.edit.site.lowerBound != $1.edit.site.lowerBound { return $0.edit.site.lowerBound < $1.edit.site.lowerBound }
            return $0.result.count < $1.result.count
        }
        var contested: [Range<Int>] = []
        for candidate in sorted where !contested.contains(where: { $0.overlaps(candidate.edit.site) }) {
            let tied = sorted.contains {
                $0.cost == candidate.cost && $0.edit.site.overlaps(candidate.edit.site)
                    && !sameLetters($0.result, candidate.result)
                    && candidate.frequency < tieRatio * max($0.frequency, 1)
            }
            if !tied { return candidate }
            contested.append(candidate.edit.site)
        }
        return nil
    }

    private static func sameLetters(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        a == b || a.filter { $0 != " " } == b.filter { $0 != " " }
    }

    /// The change between two versions of a span, widened to whole word runs.
    private static func change(from before: [Unicode.Scalar], to after: [Unicode.Scalar], at offset: Int,
                               kinds: [ThaiDamageKind]) -> Change {
        var prefix = 0
        while prefix < min(before.count, after.count), before[prefix] == after[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(before.count, after.count) - prefix,
              before[before.count - 1 - suffix] == after[after.count - 1 - suffix] { suffix += 1 }
        func widened(_ scalars: [Unicode.Scalar]) -> (Int, String) {
            var start = prefix
            while start > 0, scalars[start - 1] != " " { start -= 1 }
            var end = scalars.count - suffix
            while end < scalars.count, scalars[end] != " " { end += 1 }
            return (start, String(scalars: Array(scalars[start..<max(start, end)])))
        }
        let (start, beforeText) = widened(before)
        let (_, afterText) = widened(after)
        var distinct: [ThaiDamageKind] = []
        for kind in kinds where !distinct.contains(kind) { distinct.append(kind) }
        return Change(before: beforeText, after: afterText, offset: offset + start, kinds: distinct)
    }
}
