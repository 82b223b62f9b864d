/// Puts back on a Thai letter the marks that white space or invisible characters separate
/// from it (`ตัวชี ้วัด` → `ตัวชี้วัด`).
///
/// Why: PDF extractors (poppler's `pdftotext`, text copied from PDF viewers) often put a
/// space before a tone mark or upper vowel, and sometimes a line break: the mark then sits
/// on nothing. A Thai combining mark never legitimately follows white space.
///
/// After a consonant (or U+FFFD, a lost Thai glyph), the run of marks, spaces, invisible
/// characters, tabs and line breaks up to the last mark is rebuilt as: the marks, in their
/// order, then the tabs and line breaks. Spaces and invisible characters there are removed.
/// Tabs and line breaks are kept, because they separate table cells, lines and pages:
/// removing one would merge two cells or lines, so the mark moves across it instead
/// (`ดังนั\n้น` → `ดังนั้\nน`). A mark at the very start of the text, or after white space
/// that follows punctuation, a digit, a Latin letter or a spacing vowel, stays where it is.
struct StrandedMarkJoining: ScalarRepair {
    func apply(to scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            result.append(scalar)
            index += 1
            guard Self.canCarryMark(scalar) else { continue }

            // The marks and gap characters after the letter, up to its last mark.
            var end = index
            var afterLastMark = index
            while end < scalars.count,
                  ThaiCharacter.isCombiningMark(scalars[end]) || GapCharacter.contains(scalars[end]) {
                end += 1
                if ThaiCharacter.isCombiningMark(scalars[end - 1]) { afterLastMark = end }
            }
            let tail = scalars[index..<afterLastMark]
            for mark in tail where ThaiCharacter.isCombiningMark(mark) { result.append(mark) }
            for separator in tail where GapCharacter.isSeparator(separator) { result.append(separator) }
            // What follows the last mark (white space before the next word) is kept as is.
            index = afterLastMark
        }
        return result
    }

    private static func canCarryMark(_ scalar: Unicode.Scalar) -> Bool {
        ThaiCharacter.isConsonant(scalar) || scalar == ReplacementCharacter.scalar
    }
}
