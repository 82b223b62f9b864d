import Foundation
import ThaiText

/// Numbers as reports write them: Arabic or Thai digits, a decimal point, thousands commas.
enum ThaiNumber {
    /// Thai digits ๐–๙ as ASCII digits, everything else as it is.
    static func arabicDigits(_ text: String) -> String {
        // Most text has no Thai digit: it is returned as it is, not rebuilt scalar by scalar
        // (every reader asks this of every line).
        guard text.unicodeScalars.contains(where: { (0x0E50...0x0E59).contains($0.value) }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            (0x0E50...0x0E59).contains(scalar.value) ? Unicode.Scalar(scalar.value - 0x0E50 + 0x30)! : scalar
        }))
    }

    /// The first number in `text` (`97.28`, `๙๗.๒๘`, `1,234.5`), or nil.
    static func first(in text: String) -> Double? {
        let text = arabicDigits(text)
        guard let range = text.firstRange(ofPattern: #"[0-9][0-9,]*(\.[0-9]+)?"#) else { return nil }
        return Double(text[range].filter { $0 != "," })
    }

    /// The whole cell as a number, or nil when it holds anything else.
    static func whole(_ text: String) -> Double? {
        // Most cells are words: told apart by their first letter before any pattern runs.
        guard let first = text.unicodeScalars.first(where: { !$0.properties.isWhitespace }),
              ThaiCharacter.isDigit(first) else { return nil }
        let trimmed = arabicDigits(text).trimmingWhitespaceAndNewlines()
        guard trimmed.firstRange(ofPattern: #"^[0-9][0-9,]*(\.[0-9]+)?$"#) != nil else { return nil }
        return Double(trimmed.filter { $0 != "," })
    }

    /// The leading row number of a cell: `7.ประสิทธิภาพ` → 7, `(๓) การ` → 3.
    static func leadingNumber(_ text: String) -> (number: Int, rest: String)? {
        let text = arabicDigits(text).trimmingWhitespaceAndNewlines()
        guard let range = text.firstRange(ofPattern: #"^\(?([0-9]{1,2})[.)]\s*"#) else { return nil }
        let digits = text[range].filter(\.isNumber)
        guard let number = Int(digits) else { return nil }
        return (number, text[range.upperBound...].trimmingWhitespace())
    }
}
