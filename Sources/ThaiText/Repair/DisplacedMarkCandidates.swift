/// Marks that follow the character after their own (`ปงี บประมาณ`, `บรหิ าร`, `ทเี่ ปิด`,
/// `บา้ น`): text copied from flipbook viewers puts a mark after the next consonant, leading
/// vowel, SARA AA or SARA AM, and a space after it. The edit moves the marks, or some of them
/// (`ไปรษณยี ์`: the THANTHAKHAT is where it belongs), back onto the consonant before,
/// beside any mark that stayed there (`ช้นั`). Only marks that end a word run are moved: the
/// copy leaves a space after each one it displaces. A second edit also drops that space.
///
/// Such a copy displaces every mark, and one moved back may leave its neighbour no better
/// read (`การวจิ ยั`: การวิจยั reads no better until ยั is mended too), so the moves of up to
/// `chainLength` runs in a row are also proposed as one edit.
struct DisplacedMarkCandidates: DamageCandidates {
    var kind: ThaiDamageKind { .displacedMark }
    var needsUnknownNearby: Bool { true }
    var mayMendKnownWords: Bool { true }
    /// The most runs in a row whose displaced marks one edit moves back.
    var chainLength = 3

    /// Where a run's last marks were displaced to, and what moving them all back writes.
    private struct Site {
        var owner: Int
        var end: Int
        var replacements: [[Unicode.Scalar]]
    }

    func edits(in span: [Unicode.Scalar], run: Range<Int>) -> [RepairEdit] {
        guard let first = site(endingRun: run, in: span) else { return [] }
        var edits = (first.replacements + partialMoves(at: first, in: span)).map {
            RepairEdit(kind: kind, range: first.owner..<first.end, replacement: $0)
        }
        for replacement in first.replacements {
            edits += chain(from: first, replacement, in: span)
        }
        return edits
    }

    /// The whole move at `first` with the space after it dropped, then the same at each next
    /// run in turn, read on the text as mended so far; each step proposed as one edit.
    private func chain(from first: Site, _ replacement: [Unicode.Scalar], in span: [Unicode.Scalar]) -> [RepairEdit] {
        var edits: [RepairEdit] = []
        var current = span
        current.replaceSubrange(first.owner..<first.end, with: replacement)
        var runEnd = first.owner + replacement.count
        func propose() {
            let range = first.owner..<runEnd + span.count - current.count
            edits.append(RepairEdit(kind: kind, range: range, replacement: Array(current[first.owner..<runEnd])))
        }
        for _ in 0..<chainLength {
            guard runEnd + 1 < current.count, current[runEnd] == " ", current[runEnd + 1] != " " else { break }
            current.remove(at: runEnd)
            var nextEnd = runEnd
            while nextEnd < current.count, current[nextEnd] != " " { nextEnd += 1 }
            runEnd = nextEnd
            propose()
            var runStart = first.owner
            while runStart > 0, current[runStart - 1] != " " { runStart -= 1 }
            guard let next = site(endingRun: runStart..<runEnd, in: current), next.owner >= first.owner else { break }
            current.replaceSubrange(next.owner..<next.end, with: next.replacements[0])
            runEnd = next.owner + next.replacements[0].count
            propose()
        }
        return edits
    }

    /// The marks that end `run`, when they follow a character that can carry a displaced
    /// mark and a consonant before it (with at most one mark of its own).
    private func site(endingRun run: Range<Int>, in span: [Unicode.Scalar]) -> Site? {
        var start = run.upperBound
        while start > run.lowerBound, ThaiCharacter.isCombiningMark(span[start - 1]) { start -= 1 }
        let marks = Array(span[start..<run.upperBound])
        guard !marks.isEmpty, marks.count <= 3, run.contains(start - 1),
              Self.canCarryDisplacedMark(span[start - 1]) else { return nil }
        var owner = start - 2
        if run.contains(owner), ThaiCharacter.isCombiningMark(span[owner]) { owner -= 1 }
        guard isConsonant(span, owner, in: run) else { return nil }
        let stayed = Array(span[owner + 1..<start - 1])
        let landing = span[start - 1]
        let written = [span[owner]] + ThaiCharacter.canonicalMarkOrder(stayed + marks)
        var replacements = [written + [landing]]
        // PowerPoint's SARA AM for SARA AA, displaced onto (`รำยจำ่ ย` for รายจ่าย).
        if landing == ThaiCharacter.saraAm { replacements.append(written + [ThaiCharacter.saraAa]) }
        return Site(owner: owner, end: run.upperBound, replacements: replacements)
    }

    /// Moving back only some of the marks: the others belong where they are.
    private func partialMoves(at site: Site, in span: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        var start = site.end
        while ThaiCharacter.isCombiningMark(span[start - 1]) { start -= 1 }
        let marks = Array(span[start..<site.end])
        guard marks.count > 1, ThaiCharacter.isConsonant(span[start - 1]) else { return [] }
        let stayed = Array(span[site.owner + 1..<start - 1])
        return (1..<(1 << marks.count) - 1).map { choice in
            let moved = marks.indices.filter { choice & (1 << $0) != 0 }.map { marks[$0] }
            let left = marks.indices.filter { choice & (1 << $0) == 0 }.map { marks[$0] }
            return [span[site.owner]] + ThaiCharacter.canonicalMarkOrder(stayed + moved)
                + [span[start - 1]] + ThaiCharacter.canonicalMarkOrder(left)
        }
    }

    /// What a displaced mark lands after: a consonant, or a character that never carries a
    /// mark (a leading vowel, SARA AA, SARA AM: `คำ่ อปุ กรณ์`).
    static func canCarryDisplacedMark(_ scalar: Unicode.Scalar) -> Bool {
        ThaiCharacter.isConsonant(scalar) || ThaiCharacter.isLeadingVowel(scalar)
            || scalar == ThaiCharacter.saraAa || scalar == ThaiCharacter.saraAm
    }
}
