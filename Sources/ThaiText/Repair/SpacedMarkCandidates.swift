/// A tone mark lost where a flipbook copy had displaced it, leaving only its space after the
/// next character (`ทา นสามารถ` for ท่านสามารถ, `รับสง ตอ` for รับส่งต่อ): the mark is put
/// back on the consonant before that character, and the space dropped. The space joins two
/// word runs, either of which may be the one no dictionary word covers (`ทา` is a word), so
/// edits are proposed from both sides of it.
struct SpacedMarkCandidates: DamageCandidates {
    var kind: ThaiDamageKind { .droppedMark }
    var needsUnknownNearby: Bool { true }

    /// MAI EK, MAI THO and THANTHAKHAT: the marks a bare consonant is seen to lose.
    static let marks = DroppedMarkCandidates.toneMarks + [DroppedMarkCandidates.thanthakhat]

    func edits(in span: [Unicode.Scalar], run: Range<Int>) -> [RepairEdit] {
        edits(atSpace: run.upperBound, in: span) + edits(atSpace: run.lowerBound - 1, in: span)
    }

    /// The edits that put a mark back where the space at `space` stands.
    private func edits(atSpace space: Int, in span: [Unicode.Scalar]) -> [RepairEdit] {
        guard space >= 2, space + 1 < span.count, span[space] == " ", span[space + 1] != " ",
              DisplacedMarkCandidates.canCarryDisplacedMark(span[space - 1]),
              ThaiCharacter.isConsonant(span[space - 2]) else { return [] }
        return Self.marks.map { mark in
            RepairEdit(kind: kind, range: space - 2..<space + 1, replacement: [span[space - 2], mark, span[space - 1]])
        }
    }
}
