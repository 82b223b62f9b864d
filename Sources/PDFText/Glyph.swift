/// One Unicode scalar of a page's text layer and the rectangle poppler gives it.
///
/// Poppler reports one rectangle per scalar of `poppler_page_get_text`, in that text's order;
/// the line breaks it inserts between its own lines are glyphs too, which `PDFPage.glyphs()`
/// leaves out because the layout is rebuilt from geometry.
public struct Glyph: Equatable, Sendable {
    public var scalar: Unicode.Scalar
    public var rect: Rect

    public init(_ scalar: Unicode.Scalar, _ rect: Rect) {
        self.scalar = scalar
        self.rect = rect
    }
}
