import CPopplerGlyphs

/// One page of a `PDFDocument`: its size and every glyph it draws.
public struct PDFPage: Sendable {
    /// 1-based page number.
    public let number: Int
    /// Width and height in points, after the page's rotation.
    public let width: Double
    public let height: Double
    /// Every glyph with a Unicode value that stands on the page, in the order the page draws them.
    public let glyphs: [Glyph]
    /// How many glyphs the page draws whose font gives them no Unicode value. They are not in
    /// `glyphs`; a count above zero means the text layer is missing characters.
    public let unmappedGlyphCount: Int
    /// How many glyphs are drawn invisibly (text render mode 3): the text layer that OCR
    /// software puts over a scanned page.
    public let invisibleGlyphCount: Int

    /// The straight horizontal and vertical lines the page draws (table rulings, underlines),
    /// each as a rectangle with no height or no width.
    public let rules: [Rect]

    /// Where the page draws pictures (a scan, a screenshot of a table, a logo).
    public let images: [Rect]
    /// How finely each picture of `images` was made: its pixels to an inch of the page, along
    /// its longer side (a picture turned a quarter round is measured the same). A scan put on a
    /// page larger than its paper has fewer than its scanner's dpi; a page made by OCR, none.
    public let imageDPIs: [Double]

    /// A page made of glyphs and rules found some other way than in a text layer: by OCR.
    public init(number: Int, width: Double, height: Double, glyphs: [Glyph], rules: [Rect], images: [Rect] = []) {
        self.number = number
        self.width = width
        self.height = height
        self.glyphs = glyphs
        self.rules = rules
        self.images = images
        self.imageDPIs = []
        self.unmappedGlyphCount = 0
        self.invisibleGlyphCount = 0
    }

    init(number: Int, width: Double, height: Double, drawnGlyphs: UnsafeBufferPointer<ita_glyph>,
         drawnRules: UnsafeBufferPointer<ita_rule>, drawnImages: UnsafeBufferPointer<ita_image>) {
        self.rules = drawnRules.map { Rect(x0: $0.x0, y0: $0.y0, x1: $0.x1, y1: $0.y1) }
        self.images = drawnImages.map { Rect(x0: $0.x0, y0: $0.y0, x1: $0.x1, y1: $0.y1) }
        self.imageDPIs = drawnImages.map { image in
            let points = max(image.x1 - image.x0, image.y1 - image.y0)
            return points > 0 ? Double(max(image.pixelWidth, image.pixelHeight)) * 72 / points : 0
        }
        self.number = number
        self.width = width
        self.height = height
        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(drawnGlyphs.count)
        var unmapped = 0, invisible = 0
        for drawn in drawnGlyphs {
            if drawn.flags & UInt32(ITA_GLYPH_INVISIBLE) != 0 { invisible += 1 }
            guard drawn.flags & UInt32(ITA_GLYPH_UNMAPPED) == 0, let scalar = Unicode.Scalar(drawn.codepoint) else {
                unmapped += 1
                continue
            }
            let rect = Rect(x0: drawn.x0, y0: drawn.y0, x1: drawn.x1, y1: drawn.y1)
            // Drawn off the page (a cover's spine on the bleed beside it): no reader sees it.
            guard rect.x1 > 0, rect.x0 < width, rect.y1 > 0, rect.y0 < height else { continue }
            let vertical = drawn.flags & UInt32(ITA_GLYPH_VERTICAL) != 0
            glyphs.append(Glyph(scalar, rect, drawingOrder: glyphs.count + 1, vertical: vertical))
        }
        self.glyphs = glyphs
        self.unmappedGlyphCount = unmapped
        self.invisibleGlyphCount = invisible
    }
}
