/// MAI THO + SARA AA after a consonant may be a SARA AM (`ส้าคัญ`), or MAI THO + SARA AM
/// (`น้า` for น้ำ): Word 2010 with TH SarabunPSK maps the NIKHAHIT glyph of SARA AM to MAI
/// THO.
struct MaiThoSaraAmCandidates: DamageCandidates {
    var kind: ThaiDamageKind { .maiThoForSaraAm }
    // Like a lost SARA AM, `จ้าเป็น` reads as two words (จ้า เป็น).
    var needsUnknownNearby: Bool { false }

    func edits(in span: [Unicode.Scalar], run: Range<Int>) -> [RepairEdit] {
        run.flatMap { index -> [RepairEdit] in
            guard span[index] == ThaiCharacter.maiTho, run.contains(index + 1), span[index + 1] == ThaiCharacter.saraAa,
                  isConsonant(span, index - 1, in: run) else { return [] }
            return [
                RepairEdit(kind: kind, range: index..<index + 2, replacement: [ThaiCharacter.saraAm]),
                RepairEdit(kind: .saraAaForSaraAmAfterMaiTho, range: index..<index + 2,
                           replacement: [ThaiCharacter.maiTho, ThaiCharacter.saraAm]),
            ]
        }
    }
}
