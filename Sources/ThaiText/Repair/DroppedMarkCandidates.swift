/// A tone mark the text layer dropped (`เพือ` for เพื่อ): put back after a bare consonant or
/// after a consonant's upper vowel. Dropped upper vowels are not proposed but MAI HAN-AKAT:
/// on the clean seed every other one the dictionary accepted turned an abbreviation or a
/// name into words (`อปท` → อีปีที, `นาโสภ` → นาโสภี).
struct DroppedMarkCandidates: DamageCandidates {
    var kind: ThaiDamageKind { .droppedMark }
    var needsUnknownNearby: Bool { true }
    var needsWholeRunKnown: Bool { true }

    /// MAI EK and MAI THO: the tone marks that get dropped (the other two are rare).
    static let toneMarks: [Unicode.Scalar] = ["\u{0E48}", "\u{0E49}"]
    /// THANTHAKHAT, dropped like a tone mark (`สิงหบุรี` for สิงห์บุรี); only on a bare consonant.
    static let thanthakhat: Unicode.Scalar = "\u{0E4C}"
    /// MAI TAI KHU (between two consonants).
    static let maiTaiKhu: Unicode.Scalar = "\u{0E47}"
    /// MAI HAN-AKAT, the one upper vowel proposed (between two consonants).
    static let maiHanAkat: Unicode.Scalar = "\u{0E31}"
    /// MAI HAN-AKAT, SARA I, SARA II, SARA UEE: the vowels a tone mark can follow.
    static let upperVowels: [Unicode.Scalar] = ["\u{0E31}", "\u{0E34}", "\u{0E35}", "\u{0E37}"]

    func edits(in span: [Unicode.Scalar], run: Range<Int>) -> [RepairEdit] {
        var edits: [RepairEdit] = []
        guard run.count > 1 else { return [] }
        // Each place between two characters of the run, and after its last.
        for index in (run.lowerBound + 1)...run.upperBound {
            let previous = span[index - 1]
            let next = index < run.upperBound ? span[index] : nil
            let nextIsMark = next.map(ThaiCharacter.isCombiningMark) ?? false
            var marks: [Unicode.Scalar] = []
            if ThaiCharacter.isConsonant(previous), !nextIsMark {
                marks = Self.toneMarks + [Self.thanthakhat]
                // MAI TAI KHU, lost with the tone marks by the same fonts (`เปน` for เป็น).
                if let next, ThaiCharacter.isConsonant(next) { marks.append(Self.maiTaiKhu) }
                // MAI HAN-AKAT, between two consonants: the one upper vowel a chart's text
                // layer was seen to drop (`ค่าครุภณฑ์` where the page prints ครุภัณฑ์).
                if let next, ThaiCharacter.isConsonant(next) { marks.append(Self.maiHanAkat) }
            } else if Self.upperVowels.contains(previous), isConsonant(span, index - 2, in: run),
                      !(next.map(ThaiCharacter.isToneMark) ?? false) {
                marks = Self.toneMarks
            }
            for mark in marks { edits.append(RepairEdit(kind: kind, range: index..<index, replacement: [mark])) }
        }
        return edits
    }
}
