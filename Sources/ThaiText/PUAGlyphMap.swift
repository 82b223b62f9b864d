/// The Private Use Area code points older Thai fonts give their positioned glyph variants,
/// and the standard Thai scalar each one stands for. Text extracted from PDFs made with such
/// fonts (Acrobat PDFMaker for Word with TH SarabunIT๙, for instance) carries these code
/// points instead of the real marks. A public convention; see the table in the design notes.
enum PUAGlyphMap {
    /// The whole table, as data: PUA code point → standard scalar.
    static let table: [(pua: UInt32, standard: Unicode.Scalar)] = [
        (0xF700, "\u{0E10}"),  // ฐ without its descender
        (0xF701, "\u{0E34}"),  // SARA I, shifted left
        (0xF702, "\u{0E35}"),  // SARA II, shifted left
        (0xF703, "\u{0E36}"),  // SARA UE, shifted left
        (0xF704, "\u{0E37}"),  // SARA UEE, shifted left
        (0xF705, "\u{0E48}"),  // MAI EK, low and left
        (0xF706, "\u{0E49}"),  // MAI THO, low and left
        (0xF707, "\u{0E4A}"),  // MAI TRI, low and left
        (0xF708, "\u{0E4B}"),  // MAI CHATTAWA, low and left
        (0xF709, "\u{0E4C}"),  // THANTHAKHAT, low and left
        (0xF70A, "\u{0E48}"),  // MAI EK, low
        (0xF70B, "\u{0E49}"),  // MAI THO, low
        (0xF70C, "\u{0E4A}"),  // MAI TRI, low
        (0xF70D, "\u{0E4B}"),  // MAI CHATTAWA, low
        (0xF70E, "\u{0E4C}"),  // THANTHAKHAT, low
        (0xF70F, "\u{0E0D}"),  // ญ without its descender
        (0xF710, "\u{0E31}"),  // MAI HAN-AKAT, left
        (0xF711, "\u{0E4D}"),  // NIKHAHIT, left
        (0xF712, "\u{0E47}"),  // MAITAIKHU, left
        (0xF713, "\u{0E48}"),  // MAI EK, left
        (0xF714, "\u{0E49}"),  // MAI THO, left
        (0xF715, "\u{0E4A}"),  // MAI TRI, left
        (0xF716, "\u{0E4B}"),  // MAI CHATTAWA, left
        (0xF717, "\u{0E4C}"),  // THANTHAKHAT, left
        (0xF718, "\u{0E38}"),  // SARA U, low
        (0xF719, "\u{0E39}"),  // SARA UU, low
        (0xF71A, "\u{0E3A}"),  // PHINTHU, low
    ]

    private static let first: UInt32 = 0xF700

    /// `table` laid out by offset from U+F700, for a lookup without hashing.
    private static let byOffset: [Unicode.Scalar?] = {
        var slots = [Unicode.Scalar?](repeating: nil, count: table.count)
        for entry in table { slots[Int(entry.pua - first)] = entry.standard }
        return slots
    }()

    /// The standard scalar `scalar` stands for, or `nil` when it is not one of the table's
    /// code points.
    static func standardScalar(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let offset = Int(scalar.value) - Int(first)
        guard offset >= 0, offset < byOffset.count else { return nil }
        return byOffset[offset]
    }
}
