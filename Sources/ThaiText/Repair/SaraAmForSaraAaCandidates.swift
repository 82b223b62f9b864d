/// SARA AM may stand for a SARA AA: PowerPoint's text layer for some Thai fonts maps the
/// SARA AA glyph to SARA AM (`นำยแพทย์ชำนำญกำร`).
struct SaraAmForSaraAaCandidates: DamageCandidates {
    var kind: ThaiDamageKind { .saraAmForSaraAa }
    // `ระดับชำติ` reads as ระดับ ชำ ติ: no unknown character to be near.
    var needsUnknownNearby: Bool { false }

    func edits(in span: [Unicode.Scalar], run: Range<Int>) -> [RepairEdit] {
        run.compactMap { index in
            span[index] == ThaiCharacter.saraAm
                ? RepairEdit(kind: kind, range: index..<index + 1, replacement: [ThaiCharacter.saraAa]) : nil
        }
    }
}
