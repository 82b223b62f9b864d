/// Scalars that can end up, wrongly, between a Thai letter and the mark that belongs on it:
/// white space (a PDF extractor's spurious space, tab or line break) and invisible format
/// characters (zero-width spaces and joiners left by e-signature overlays and web editors).
enum GapCharacter {
    /// Zero-width space, ZWNJ, ZWJ, word joiner, soft hyphen and the byte order mark
    /// (U+FEFF, also read as ZERO WIDTH NO-BREAK SPACE): they draw nothing.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B, 0x200C, 0x200D, 0x2060, 0x00AD, 0xFEFF: return true
        default: return false
        }
    }

    /// Tabs, line breaks and page breaks: white space that gives the text its structure
    /// (table cells, lines, pages), so a repair may move a mark across one but not remove it.
    static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// White space within a line: the space, no-break space and the other Unicode spaces.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    static func contains(_ scalar: Unicode.Scalar) -> Bool {
        isSpace(scalar) || isSeparator(scalar) || isInvisible(scalar)
    }
}
