import PDFText
import ThaiText

/// Words with no column gap between them: a line of prose, or the text of one table cell,
/// which may run over several lines.
public struct TextSegment: Equatable, Sendable {
    /// The segment's lines, top to bottom, each a list of words.
    public var lines: [[TextWord]]
    public var rect: Rect

    init(_ words: [TextWord]) {
        self.lines = [words]
        self.rect = words.dropFirst().reduce(words[0].rect) { $0.union($1.rect) }
    }

    init(lines: [[TextWord]], rect: Rect) {
        self.lines = lines.filter { !$0.isEmpty }
        self.rect = rect
    }

    /// Words joined by spaces; wrapped lines joined with nothing between two Thai letters (Thai
    /// wraps inside a run of words, and narrow cells even inside a word) and a space otherwise.
    public var text: String {
        var result = ""
        for line in lines {
            let text = line.map(\.text).joined(separator: " ")
            if let last = result.unicodeScalars.last, let next = text.unicodeScalars.first,
               !(ThaiCharacter.isThai(last) && ThaiCharacter.isThai(next)) {
                result += " "
            }
            result += text
        }
        return result
    }
}
