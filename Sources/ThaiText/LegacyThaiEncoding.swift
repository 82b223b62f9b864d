/// Thai text in the encodings older Thai software writes: TIS-620 and its Windows superset,
/// Windows-874 (code page 874), where Thai letters take the bytes 0xA1–0xFB.
public enum LegacyThaiEncoding {
    /// Decodes Windows-874 (which covers TIS-620), or nil when a byte is not defined in it.
    public static func decodeWindows874<Bytes: Sequence>(_ bytes: Bytes) -> String? where Bytes.Element == UInt8 {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            guard let scalar = scalar(for: byte) else { return nil }
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// True when bytes that are not UTF-8 read as Thai in Windows-874: every byte is defined
    /// there, and three in four bytes above ASCII are Thai letters, not the few punctuation marks the
    /// encoding also has.
    public static func looksLikeWindows874<Bytes: Collection>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
        var high = 0, thai = 0
        for byte in bytes where byte >= 0x80 {
            guard scalar(for: byte) != nil else { return false }
            high += 1
            if (0xA1...0xFB).contains(byte) { thai += 1 }
        }
        return high > 0 && thai * 4 >= high * 3
    }

    private static func scalar(for byte: UInt8) -> Unicode.Scalar? {
        switch byte {
        case 0x00...0x7F: return Unicode.Scalar(byte)
        case 0xA1...0xDA, 0xDF...0xFB: return Unicode.Scalar(UInt32(byte) + 0x0E01 - 0xA1)
        case 0xA0: return "\u{00A0}"
        default: return windowsPunctuation[byte]
        }
    }

    private static let windowsPunctuation: [UInt8: Unicode.Scalar] = [
        0x80: "\u{20AC}", 0x85: "\u{2026}", 0x91: "\u{2018}", 0x92: "\u{2019}", 0x93: "\u{201C}",
        0x94: "\u{201D}", 0x95: "\u{2022}", 0x96: "\u{2013}", 0x97: "\u{2014}",
    ]
}
