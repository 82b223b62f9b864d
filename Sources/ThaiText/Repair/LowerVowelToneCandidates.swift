/// A tone mark dropped after a lower vowel (`กลุม` for กลุ่ม, `ผูใช` for ผู้ใช้, `อยู` for อยู่):
/// fonts that draw their tone marks low with glyphs that have no text lose the one over SARA U
/// and SARA UU as they lose the one over a bare consonant. `DroppedMarkCandidates` proposes
/// marks after consonants and upper vowels only; this proposes MAI EK and MAI THO after a lower
/// vowel that sits under a consonant, with the same guards (an unknown character near, unless
/// the line lost its tone marks wholesale, and the whole run then in dictionary words).
struct LowerVowelToneCandidates: DamageCandidates {
    var kind: ThaiDamageKind { .droppedMark }
    var needsUnknownNearby: Bool { true }
    var needsWholeRunKnown: Bool { true }

    /// SARA U and SARA UU.
    static let lowerVowels: Set<Unicode.Scalar> = ["\u{0E38}", "\u{0E39}"]

    func edits(in span: [Unicode.Scalar], run: Range<Int>) -> [RepairEdit] {
        var edits: [RepairEdit] = []
        for index in run where Self.lowerVowels.contains(span[index]) && isConsonant(span, index - 1, in: run) {
            let next = index + 1
            if next < run.upperBound, ThaiCharacter.isCombiningMark(span[next]) { continue }
            for mark in DroppedMarkCandidates.toneMarks {
                edits.append(RepairEdit(kind: kind, range: next..<next, replacement: [mark]))
            }
        }
        return edits
    }
}
