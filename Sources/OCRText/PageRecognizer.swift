import PDFText

/// Reads a page's picture by OCR: turned straight, its rulings found and painted out, its words
/// read by tesseract, and all of it given back in page points as glyphs and rules.
public struct PageRecognizer: Sendable {
    public var settings: OCRSettings
    public let pool: TesseractPool

    public init(settings: OCRSettings = OCRSettings(), pool: TesseractPool? = nil) {
        self.settings = settings
        self.pool = pool ?? TesseractPool(languages: settings.languages)
    }

    /// `origin`: where the image's top-left corner stands on the page, in points (a picture
    /// inside a page; zero for a whole page).
    public func recognize(_ image: GreyImage, origin: (x: Double, y: Double) = (0, 0)) throws -> RecognizedPage {
        guard hasInk(image) else { return RecognizedPage() }
        let (straight, angle) = PageDeskewer(minimumAngle: settings.minimumDeskewAngle).straightened(image)
        let finder = RulingFinder(settings: settings)
        let rulings = finder.rulings(in: straight)
        let clean = rulings.isEmpty ? straight : finder.erasing(rulings, from: straight)
        let pixelWords = Self.withoutMarkRows(try pool.withEngine { $0.words(in: clean) })
        let scale = image.pointsPerPixel
        let words = pixelWords.map { Self.placed($0, scale: scale, origin: origin) }
        // The glyphs are made from the words already in points.
        let glyphs = RecognizedGlyphs().glyphs(of: words, scale: 1)
        let rules = finder.rules(rulings, dpi: image.dpi).map {
            Rect(x0: $0.x0 + origin.x, y0: $0.y0 + origin.y, x1: $0.x1 + origin.x, y1: $0.y1 + origin.y)
        }
        return RecognizedPage(glyphs: glyphs, rules: rules, words: words, deskewAngle: angle)
    }

    /// Whether any pixel is dark enough to be ink: a blank page is not sent to tesseract.
    public func hasInk(_ image: GreyImage) -> Bool {
        let threshold = settings.blankPageInk
        var dark = 0
        // A speck of dust or a scanner's edge is not ink: a few hundred dark pixels are needed.
        let needed = max(50, image.pixels.count / 20_000)
        for pixel in image.pixels where pixel < threshold {
            dark += 1
            if dark >= needed { return true }
        }
        return false
    }

    /// tesseract sometimes takes the marks above a Thai line for a line of their own, and reads
    /// them as a row of small letters (`๑7 ส vv Vat`) over the line it has read whole, marks
    /// and all: a line much shorter than a line it stands inside of is such a row.
    static func withoutMarkRows(_ words: [RecognizedWord]) -> [RecognizedWord] {
        let lines = Set(words.map(\.lineRect))
        let markRows = lines.filter { line in
            lines.contains { other in
                other != line && other.height >= line.height * 1.4
                    && line.verticalOverlap(with: other) >= 0.6 && line.horizontalOverlap(with: other) > 0
            }
        }
        return markRows.isEmpty ? words : words.filter { !markRows.contains($0.lineRect) }
    }

    static func placed(_ word: RecognizedWord, scale: Double, origin: (x: Double, y: Double)) -> RecognizedWord {
        func convert(_ rect: Rect) -> Rect {
            Rect(x0: rect.x0 * scale + origin.x, y0: rect.y0 * scale + origin.y,
                 x1: rect.x1 * scale + origin.x, y1: rect.y1 * scale + origin.y)
        }
        return RecognizedWord(text: word.text, rect: convert(word.rect), confidence: word.confidence,
                              symbols: word.symbols.map { .init(text: $0.text, rect: convert($0.rect)) },
                              lineRect: convert(word.lineRect), spaceBefore: word.spaceBefore)
    }
}
