import OCRText
import PDFText

/// When a PDF's pages are read by OCR rather than from their text layer.
public enum OCRMode: String, Sendable, CaseIterable {
    /// A page with no text layer (a scan, text drawn as outlines) or a broken one, and pictures
    /// of score tables inside born-digital pages.
    case auto
    /// Never: a scan gets the message that it has no text.
    case never
    /// Every page, its text layer set aside.
    case always
}

/// What OCR does on the pages of one document: the mode, the recognizer and its engines, and
/// who hears of each page read.
public struct OCRReading: Sendable {
    public var mode: OCRMode
    public var recognizer: PageRecognizer
    /// Told the number of each page OCR has read and the document's page count.
    public var progress: (@Sendable (_ page: Int, _ pageCount: Int) -> Void)?
    /// Puts back the marks OCR dropped, on text read by OCR once normalised
    /// (`DroppedToneRestoration` with the templates' words); nil leaves the text as read.
    public var restoration: (@Sendable (String) -> String)?
    /// Told the number of each page as it is sent to OCR, before it is read.
    public var willRecognize: (@Sendable (_ page: Int) -> Void)?
    /// A picture this large, as a share of the page's width and of its height, may be a score
    /// table (a screenshot of the NACC's results); a logo or a signature is smaller.
    public var pictureMinimumWidthShare = 0.25
    public var pictureMinimumHeightShare = 0.04
    /// A page whose glyphs without Unicode values outnumber the rest, and are at least this
    /// many, has a broken text layer: OCR reads it instead.
    public var unmappedGlyphsForOCR = 20
    /// A picture's OCR is kept when it reads at least this many scores (numbers with decimals
    /// from 0 to 100): a photo or a logo reads none.
    public var scoresToKeepPicture = 2

    public init(mode: OCRMode, recognizer: PageRecognizer = PageRecognizer(),
                progress: (@Sendable (_ page: Int, _ pageCount: Int) -> Void)? = nil) {
        self.mode = mode
        self.recognizer = recognizer
        self.progress = progress
    }

    /// How a page is to be read.
    enum Plan: Equatable {
        case textLayer
        case wholePage
        /// The text layer, and these pictures in it by OCR.
        case pictures([Rect])
    }

    func plan(for page: PDFPage) -> Plan {
        switch mode {
        case .never: return .textLayer
        case .always: return .wholePage
        case .auto:
            if page.glyphs.isEmpty { return .wholePage }
            if page.unmappedGlyphCount >= max(unmappedGlyphsForOCR, page.glyphs.count) { return .wholePage }
            let pictures = page.images.filter { picture in
                picture.width >= page.width * pictureMinimumWidthShare
                    && picture.height >= page.height * pictureMinimumHeightShare
                    && !page.glyphs.contains { picture.contains(x: $0.rect.midX, y: $0.rect.midY) }
            }
            return pictures.isEmpty ? .textLayer : .pictures(pictures)
        }
    }

    /// The page as OCR makes it: by `plan`, from `image`, the page drawn at the recognizer's dpi.
    func recognize(_ page: PDFPage, plan: Plan, image: GreyImage) throws -> RecognizedText {
        switch plan {
        case .textLayer, .wholePage:
            let words = try recognizer.recognize(image)
            return RecognizedText(page: PDFPage(number: page.number, width: page.width, height: page.height,
                                                glyphs: words.glyphs, rules: words.rules, images: page.images),
                                  words: words, wholePage: true)
        case .pictures(let pictures):
            var glyphs = page.glyphs, rules = page.rules
            var words = RecognizedPage()
            let scale = image.dpi / 72
            for picture in pictures {
                let left = Int(picture.x0 * scale), top = Int(picture.y0 * scale)
                let crop = image.cropped(x0: left, y0: top, x1: Int((picture.x1 * scale).rounded(.up)),
                                         y1: Int((picture.y1 * scale).rounded(.up)))
                let read = try recognizer.recognize(crop, origin: (Double(left) / scale, Double(top) / scale))
                guard readsScores(read) else { continue }
                glyphs += read.glyphs.map {
                    var glyph = $0
                    glyph.drawingOrder += page.glyphs.count + words.glyphs.count
                    return glyph
                }
                rules += read.rules
                words.glyphs += read.glyphs
                words.words += read.words
            }
            return RecognizedText(page: PDFPage(number: page.number, width: page.width, height: page.height,
                                                glyphs: glyphs, rules: rules, images: page.images),
                                  words: words, wholePage: false)
        }
    }

    /// Whether a picture's OCR reads like a table of scores.
    func readsScores(_ recognized: RecognizedPage) -> Bool {
        recognized.words.filter { word in
            guard word.text.contains("."), let value = Double(word.text.trimmingCharacters(in: .init(charactersIn: "()%"))) else { return false }
            return (0...100).contains(value)
        }.count >= scoresToKeepPicture
    }
}

/// A page as OCR made it (its glyphs and rules, with those of its text layer when only its
/// pictures were read) and the words OCR read, with their confidence.
struct RecognizedText: Sendable {
    var page: PDFPage
    var words: RecognizedPage
    var wholePage: Bool

    var summary: OCRPageSummary {
        OCRPageSummary(page: page.number, kind: wholePage ? .page : .pictures, words: words.words.count,
                       meanConfidence: words.meanConfidence.map { ($0 * 10).rounded() / 10 },
                       deskewAngle: (words.deskewAngle * 100).rounded() / 100)
    }
}

/// What OCR did on one page, for `ita text --explain` and the JSON.
public struct OCRPageSummary: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, Sendable {
        /// The whole page was read by OCR.
        case page
        /// Pictures inside a page with a text layer were read.
        case pictures
    }

    public var page: Int
    public var kind: Kind
    /// Words read; 0 for a blank page, a photo, or a picture that held no scores.
    public var words: Int
    /// Mean confidence (0–100) of its words, to a tenth; nil when it read nothing.
    public var meanConfidence: Double?
    /// Degrees the page was turned by to stand straight, to a hundredth.
    public var deskewAngle: Double

    public init(page: Int, kind: Kind, words: Int, meanConfidence: Double?, deskewAngle: Double) {
        self.page = page
        self.kind = kind
        self.words = words
        self.meanConfidence = meanConfidence
        self.deskewAngle = deskewAngle
    }
}
