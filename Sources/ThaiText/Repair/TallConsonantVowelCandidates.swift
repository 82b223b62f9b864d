/// An upper vowel lost over a tall consonant (`ป` for ปี, `ปญหา` for ปัญหา, `ฝก` for ฝึก) on a
/// line that lost its tone marks wholesale: the fonts that draw tone marks low with glyphs that
/// have no text also shift an upper vowel left over PO PLA, FO FA, FO FAN and LO CHULA, whose
/// stems rise above the line, with glyphs of the same kind, and lose it with the marks.
/// Proposed only on such a line (`ThaiRepairer` asks for the line's evidence): elsewhere a lost
/// upper vowel is not a damage the repair reads (it would make names and abbreviations into
/// words), and only near a character no dictionary word covers, the whole run then in words.
struct TallConsonantVowelCandidates: DamageCandidates {
    var kind: ThaiDamageKind { .toneMarksLostWholesale }
    var needsUnknownNearby: Bool { true }
    var needsWholeRunKnown: Bool { true }

    /// PO PLA, FO FA, FO FAN, LO CHULA.
    static let tallConsonants: Set<Unicode.Scalar> = ["\u{0E1B}", "\u{0E1D}", "\u{0E1F}", "\u{0E2C}"]
    /// MAI HAN-AKAT, SARA I, SARA II, SARA UE, SARA UEE.
    static let upperVowels: [Unicode.Scalar] = ["\u{0E31}", "\u{0E34}", "\u{0E35}", "\u{0E36}", "\u{0E37}"]

    func edits(in span: [Unicode.Scalar], run: Range<Int>) -> [RepairEdit] {
        var edits: [RepairEdit] = []
        for index in run where Self.tallConsonants.contains(span[index]) {
            let next = index + 1
            if next < run.upperBound, ThaiCharacter.isCombiningMark(span[next]) { continue }
            for vowel in Self.upperVowels {
                edits.append(RepairEdit(kind: kind, range: next..<next, replacement: [vowel]))
            }
        }
        return edits
    }
}
