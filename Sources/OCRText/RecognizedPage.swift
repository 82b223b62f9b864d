import PDFText

/// What OCR read on a page or on a picture in it, in page points: the glyphs and rulings the
/// layout reads as it reads a text layer's, and the words with tesseract's confidence.
public struct RecognizedPage: Sendable {
    public var glyphs: [Glyph]
    public var rules: [Rect]
    public var words: [RecognizedWord]
    /// Degrees the page was turned by to stand straight.
    public var deskewAngle: Double

    public init(glyphs: [Glyph] = [], rules: [Rect] = [], words: [RecognizedWord] = [], deskewAngle: Double = 0) {
        self.glyphs = glyphs
        self.rules = rules
        self.words = words
        self.deskewAngle = deskewAngle
    }

    /// The mean of its words' confidences, weighted by their length; nil when it read nothing.
    public var meanConfidence: Double? { words.meanConfidence }

    /// The lowest confidence of the words whose middle lies inside `rect`; nil when none does.
    public func confidence(inside rect: Rect) -> Double? {
        words.filter { rect.x0 <= $0.rect.midX && $0.rect.midX <= rect.x1 && rect.y0 <= $0.rect.midY && $0.rect.midY <= rect.y1 }
            .map(\.confidence).min()
    }
}
