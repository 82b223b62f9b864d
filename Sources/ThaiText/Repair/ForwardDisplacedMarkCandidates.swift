/// A tone mark or THANTHAKHAT that a copy put *before* its word, stranded with a space after
/// it (`ประเทศ ้ หนา 25` for ประเทศ หน้า 25, the page header of Royal Gazette texts): the
/// normaliser joins it to the letter before, where it reads as no word (`ประเทศ้ หนา`). The edit
/// takes it off that letter and puts it on a consonant of the next word run; the space stays.
struct ForwardDisplacedMarkCandidates: DamageCandidates {
    var kind: ThaiDamageKind { .displacedMark }
    var needsUnknownNearby: Bool { true }
    var needsWholeRunKnown: Bool { true }
    /// The mark goes to one of the first so many consonants of the next run: it was displaced
    /// from the start of that word. 2: หน้า, and not a mark that ends a flipbook's word run
    /// (`ตอ่ การดาเนินงาน`), which a move forward could put on a later word (ด่า).
    var reach = 2

    func edits(in span: [Unicode.Scalar], run: Range<Int>) -> [RepairEdit] {
        let last = run.upperBound - 1
        let space = run.upperBound
        guard run.count >= 2, space + 1 < span.count, span[space] == " ",
              ThaiCharacter.isToneMark(span[last]) || span[last] == DroppedMarkCandidates.thanthakhat,
              ThaiCharacter.isConsonant(span[last - 1]) || ThaiCharacter.isCombiningMark(span[last - 1]) else { return [] }
        let mark = span[last]
        var nextEnd = space + 1
        while nextEnd < span.count, span[nextEnd] != " " { nextEnd += 1 }
        var edits: [RepairEdit] = []
        var consonants = 0
        for index in space + 1..<nextEnd where ThaiCharacter.isConsonant(span[index]) {
            consonants += 1
            if consonants > reach { break }
            let next = index + 1 < nextEnd ? span[index + 1] : nil
            if let next, ThaiCharacter.isToneMark(next) { continue }
            // After the consonant, or after its upper or lower vowel.
            var at = index + 1
            if let next, ThaiCharacter.isCombiningMark(next) { at += 1 }
            var replacement = Array(span[last + 1..<at])
            replacement.insert(mark, at: at - (last + 1))
            edits.append(RepairEdit(kind: kind, range: last..<at, replacement: replacement))
        }
        return edits
    }
}
