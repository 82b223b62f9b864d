/// U+FFFD REPLACEMENT CHARACTER, which PDF text extraction writes for a glyph it cannot
/// map to Unicode. In Thai documents exported from InDesign (and Excel through Acrobat) it
/// stands for a piece of a Thai glyph, typically the NIKHAHIT of SARA AM.
enum ReplacementCharacter {
    static let scalar: Unicode.Scalar = "\u{FFFD}"
}
