/// Removes zero-width spaces, joiners, word joiners, soft hyphens and byte order marks that
/// sit inside Thai text: a run of them is removed when the scalars on both sides are Thai
/// (or U+FFFD, which in these documents stands for a Thai glyph that lost its mapping).
///
/// Why: e-signature overlays and web editors put U+200B inside words, even between a
/// consonant and its mark, which breaks word matching and strands the mark.
///
/// Elsewhere (between Latin words, in emoji sequences, at either end of the text) these
/// characters are kept: there a ZWJ or ZWNJ can be meaningful, and a ZWSP may be the only
/// thing separating two words.
struct InvisibleCharacterRemoval: ScalarRepair {
    func apply(to scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            guard GapCharacter.isInvisible(scalars[index]) else {
                result.append(scalars[index])
                index += 1
                continue
            }
            var end = index
            while end < scalars.count, GapCharacter.isInvisible(scalars[end]) { end += 1 }
            let insideThai = index > 0 && end < scalars.count
                && Self.isThaiSide(scalars[index - 1]) && Self.isThaiSide(scalars[end])
            if !insideThai { result.append(contentsOf: scalars[index..<end]) }
            index = end
        }
        return result
    }

    private static func isThaiSide(_ scalar: Unicode.Scalar) -> Bool {
        ThaiCharacter.isThai(scalar) || scalar == ReplacementCharacter.scalar
    }
}
