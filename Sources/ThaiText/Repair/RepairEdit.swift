/// The kinds of damage the repairer knows, each with the edit that undoes it.
public enum ThaiDamageKind: String, CaseIterable, Hashable, Sendable {
    /// SARA AM lost its NIKHAHIT and reads SARA AA (`สานักงาน`): SARA AA → SARA AM.
    case lostSaraAm
    /// SARA AA turned into SARA AM (PowerPoint: `นำยแพทย์`): SARA AM → SARA AA.
    case saraAmForSaraAa
    /// SARA AM written as MAI THO + SARA AA (Word 2010: `ส้าคัญ`): → SARA AM.
    case maiThoForSaraAm
    /// The same font's MAI THO + SARA AM (`น้า` for น้ำ): the NIKHAHIT read as a second MAI
    /// THO that the normaliser already reduced. → MAI THO + SARA AM.
    case saraAaForSaraAmAfterMaiTho
    /// A mark put after the next consonant, often with a space where it stood (flipbooks:
    /// `หลกั การ`): moved back onto the consonant before, the space dropped.
    case displacedMark
    /// A tone mark or upper vowel dropped (`เพือ`): put back.
    case droppedMark
    /// A space stands where a mark or vowel was lost (`การเข ยน` for การเขียน, `ก าหนด` for
    /// กำหนด): the space becomes the mark, or goes.
    case markLostToSpace
    /// A broken font encoding wrote a digit or a bracket for a tone mark (`แก4ไข`, `ที1`,
    /// `ใช)`): read back as the mark.
    case digitForMark
    /// Every tone mark of a line lost (`สวนที่ไดรับ`): put back on words that are themselves
    /// words, when the corpus counts leave no doubt (`ได` → ได้, `ที` → ที่).
    case toneMarksLostWholesale
}

/// One candidate change to a span: its scalars in `range` replaced by `replacement`.
struct RepairEdit {
    var kind: ThaiDamageKind
    var range: Range<Int>
    var replacement: [Unicode.Scalar]

    /// The characters the edit is about: its range, or for an insertion the character the
    /// insertion follows.
    var site: Range<Int> {
        range.isEmpty ? max(range.lowerBound - 1, 0)..<range.lowerBound : range
    }

    func applied(to span: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result = span
        result.replaceSubrange(range, with: replacement)
        return result
    }
}

/// Proposes the edits of one kind of damage in one word run of a span.
protocol DamageCandidates: Sendable {
    var kind: ThaiDamageKind { get }
    /// True when the damage always leaves characters no dictionary word covers, so that its
    /// edits are only tried near those (a lost SARA AM does not: `สานัก` reads สา นัก).
    var needsUnknownNearby: Bool { get }
    /// True when an edit is only taken if it leaves its whole word run in dictionary words:
    /// for damage that a word the dictionary lacks (a name, an abbreviation) imitates.
    var needsWholeRunKnown: Bool { get }
    /// True when an edit may be taken with no unknown character near: for damage with a sign
    /// of its own that may still read as other words (`ประเมนิ`: ประ เม นิ).
    var mayMendKnownWords: Bool { get }
    func edits(in span: [Unicode.Scalar], run: Range<Int>) -> [RepairEdit]
}

extension DamageCandidates {
    var needsWholeRunKnown: Bool { false }
    var mayMendKnownWords: Bool { false }

    /// True when `span[index]` exists inside `run` and is a consonant.
    func isConsonant(_ span: [Unicode.Scalar], _ index: Int, in run: Range<Int>) -> Bool {
        run.contains(index) && ThaiCharacter.isConsonant(span[index])
    }
}
