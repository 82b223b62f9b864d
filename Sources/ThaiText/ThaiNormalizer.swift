/// Repairs the damage PDF producers and extractors do to Thai text: PUA glyph variants,
/// SARA AM split in two or drawn twice, doubled marks, U+FFFD for lost glyphs, spaces and
/// invisible characters between a letter and its mark, marks out of order; and SARA AE
/// typed as two SARA E. Then NFC.
///
/// It never drops, changes or inserts a Thai consonant or a digit (the PUA variants of ฐ
/// and ญ become those consonants: they are them), and it does not guess: damage that needs
/// a dictionary (a lost SARA AM, a mark displaced onto the next letter) is left as it is.
public struct ThaiNormalizer: Sendable {
    /// The repairs, in the order they run. Each later step depends on the earlier ones:
    private static let repairs: [any ScalarRepair] = [
        // Not text at all.
        LeadingByteOrderMarkRemoval(),
        // Turn glyph variants into real marks first: every rule below is about real marks.
        PUAGlyphMapping(),
        // Bring each mark back next to its letter, so the rules below see whole clusters.
        InvisibleCharacterRemoval(),
        StrandedMarkJoining(),
        // Needs the doubles as evidence, so it runs before they are reduced.
        DoubledGlyphTrailerRemoval(),
        // Reduces doubled marks and sorts them; leaves NIKHAHIT last, next to a SARA AA.
        MarkRunCanonicalization(),
        // Needs NIKHAHIT last among the marks (`ก ํ ่ า`).
        SaraAmRepair(),
        // Typing, not PDF damage: SARA E typed twice for SARA AE (`เเละ`).
        DoubledSaraERepair(),
    ]

    /// How many rounds of repairs and NFC `normalize` runs at most; see there.
    private static let maximumRounds = 4

    public init() {}

    /// Returns `text` with the repairs applied. Idempotent: normalising the result again
    /// changes nothing.
    public func normalize(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        var scalarsAreComposed = false
        for _ in 0..<Self.maximumRounds {
            let repaired = Self.repairs.reduce(scalars) { $1.apply(to: $0) }
            if (scalarsAreComposed && repaired == scalars) || CanonicalComposition.leavesUnchanged(repaired) {
                return String(scalars: repaired)
            }
            let composed = CanonicalComposition.apply(to: String(scalars: repaired))
            if composed.unicodeScalars.elementsEqual(repaired) { return composed }
            // NFC changed something (decomposed Latin, or a non-Thai combining mark among
            // Thai marks, which NFC may move next to another Thai mark): the repairs may
            // find more to do in NFC's output, so run them again until nothing changes.
            // The repairs leave Thai in the order NFC wants, so for Thai this is rare.
            scalars = Array(composed.unicodeScalars)
            scalarsAreComposed = true
        }
        return String(scalars: scalars)
    }
}
