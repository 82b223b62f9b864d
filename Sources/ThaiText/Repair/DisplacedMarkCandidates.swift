/// Marks that follow the consonant after their own (`ปงี บประมาณ`, `บรหิ าร`): text copied
/// from flipbook viewers puts a mark after the next consonant and often a space after it.
/// The edit moves the marks back onto the consonant before; when they end a word run and a
/// single space follows, a second edit also drops that space.
struct DisplacedMarkCandidates: DamageCandidates {
    var kind: ThaiDamageKind { .displacedMark }
    var needsUnknownNearby: Bool { true }

    func edits(in span: [Unicode.Scalar], run: Range<Int>) -> [RepairEdit] {
        var edits: [RepairEdit] = []
        var index = run.lowerBound
        while index < run.upperBound {
            guard ThaiCharacter.isCombiningMark(span[index]) else { index += 1; continue }
            var end = index
            while end < run.upperBound, ThaiCharacter.isCombiningMark(span[end]) { end += 1 }
            if isConsonant(span, index - 1, in: run), isConsonant(span, index - 2, in: run) {
                let moved = [span[index - 2]] + span[index..<end] + [span[index - 1]]
                edits.append(RepairEdit(kind: kind, range: index - 2..<end, replacement: moved))
                if end == run.upperBound, end + 1 < span.count, span[end] == " " {
                    edits.append(RepairEdit(kind: kind, range: index - 2..<end + 1, replacement: moved))
                }
            }
            index = end
        }
        return edits
    }
}
