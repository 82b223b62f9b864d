/// One Unicode scalar a page draws, with its rectangle: from the pen position to the end of its
/// advance across, and the font's ascent to its descent down. A Thai mark has no advance, so
/// its rectangle has no width and stands where the pen was when it was drawn.
public struct Glyph: Equatable, Sendable {
    public var scalar: Unicode.Scalar
    public var rect: Rect
    /// Its place in the order the page draws its glyphs, from 1; 0 when unknown (glyphs made
    /// by hand). A producer draws a base and then its marks, so this tells which base a mark
    /// was drawn with when the geometry alone cannot.
    public var drawingOrder: Int
    /// True when its line runs up or down the page (text turned a quarter turn, as a narrow
    /// column's header is): its rectangle then advances along y, and its ascent lies across x.
    public var vertical: Bool

    public init(_ scalar: Unicode.Scalar, _ rect: Rect, drawingOrder: Int = 0, vertical: Bool = false) {
        self.scalar = scalar
        self.rect = rect
        self.drawingOrder = drawingOrder
        self.vertical = vertical
    }
}
