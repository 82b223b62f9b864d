import PDFText

/// A piece of a report's text and where it came from: page and rectangle in a PDF, line in a
/// text report. A line of prose (`DocumentContent.Line`) and a table cell (`TableCell`) are
/// both this; a cell continued over a page break keeps where it started, and its text keeps
/// its paragraphs as line breaks.
public struct PlacedText: Equatable, Sendable {
    public var text: String
    public var page: Int?
    public var rect: Rect?
    public var line: Int?
    /// Set when the text was read by OCR: tesseract's confidence (0–100) in its least sure word.
    public var ocrConfidence: Double?
    /// In a Word document: the paragraph, or the table, row and column (see `WordPlace`).
    public var wordPlace: WordPlace?

    public init(text: String, page: Int? = nil, rect: Rect? = nil, line: Int? = nil, ocrConfidence: Double? = nil) {
        self.text = text
        self.page = page
        self.rect = rect
        self.line = line
        self.ocrConfidence = ocrConfidence
    }
}

/// One cell of a table.
public typealias TableCell = PlacedText
