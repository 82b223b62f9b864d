import Foundation
import ThaiText

/// Measures of extracted Thai text, as `../shared/tools/judge_thai_text.py` defines them.
enum TextQuality {
    /// Marks at the start of a line or right after whitespace (or a zero-width space or BOM).
    static func strandedMarks(in text: String) -> Int {
        var count = 0
        var previous: Unicode.Scalar = "\n"
        for scalar in text.unicodeScalars {
            if ThaiCharacter.isCombiningMark(scalar),
               previous.properties.isWhitespace || previous == "\u{200B}" || previous == "\u{FEFF}" {
                count += 1
            }
            previous = scalar
        }
        return count
    }

    static func privateUseCount(in text: String) -> Int {
        text.unicodeScalars.filter { (0xE000...0xF8FF).contains($0.value) }.count
    }

    static func replacementCount(in text: String) -> Int {
        text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count
    }

    /// The seed's phrases (runs of 6+ characters between whitespace, `<p>` and `**` bold
    /// markup dropped).
    static func phrases(of seed: String) -> [String] {
        seed.replacingOccurrences(of: "</p>", with: " ").replacingOccurrences(of: "<p>", with: " ")
            .replacingOccurrences(of: "**", with: "")
            .split(whereSeparator: { $0.isWhitespace }).map(String.init)
            .filter { $0.unicodeScalars.count >= 6 }
    }

    /// The phrases not found in `text` once its whitespace is removed (a line or cell break
    /// inside a phrase is allowed, a wrong character is not).
    static func missingPhrases(_ phrases: [String], in text: String) -> [String] {
        let flat = String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace }))
        return phrases.filter { phrase in
            let compact = String(String.UnicodeScalarView(phrase.unicodeScalars.filter { !$0.properties.isWhitespace }))
            return flat.range(of: compact, options: .literal) == nil
        }
    }
}

enum Paths {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let samplePDF = packageRoot.appendingPathComponent("Samples/muangphon-2568-laksaman.pdf").path
    static let seed = packageRoot.appendingPathComponent("Samples/muangphon-2568.txt").path
    static let fixtures = packageRoot.appendingPathComponent("Tests/Fixtures/pdf")
    static let realWorld = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/realworld")
    /// Renderings of the sample where ita fell short (../shared/regressions, not in the repository).
    static let regressions = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/regressions")
}
