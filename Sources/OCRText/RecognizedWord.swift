import PDFText

/// One word tesseract read: its text, where it stands on the page (in points), how sure
/// tesseract is of it (0–100), and its letters, each with its own box.
extension Array where Element == RecognizedWord {
    /// The mean of the words' confidences, weighted by their length; nil when there is no letter.
    public var meanConfidence: Double? {
        let lengths = map { Double($0.text.count) }, total = lengths.reduce(0, +)
        guard total > 0 else { return nil }
        return zip(self, lengths).map { $0.confidence * $1 }.reduce(0, +) / total
    }
}

public struct RecognizedWord: Sendable, Equatable {
    public var text: String
    public var rect: Rect
    public var confidence: Double
    public var symbols: [Symbol]
    /// The rectangle of the whole line the word stands in: every glyph of the line is given
    /// the line's height, as a PDF's text layer gives each glyph its font's.
    public var lineRect: Rect
    /// Whether tesseract puts a space before the word on its line. Thai is written without
    /// spaces between words, and tesseract's words are often single letters with gaps of ink
    /// between them: its line text, not the gaps, says where the spaces are.
    public var spaceBefore: Bool

    public struct Symbol: Sendable, Equatable {
        public var text: String
        public var rect: Rect

        public init(text: String, rect: Rect) {
            self.text = text
            self.rect = rect
        }
    }

    public init(text: String, rect: Rect, confidence: Double, symbols: [Symbol], lineRect: Rect, spaceBefore: Bool = true) {
        self.spaceBefore = spaceBefore
        self.text = text
        self.rect = rect
        self.confidence = confidence
        self.symbols = symbols
        self.lineRect = lineRect
    }
}
