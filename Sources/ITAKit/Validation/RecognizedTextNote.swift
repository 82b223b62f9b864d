/// What a finding about text read by OCR adds: that it was read from a picture, and to check
/// the paper before changing anything. OCR misreads a letter or a digit now and then, and a
/// misread can look like a slip of the report's own; an error whose text tesseract was not
/// sure of (`errorConfidence`) is said as a warning, since ita cannot tell which it is.
struct RecognizedTextNote: Sendable {
    /// Below this confidence (0–100) in the text a finding stands on, an error is a warning.
    var errorConfidence = 90.0

    func applied(to finding: Finding) -> Finding {
        let places = ([finding.where] + (finding.alsoWhere ?? [])).compactMap { $0 }.filter { $0.source == .ocr }
        guard !places.isEmpty, finding.code != RecognizedScoreRule.code else { return finding }
        var noted = finding
        noted.thai += " (อ่านจากภาพด้วย OCR: ตรวจกับต้นฉบับก่อนแก้ไข)"
        noted.english += " (Read from a picture by OCR: check against the paper before changing anything.)"
        if finding.severity == .error, let least = places.compactMap(\.confidence).min(), least < errorConfidence {
            noted.severity = .warning
        }
        return noted
    }
}
