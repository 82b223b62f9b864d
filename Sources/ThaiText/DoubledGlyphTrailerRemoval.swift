/// Drops a U+FFFD that follows a doubled mark or a doubled SARA AM
/// (`ประจำำ�ปีี`, `หน่วยงานอื่่�น`); the doubles themselves are reduced later, by
/// `MarkRunCanonicalization` and `SaraAmRepair`.
///
/// Why: InDesign documents exported through Acrobat draw the last glyph of some clusters
/// twice and follow it with a glyph that has no Unicode mapping, which extraction writes as
/// U+FFFD. After a double the U+FFFD carries nothing. Anywhere else it is kept: we do not
/// guess what it was (see `SaraAmRepair` for the one other case we do repair).
///
/// This step must run before the doubles are reduced, since the double is its evidence.
struct DoubledGlyphTrailerRemoval: ScalarRepair {
    func apply(to scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count)
        for (index, scalar) in scalars.enumerated() {
            if scalar == ReplacementCharacter.scalar, index >= 2,
               scalars[index - 1] == scalars[index - 2], Self.isDoubledGlyph(scalars[index - 1]) {
                continue
            }
            result.append(scalar)
        }
        return result
    }

    private static func isDoubledGlyph(_ scalar: Unicode.Scalar) -> Bool {
        ThaiCharacter.isCombiningMark(scalar) || scalar == ThaiCharacter.saraAm
    }
}
