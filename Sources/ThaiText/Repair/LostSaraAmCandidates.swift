/// SARA AA after a consonant (and its tone mark) may be a SARA AM whose NIKHAHIT the text
/// layer lost: Word with TH SarabunPSK draws SARA AM as two glyphs and maps only one.
struct LostSaraAmCandidates: DamageCandidates {
    var kind: ThaiDamageKind { .lostSaraAm }
    var needsUnknownNearby: Bool { false }

    func edits(in span: [Unicode.Scalar], run: Range<Int>) -> [RepairEdit] {
        run.compactMap { index in
            guard span[index] == ThaiCharacter.saraAa else { return nil }
            let follows = isConsonant(span, index - 1, in: run)
                || (run.contains(index - 1) && ThaiCharacter.isToneMark(span[index - 1]) && isConsonant(span, index - 2, in: run))
            return follows ? RepairEdit(kind: kind, range: index..<index + 1, replacement: [ThaiCharacter.saraAm]) : nil
        }
    }
}
