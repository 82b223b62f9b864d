/// Replaces the PUA glyph variants of `PUAGlyphMap` by the Thai scalars they stand for.
///
/// Why: fonts such as TH SarabunIT๙ in PDFs from Acrobat PDFMaker map their shifted and
/// lowered mark glyphs to U+F700–U+F71A, so the text layer says U+F70B where the page shows
/// MAI THO. Other PUA code points mean nothing we know and are kept.
struct PUAGlyphMapping: ScalarRepair {
    func apply(to scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        scalars.map { PUAGlyphMap.standardScalar(for: $0) ?? $0 }
    }
}
