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
}
