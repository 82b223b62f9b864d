import PDFText

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

    /// Words joined by spaces; wrapped lines joined by `ThaiJoiner`.
    public var text: String {
        lines.reduce("") { ThaiJoiner.join($0, $1.map(\.text).joined(separator: " ")) }
    }

    /// Like `text`, but a wider vertical gap between two lines (more than `paragraphGap` line
    /// heights) is kept as a line break: the paragraphs of a table cell.
    public func paragraphs(paragraphGap: Double) -> String {
        var result = ""
        var above: Rect?
        for line in lines {
            let text = line.map(\.text).joined(separator: " ")
            let rect = line.dropFirst().reduce(line[0].rect) { $0.union($1.rect) }
            if let above, rect.y0 - above.y1 > paragraphGap * min(rect.height, above.height) {
                result += "\n" + text
            } else {
                result = ThaiJoiner.join(result, text)
            }
            above = rect
        }
        return result
    }
}
