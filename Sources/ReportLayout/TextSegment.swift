import PDFText

/// Words on one visual line with no column gap between them: a line of prose, or the part of
/// a table row that lies in one cell.
public struct TextSegment: Equatable, Sendable {
    public var words: [TextWord]
    public var rect: Rect

    init(_ words: [TextWord]) {
        self.words = words
        self.rect = words.dropFirst().reduce(words[0].rect) { $0.union($1.rect) }
    }

    public var text: String { words.map(\.text).joined(separator: " ") }
}
