/// Removes whitespace and invisible characters standing between a Thai letter and a
/// combining mark, so that the mark sits on the letter again (`ตัวชี ้วัด` → `ตัวชี้วัด`).
///
/// Why: PDF extractors (poppler's `pdftotext`, text copied from PDF viewers) often put a
/// space before a tone mark or upper vowel, and sometimes a line break: the mark then sits
/// on nothing. A Thai combining mark never legitimately follows white space.
///
/// The run of gap characters is removed only when what precedes it can carry the mark: a
/// Thai consonant, another mark of the same cluster, or U+FFFD (a lost Thai glyph). Line
/// breaks and tabs count as gap too: a line or cell that starts with a combining mark is
/// already broken, and the mark belongs to the letter before it. A mark at the very start
/// of the text, or after punctuation, a digit or a Latin letter, stays where it is.
struct StrandedMarkJoining: ScalarRepair {
    func apply(to scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            guard GapCharacter.contains(scalars[index]) else {
                result.append(scalars[index])
                index += 1
                continue
            }
            var end = index
            while end < scalars.count, GapCharacter.contains(scalars[end]) { end += 1 }
            let stranded = index > 0 && end < scalars.count
                && Self.canCarryMark(scalars[index - 1])
                && ThaiCharacter.isCombiningMark(scalars[end])
            if !stranded { result.append(contentsOf: scalars[index..<end]) }
            index = end
        }
        return result
    }

    private static func canCarryMark(_ scalar: Unicode.Scalar) -> Bool {
        ThaiCharacter.isConsonant(scalar) || ThaiCharacter.isCombiningMark(scalar)
            || scalar == ReplacementCharacter.scalar
    }
}
