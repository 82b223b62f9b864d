import Foundation

/// Unicode Normalization Form C, through Foundation.
///
/// Why: text from different producers mixes precomposed and decomposed Latin letters and
/// orders combining marks differently; NFC gives one spelling per text, so equal texts
/// compare equal byte for byte. Thai has no precomposed letters (SARA AM's decomposition is
/// a compatibility one, which NFC leaves alone), so for Thai NFC only sorts SARA U/UU
/// (class 103), PHINTHU (9) and the tone marks (107) by class, which agrees with
/// `MarkRunCanonicalization`.
enum CanonicalComposition {
    static func apply(to text: String) -> String {
        text.precomposedStringWithCanonicalMapping
    }

    /// True when NFC certainly leaves `scalars` as they are, so that the normaliser can skip
    /// it: NFC takes about half the normaliser's time, and typical Thai documents need
    /// nothing from it. Conservative: any scalar outside the ranges below sends the text
    /// through Foundation.
    ///
    /// The ranges hold no scalar that NFC decomposes without recomposing, nor one that
    /// composes with the scalar before it; their only combining marks with a nonzero
    /// combining class are Thai, so the text is stable when those come in class order.
    static func leavesUnchanged(_ scalars: [Unicode.Scalar]) -> Bool {
        var previousClass: UInt8 = 0
        for scalar in scalars {
            let combiningClass: UInt8
            switch scalar.value {
            case 0x0E38, 0x0E39: combiningClass = 103
            case 0x0E3A: combiningClass = 9
            case 0x0E48...0x0E4B: combiningClass = 107
            case 0...0x02FF,  // ASCII, Latin-1, Latin Extended-A and -B, IPA
                 0x0E00...0x0E7F,  // Thai
                 0x2002...0x20CF,  // spaces, punctuation, super- and subscripts, currency
                 0x2190...0x2199,  // arrows
                 0x2500...0x27BF,  // box drawing, shapes, symbols, dingbats
                 0xE000...0xF8FF,  // private use
                 0xFFFD,
                 0x1F000...0x1FAFF:  // emoji and other pictographs
                combiningClass = 0
            default:
                return false
            }
            if combiningClass != 0, combiningClass < previousClass { return false }
            previousClass = combiningClass
        }
        return true
    }
}
