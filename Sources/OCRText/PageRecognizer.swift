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
    /// inside a page; zero for a whole page). A page larger than any paper (`paperScale`) is
    /// read at its paper's dots per inch, which every length in `settings` is of, and placed
    /// back in the page's points.
    public func recognize(_ image: GreyImage, origin: (x: Double, y: Double) = (0, 0)) throws -> RecognizedPage {
        guard hasInk(image) else { return RecognizedPage() }
        let paperScale = settings.paperScale(width: Double(image.width) / image.dpi, height: Double(image.height) / image.dpi)
        let paper = paperScale == 1 ? image : GreyImage(width: image.width, height: image.height, dpi: image.dpi * paperScale, pixels: image.pixels)
        let (turned, angle) = PageDeskewer(minimumAngle: settings.minimumDeskewAngle).straightened(paper)
        let straight = PageUnshearer(settings: settings).upright(turned).image
        let finder = RulingFinder(settings: settings)
        let rulings = finder.rulings(in: straight)
        let clean = rulings.isEmpty ? straight : finder.erasing(rulings, from: straight)
        let grid = RulingGrid(tolerance: Int(paper.dpi / 30), minimumCell: Int(paper.dpi / 15))
        let cells = grid.cells(of: rulings).filter { hasInk(clean, in: $0) }
        let digits = settings.readsThaiDigitsByShape ? ThaiDigitReader(settings: settings) : nil
        let pixelWords = Self.withoutMarkRows(try pool.withEngine {
            $0.words(in: clean, cells: cells, stability: settings, digits: digits, strayLatin: settings.strayLatin)
        })
        let scale = image.pointsPerPixel
        let words = pixelWords.map { Self.placed($0, scale: scale, origin: origin) }
        let channels = settings.columnChannels?.channels(of: pixelWords, in: clean, ink: settings.blankPageInk)
            .map { $0.placed(scale: scale, origin: origin) } ?? []
        // The glyphs are made from the words already in points.
        let glyphs = RecognizedGlyphs().glyphs(of: words, scale: 1, channels: channels)
        let rules = finder.rules(rulings, dpi: image.dpi).map {
            Rect(x0: $0.x0 + origin.x, y0: $0.y0 + origin.y, x1: $0.x1 + origin.x, y1: $0.y1 + origin.y)
        }
        return RecognizedPage(glyphs: glyphs, rules: rules, words: words, deskewAngle: angle)
    }

    /// Whether enough pixels are dark enough to be ink: a blank page is not sent to tesseract.
    public func hasInk(_ image: GreyImage) -> Bool {
        hasInk(image, in: RulingGrid.Cell(x0: 0, y0: 0, x1: image.width, y1: image.height))
    }

    /// A speck of dust is not ink: a letter's worth of dark pixels is needed (a dot of a
    /// hundredth of an inch a side).
    func hasInk(_ image: GreyImage, in area: RulingGrid.Cell) -> Bool {
        let threshold = settings.blankPageInk
        let needed = max(1, Int(image.dpi * image.dpi / 10_000))
        var dark = 0
        return image.pixels.withUnsafeBufferPointer { pixels in
            for y in max(0, area.y0)..<min(image.height, area.y1) {
                for x in max(0, area.x0)..<min(image.width, area.x1) where pixels[y * image.width + x] < threshold {
                    dark += 1
                    if dark >= needed { return true }
                }
            }
            return false
        }
    }

    /// Rows of marks tesseract still read as lines of their own (`MarkRows`) after it read their
    /// lines again with them (`TesseractEngine`) are left out: it read them as small letters.
    static func withoutMarkRows(_ words: [RecognizedWord]) -> [RecognizedWord] {
        let markRows = Set(MarkRows().of(words).values.joined())
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
