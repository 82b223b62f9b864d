/// A space where a mark or vowel was lost (`การเข ยน` for การเขียน, `ด านงาน` for ด้านงาน,
/// `ก าหนด` for กำหนด): some extractors write a space for a glyph they cannot map. The space
/// is replaced by each mark a consonant can carry, or (before SARA AA) by the NIKHAHIT that
/// makes SARA AM, or by an upper or lower vowel with its tone mark, or dropped; an edit is
/// taken, like every other, only when the joined run reads as dictionary words better than its
/// parts do.
struct MarkLostToSpaceCandidates: DamageCandidates {
    var kind: ThaiDamageKind { .markLostToSpace }
    var needsUnknownNearby: Bool { true }

    /// The upper and lower vowels and the marks such a copy was seen to lose: MAI HAN-AKAT,
    /// SARA I, SARA II, SARA UE, SARA UEE, SARA U, SARA UU, MAI EK, MAI THO, MAI TAI KHU,
    /// THANTHAKHAT.
    static let marks: [Unicode.Scalar] = [
        "\u{0E31}", "\u{0E34}", "\u{0E35}", "\u{0E36}", "\u{0E37}", "\u{0E38}", "\u{0E39}",
        "\u{0E48}", "\u{0E49}", "\u{0E47}", "\u{0E4C}",
    ]

    /// MAI HAN-AKAT, SARA I, SARA II, SARA UE, SARA UEE, SARA U, SARA UU: the vowels a tone
    /// mark stacks on.
    static let stackVowels: [Unicode.Scalar] = [
        "\u{0E31}", "\u{0E34}", "\u{0E35}", "\u{0E36}", "\u{0E37}", "\u{0E38}", "\u{0E39}",
    ]
    /// MAI EK and MAI THO: the tone marks common enough to be proposed in a stack (MAI TRI and
    /// MAI CHATTAWA words are too few to be worth the candidates).
    static let stackToneMarks: [Unicode.Scalar] = ["\u{0E48}", "\u{0E49}"]

    func edits(in span: [Unicode.Scalar], run: Range<Int>) -> [RepairEdit] {
        // The space after the run: the run is the left part.
        let space = run.upperBound
        guard space + 1 < span.count, span[space] == " ", span[space + 1] != " " else { return [] }
        let before = span[space - 1], after = span[space + 1]
        guard ThaiCharacter.isConsonant(before) || ThaiCharacter.isCombiningMark(before) else { return [] }
        var edits = [RepairEdit(kind: kind, range: space..<space + 1, replacement: [])]
        if after == ThaiCharacter.saraAa, ThaiCharacter.isConsonant(before) || ThaiCharacter.isToneMark(before) {
            edits.append(RepairEdit(kind: kind, range: space..<space + 2, replacement: [ThaiCharacter.saraAm]))
        }
        guard ThaiCharacter.isConsonant(before) else { return edits }
        for mark in Self.marks {
            edits.append(RepairEdit(kind: kind, range: space..<space + 1, replacement: [mark]))
        }
        // The whole stack over one consonant, an upper or lower vowel and its tone mark, is one
        // glyph in such fonts and leaves one space (`ผ ใช` for ผู้ใช, `เพ อ` for เพื่อ, `ท องถ น`
        // for ท้องถิ่น): the space becomes both marks, in canonical order.
        for vowel in Self.stackVowels {
            for tone in Self.stackToneMarks {
                edits.append(RepairEdit(kind: kind, range: space..<space + 1, replacement: [vowel, tone]))
            }
        }
        return edits
    }
}
