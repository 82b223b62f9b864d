import PDFText

/// One visual line of a page, left to right. Segments stand apart by a column gap and are
/// written with a tab between them.
public struct TextLine: Equatable, Sendable {
    public var segments: [TextSegment]
    public var rect: Rect
    /// For a table row, which table of the page it belongs to (0, 1, … from the top); nil for
    /// a line of prose.
    public var table: Int?
    /// For a table row, whether the table is drawn with rulings.
    public var ruled = false
    /// For a row of a ruled table, whether its column edges were read from the gaps in its text
    /// (a table ruled with horizontal lines only), not from rulings.
    public var columnsFromText = false

    init(_ segments: [TextSegment]) {
        self.segments = segments
        self.rect = segments.dropFirst().reduce(segments[0].rect) { $0.union($1.rect) }
    }

    /// A table row: one segment per cell, empty cells included so that columns line up.
    init(cells: [TextSegment], rect: Rect, table: Int, ruled: Bool = false) {
        self.segments = cells
        self.rect = rect
        self.table = table
        self.ruled = ruled
    }

    public var text: String { segments.map(\.text).joined(separator: "\t") }
}
