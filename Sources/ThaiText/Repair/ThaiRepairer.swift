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

    public var settings: ThaiRepairSettings
    private let dictionary: ThaiDictionary
    private let generators: [any DamageCandidates]
    private let cache = SpanRepairCache()

    /// Nil when no dictionary is installed (libthai-data).
    public init?(settings: ThaiRepairSettings = ThaiRepairSettings(), dictionary: ThaiDictionary? = .shared) {
        guard let dictionary else { return nil }
        self.settings = settings
        self.dictionary = dictionary
        let all: [any DamageCandidates] = [
            LostSaraAmCandidates(), SaraAmForSaraAaCandidates(), MaiThoSaraAmCandidates(),
            DisplacedMarkCandidates(), DroppedMarkCandidates(), SpacedMarkCandidates(),
        ]
        self.generators = all.filter { settings.kinds.contains($0.kind) }
    }

    public func repair(_ text: String) -> String {
        repairWithChanges(text).text
    }

    public func repairWithChanges(_ text: String) -> (text: String, changes: [Change]) {
        var scalars = Array(text.unicodeScalars)
        var changes: [Change] = []
        // Rounds until nothing changes, so that repairing the output again changes nothing:
        // each round reads its lines' evidence (`LineEvidence`) from the text as it then
        // stands, and a SARA AM that a round gave back to the SARA AA it stood for
        // (PowerPoint's) no longer rules out a lost SARA AM on its line.
        for _ in 0..<Self.maximumRounds {
            let round = repairRound(scalars)
            guard round.changed else { break }
            changes = changes.isEmpty ? round.changes : Self.merged(changes, round.changes)
            scalars = round.scalars
        }
        return changes.isEmpty ? (text, []) : (String(scalars: scalars), changes)
    }

    /// At most so many rounds; real text needs one, or two after PowerPoint's SARA AM.
    static let maximumRounds = 4

    private func repairRound(_ scalars: [Unicode.Scalar]) -> (scalars: [Unicode.Scalar], changes: [Change], changed: Bool) {
        let lines = LineEvidence(scalars)
        let first = repairPass(scalars, evidence: [], lines: lines)
        // A font that loses SARA AM loses every one: once the text shows that damage where
        // the dictionary leaves no doubt (`ส้าคัญ`), a span where the repair only ties with
        // the text as it stands (`จ้าเป็นต่อ`: จ้า เป็นต่อ or จำเป็น ต่อ) is repaired too.
        let evidence = Set(first.changes.flatMap(\.kinds)).intersection(Self.systematicKinds)
        guard !evidence.isEmpty else { return first }
        let second = repairPass(first.scalars, evidence: evidence, lines: lines)
        guard second.changed else { return first }
        return (second.scalars, Self.merged(first.changes, second.changes), true)
    }

    /// The kinds of damage a font makes everywhere, whose ties are decided by evidence. Not a
    /// lost SARA AM: too many real words differ from another only by it (`หา` and `หำ`).
    static let systematicKinds: Set<ThaiDamageKind> = [.maiThoForSaraAm]

    private func repairPass(_ scalars: [Unicode.Scalar], evidence: Set<ThaiDamageKind>, lines: LineEvidence)
        -> (scalars: [Unicode.Scalar], changes: [Change], changed: Bool) {
        var output: [Unicode.Scalar] = []
        var copied = 0
        var changes: [Change] = []
        // The line of each span, counted as the spans come, in order.
        var line = 0, counted = 0
        for found in ThaiSpanFinder.spans(in: scalars) {
            // A date's month abbreviation (`1 มค 67`) is no damaged word.
            guard let span = AbbreviationBesideNumber.trimmed(found, in: scalars) else { continue }
            line += scalars[counted..<span.range.lowerBound].lazy.filter { $0 == "\n" }.count
            counted = span.range.lowerBound
            let original = Array(scalars[span.range])
            // A letter before a full stop is an abbreviation's (`ป.ป.ช.`), not a damaged word.
            let endsAbbreviation = span.range.upperBound < scalars.count && scalars[span.range.upperBound] == "."
            let tail = endsAbbreviation ? 1 : 0
            let ruledOut = lines.ruledOut(onLine: line)
            let key = SpanRepairCache.Key(span: original, protectedTail: tail, evidence: evidence, ruledOut: ruledOut)
            guard let (repaired, kinds) = cache.outcome(for: key, computing: {
                repairSpan(original, protectedTail: tail, evidence: evidence, ruledOut: ruledOut)
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
    }

    /// The repaired span and the kinds of the edits made, or nil when nothing changes.
    /// `protectedTail`: so many characters at the end of the span are left as they are.
    private func repairSpan(_ original: [Unicode.Scalar], protectedTail: Int, evidence: Set<ThaiDamageKind>,
                            ruledOut: Set<ThaiDamageKind>) -> ([Unicode.Scalar], [ThaiDamageKind])? {
        guard original.count <= settings.maximumSpanLength else { return nil }
        let originalRuns = ThaiSpanFinder.runs(in: original[...])
        guard !originalRuns.allSatisfy({ dictionary.contains(original[$0]) }) else { return nil }
        let segmenter = WordSegmenter(dictionary: dictionary)
        var memo: [ArraySlice<Unicode.Scalar>: Segmentation] = [:]
        func segment(_ run: ArraySlice<Unicode.Scalar>) -> Segmentation {
            if let known = memo[run] { return known }
            let segmentation = segmenter.segment(run)
            memo[run] = segmentation
            return segmentation
        }
        var current = original
        var kinds: [ThaiDamageKind] = []
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
                    // A displaced mark ends its word run: that sign is strong enough to move it
                    // back wherever the span then reads as fewer words, with no unknown
                    // character near (`ผลการประเมนิ` reads ผล การ ประ เม นิ).
                    let needsUnknown = generator.needsUnknownNearby && !generator.mayMendKnownWords
                    if needsUnknown, total.unknown == 0 { continue }
                    for edit in generator.edits(in: current, run: run) {
                        let result = edit.applied(to: current)
                        if needsUnknown, !isNearUnknown(edit.site, unknown) { continue }
                        let resultRuns = ThaiSpanFinder.runs(in: result[...])
                        let resultSegmentations = resultRuns.map { segment(result[$0]) }
                        let cost = resultSegmentations.reduce(SegmentationCost.zero) { $0 + $1.cost }
                        guard cost < total || (cost == total && evidence.contains(edit.kind)) else { continue }
                        if needsUnknown, cost.unknown >= total.unknown { continue }
                        guard isKnown(edit, in: result, runs: resultRuns, segmentations: resultSegmentations) else { continue }
                        if generator.needsWholeRunKnown,
                           let runIndex = resultRuns.firstIndex(where: { $0.contains(edit.site.lowerBound) }),
                           resultSegmentations[runIndex].cost.unknown > 0 { continue }
                        if edit.site.upperBound > current.count - protectedTail { continue }
                        candidates.append(Candidate(edit: edit, result: result, cost: cost))
                    }
                }
            }
            guard let chosen = Self.unambiguousBest(candidates) else { break }
            current = chosen.result
            kinds.append(chosen.edit.kind)
        }
        return kinds.isEmpty ? nil : (current, kinds)
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
        let written = edit.replacement.isEmpty
            ? edit.site
            : edit.range.lowerBound..<edit.range.lowerBound + edit.replacement.count
        let shiftsOnly = edit.kind == .displacedMark || edit.kind == .droppedMark
        for index in written where result[index] != " " {
            if shiftsOnly, !edit.replacement.isEmpty, ThaiCharacter.isConsonant(result[index])
                || ThaiCharacter.isLeadingVowel(result[index]) { continue }
            guard let runIndex = runs.firstIndex(where: { $0.contains(index) }),
                  segmentations[runIndex].known[index - runs[runIndex].lowerBound] else { return false }
        }
        return true
    }

    /// The best candidate that no other candidate, as good but different, contests at the
    /// same place; the leftmost among equals. A contested place is left alone: no worse
    /// candidate there is taken either. Two results that differ only in spaces do not contest
    /// each other: the one without the space is taken, since a displaced mark leaves a space
    /// that was never in the text (`ระดบั การ` for ระดับการ).
    private static func unambiguousBest(_ candidates: [Candidate]) -> Candidate? {
        let sorted = candidates.sorted {
            if $0.cost != $1.cost { return $0.cost < $1.cost }
            if $0.edit.site.lowerBound != $1.edit.site.lowerBound { return $0.edit.site.lowerBound < $1.edit.site.lowerBound }
            return $0.result.count < $1.result.count
        }
        var contested: [Range<Int>] = []
        for candidate in sorted where !contested.contains(where: { $0.overlaps(candidate.edit.site) }) {
            let tied = sorted.contains {
                $0.cost == candidate.cost && $0.edit.site.overlaps(candidate.edit.site)
                    && !sameLetters($0.result, candidate.result)
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
