/// The text of one page rebuilt from glyph geometry: visual lines from top to bottom.
public struct PageLayout: Equatable, Sendable {
    /// 1-based page number.
    public var number: Int
    public var lines: [TextLine]
    /// Where a paragraph break (a wider vertical gap) stands before a line, by line index.
    public var paragraphStarts: Set<Int>

    public init(number: Int, lines: [TextLine], paragraphStarts: Set<Int> = []) {
        self.number = number
        self.lines = lines
        self.paragraphStarts = paragraphStarts
    }

    /// The page as plain text: one line per visual line, an empty line between paragraphs,
    /// a tab between segments of a line.
    public var text: String {
        var result = ""
        for (index, line) in lines.enumerated() {
            if index > 0, paragraphStarts.contains(index) { result += "\n" }
            result += line.text
            result += "\n"
        }
        return result
    }
}
