import ReportLayout
import ThaiText

/// OCR's Thai model reads the Latin letter of a question's code as digits or another letter:
/// `I8` comes out `18`, `E12` as `1312`, `O16` as `016`. A run of such characters before a
/// question's wording is put back to the code whose wording follows it, when taking off a form
/// the code's letter is misread as leaves that code's number. Only text OCR read is looked at:
/// a text layer that writes `18` means 18.
struct MisreadItemCodes {
    let framework: Framework

    /// How OCR misreads each code letter, seen on scans of kind-B tables (tesseract 5, tha+eng).
    /// The letter as itself is listed too: its digits may be the misread part (`iL`, `ell`).
    static let letterMisreadings: [Character: [String]] = [
        "i": ["i", "I", "1", "l", "|", "U", "[", "บ"],
        "e": ["e", "E", "13", "1", "8", "B", "F", "๐", "๑"],
        "o": ["o", "O", "0", "D", "Q", "๐"],
    ]
    /// How OCR misreads the digits after the letter: Latin look-alikes of 1 and 0, Thai digits.
    static let digitMisreadings: [Character: Character] = [
        "l": "1", "L": "1", "I": "1", "|": "1", "O": "0", "o": "0",
        "๐": "0", "๑": "1", "๒": "2", "๓": "3", "๔": "4", "๕": "5", "๖": "6", "๗": "7", "๘": "8", "๙": "9",
    ]
    /// How alike the words after the code must be to the start of the question's wording
    /// (`WordingPrefix`): OCR misreads about a letter in ten of a quoted question.
    static let minimumWordingSimilarity = 0.8
    /// A runner-up code must be this much less alike for the best to be taken.
    static let minimumMargin = 0.1
    /// Fewer scalars than this of wording compared say nothing (`Q&A`).
    static let shortestWordingCompared = 5

    /// The content with the codes put back in the text OCR read: table cells and lines.
    func restored(_ content: DocumentContent) -> DocumentContent {
        var content = content
        for table in content.tables.indices {
            for row in content.tables[table].rows.indices {
                for cell in content.tables[table].rows[row].cells.indices where content.tables[table].rows[row].cells[cell].ocrConfidence != nil {
                    content.tables[table].rows[row].cells[cell].text = restored(content.tables[table].rows[row].cells[cell].text)
                }
            }
        }
        for line in content.lines.indices where content.lines[line].ocrConfidence != nil {
            content.lines[line].text = restored(content.lines[line].text)
        }
        for line in content.visualLines.indices where content.visualLines[line].ocrConfidence != nil {
            content.visualLines[line].text = restored(content.visualLines[line].text)
        }
        return content
    }

    /// One text with every misread code before a question's wording put back.
    func restored(_ text: String) -> String {
        // A run of digits and look-alike letters standing alone before Thai words.
        let tokens = text.allMatchRanges(of: #"(?<![\p{L}\p{N}.,])[0-9๐-๙lLIi|UBDFQ\[บeEoO]{2,4}(?=\s*[ก-ฮเ-ไ])"#)
        guard !tokens.isEmpty else { return text }
        var result = text
        // From the end, so that earlier ranges stay where they are.
        for (index, token) in tokens.enumerated().reversed() {
            let quoteEnd = index + 1 < tokens.count ? tokens[index + 1].lowerBound : text.endIndex
            let quote = String(text[token.upperBound..<quoteEnd])
            guard let code = code(for: String(text[token]), quote: quote) else { continue }
            result.replaceSubrange(token, with: code)
        }
        return result
    }

    /// The code a misread token stands for, written as reports print it (`I8`), when the quote
    /// after it is that question's wording and clearly no other candidate's.
    func code(for token: String, quote: String) -> String? {
        // Read right as it stands: nothing to put back.
        if token.first.map({ "IEO".contains($0) }) == true, Int(token.dropFirst()) != nil { return nil }
        var scored: [(code: String, similarity: Double)] = []
        for (letter, misreadings) in Self.letterMisreadings {
            for misreading in misreadings where token.hasPrefix(misreading) {
                let rest = String(token.dropFirst(misreading.count).map { Self.digitMisreadings[$0] ?? $0 })
                guard (1...2).contains(rest.count), rest.first != "0", let number = Int(rest),
                      let item = framework.item("\(letter)\(number)") else { continue }
                let similarity = ([item.wording] + item.aliases).map {
                    WordingPrefix.similarity(of: quote, to: $0, shortest: Self.shortestWordingCompared)
                }.max() ?? 0
                scored.append((item.code, similarity))
            }
        }
        scored.sort { $0.similarity > $1.similarity }
        guard let best = scored.first, best.similarity >= Self.minimumWordingSimilarity else { return nil }
        if let rival = scored.dropFirst().first(where: { $0.code != best.code }), rival.similarity > best.similarity - Self.minimumMargin {
            return nil
        }
        return best.code.uppercased()
    }
}
