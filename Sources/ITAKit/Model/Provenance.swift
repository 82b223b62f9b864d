/// Where a value came from, so a person can be shown the spot: page and rectangle in a PDF
/// (points from the page's top-left corner), line in a text report.
public struct Provenance: Codable, Equatable, Sendable {
    public var page: Int?
    public var line: Int?
    /// [x0, y0, x1, y1]
    public var rect: [Double]?
    /// `ocr` when the text was read from a picture of the page; nil for the file's own text.
    public var source: TextSource?
    /// With `source` ocr: tesseract's confidence (0–100) in the least sure word of the text.
    public var confidence: Double?
    /// In a Word document, which has no pages: the paragraph, or the table, row and column of
    /// a cell, each from 1 (`Provenance+Words.swift`).
    public var paragraph: Int?
    public var table: Int?
    public var row: Int?
    public var column: Int?
    /// `header` or `footer` for a Word document's header or footer; nil for its body.
    public var part: String?

    public enum TextSource: String, Codable, Sendable {
        case ocr
    }

    public init(page: Int? = nil, line: Int? = nil, rect: [Double]? = nil, source: TextSource? = nil, confidence: Double? = nil) {
        self.page = page
        self.line = line
        self.rect = rect
        self.source = source
        self.confidence = confidence
    }
}
