/// Classes of Thai scalars that the layout and the normaliser care about.
public enum ThaiCharacter {
    public static let saraAm: Unicode.Scalar = "\u{0E33}"
    public static let saraAa: Unicode.Scalar = "\u{0E32}"
    public static let nikhahit: Unicode.Scalar = "\u{0E4D}"
    public static let maiTho: Unicode.Scalar = "\u{0E49}"

    /// Marks that sit above or below a base consonant and have no width of their own:
    /// MAI HAN-AKAT, the upper and lower vowels, PHINTHU, MAITAIKHU, the tone marks,
    /// THANTHAKHAT, NIKHAHIT and YAMAKKAN.
    public static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0E31, 0x0E34...0x0E3A, 0x0E47...0x0E4E: return true
        default: return false
        }
    }

    /// Whether `scalar` is whitespace, as `scalar.properties.isWhitespace` says, but without
    /// its table lookup for ASCII and Thai, nearly every scalar of a report: the layout asks
    /// this of every glyph and every cell's letters, and the lookup was 3% of `ita extract`.
    @inlinable
    public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20: return true
        case 0x21...0x7E, 0x0E00...0x0E7F: return false
        default: return scalar.properties.isWhitespace
        }
    }

    /// An Arabic or a Thai digit (0–9, ๐–๙): reports write scores and years in either.
    @inlinable
    public static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || (0x0E50...0x0E59).contains(scalar.value)
    }

    /// Thai consonants ก–ฮ, the letters a mark can sit on (with ฤ and ฦ).
    public static func isConsonant(_ scalar: Unicode.Scalar) -> Bool {
        (0x0E01...0x0E2E).contains(scalar.value)
    }

    /// SARA E, SARA AE, SARA O, SARA AI MAIMUAN and SARA AI MAIMALAI: written before the
    /// consonant they follow in speech, and never carrying a mark.
    public static func isLeadingVowel(_ scalar: Unicode.Scalar) -> Bool {
        (0x0E40...0x0E44).contains(scalar.value)
    }

    /// Any scalar of the Thai block.
    public static func isThai(_ scalar: Unicode.Scalar) -> Bool {
        (0x0E00...0x0E7F).contains(scalar.value)
    }

    /// Where a mark goes among the marks on one base, in the order Thai is typed and stored:
    /// first the vowel above or below (and MAITAIKHU), then the tone mark or THANTHAKHAT,
    /// then NIKHAHIT and YAMAKKAN. `nil` for a scalar that is not a mark.
    public static func markOrder(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x0E31, 0x0E34...0x0E3A, 0x0E47: return 0
        case 0x0E48...0x0E4C: return 1
        case 0x0E4D, 0x0E4E: return 2
        default: return nil
        }
    }

    /// Puts the marks of one base in canonical order, keeping the original order among marks
    /// of the same rank.
    public static func canonicalMarkOrder(_ marks: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard marks.count > 1 else { return marks }
        return marks.enumerated()
            .sorted { a, b in
                let ra = markOrder(a.element) ?? 3, rb = markOrder(b.element) ?? 3
                return ra != rb ? ra < rb : a.offset < b.offset
            }
            .map(\.element)
    }
}

extension ThaiCharacter {
    /// MAI EK, MAI THO, MAI TRI and MAI CHATTAWA: the four tone marks (not THANTHAKHAT).
    public static func isToneMark(_ scalar: Unicode.Scalar) -> Bool {
        (0x0E48...0x0E4B).contains(scalar.value)
    }
}
