import CPoppler

/// One page of a `PDFDocument`. Owns its `PopplerPage` and releases it when it goes away.
public final class PDFPage {
    private let page: OpaquePointer
    /// 1-based page number.
    public let number: Int

    init(_ page: OpaquePointer, number: Int) {
        self.page = page
        self.number = number
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(page))
    }

    /// Width and height in points.
    public var size: (width: Double, height: Double) {
        var width = 0.0, height = 0.0
        poppler_page_get_size(page, &width, &height)
        return (width, height)
    }

    /// Poppler's own text of the page, in its reading order. Thai marks may be misplaced here:
    /// use `glyphs()` and rebuild the text from geometry.
    public var popplerText: String {
        guard let text = poppler_page_get_text(page) else { return "" }
        defer { g_free(text) }
        return String(cString: text)
    }

    /// Every scalar of the page's text layer with its rectangle, in poppler's order,
    /// without the line breaks poppler inserts itself.
    public func glyphs() -> [Glyph] {
        guard let cText = poppler_page_get_text(page) else { return [] }
        defer { g_free(cText) }
        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        guard poppler_page_get_text_layout(page, &rectangles, &count) != 0, let rectangles else { return [] }
        defer { g_free(rectangles) }

        let text = String(cString: cText)
        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(Int(count))
        // Poppler gives exactly one rectangle per scalar of the text; stop at the shorter of the
        // two in case a damaged page breaks that promise.
        for (index, scalar) in text.unicodeScalars.enumerated() where index < Int(count) {
            if scalar == "\n" { continue }
            let r = rectangles[index]
            glyphs.append(Glyph(scalar, Rect(x0: r.x1, y0: r.y1, x1: r.x2, y1: r.y2)))
        }
        return glyphs
    }
}
