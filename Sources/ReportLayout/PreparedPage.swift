import PDFText
import ThaiText

/// One page made ready for `DocumentTextWriter` on a worker's thread: read by its own poppler
/// document (or by OCR), laid out, its table fragments found, and its text cleaned as it is
/// written when nothing of it goes to or comes from another page, which is most pages.
struct PreparedPage: Sendable {
    /// Kept for a second layout when the page before ends in a table drawn without rulings.
    private(set) var page: PDFPage
    private(set) var layout: PageLayout
    /// The tables' fragments, each cell one line (as the text writes them).
    private(set) var fragments: [TableFragment]
    /// What OCR did on the page; nil when its text layer was read.
    let ocr: OCRPageSummary?
    /// The whole page's text cleaned, with the repairs made; nil when a neighbour may change
    /// it, and once it is laid out again.
    private var wholeText: CleanedText?

    /// The page's text after `ThaiNormalizer` and `ThaiRepairer`, and the repairs made.
    struct CleanedText: Sendable {
        var text: String
        var changes: [ThaiRepairer.Change]
    }

    init(document: PDFDocument, number: Int, reader: PDFTextReader, ocr reading: OCRReading?) throws {
        var page = try document.page(number)
        var summary: OCRPageSummary?
        if let reading {
            let plan = reading.plan(for: page)
            if plan != .textLayer {
                let image = try document.image(ofPage: number, dpi: reading.recognizer.settings.renderingDPI(for: page))
                reading.willRecognize?(number)
                let recognized = try reading.recognize(page, plan: plan, image: image)
                page = recognized.page
                summary = recognized.summary
            }
        }
        self.page = page
        self.ocr = summary
        layout = reader.layout(of: page, continuing: [])
        fragments = layout.tableFragments(settings: reader.builder.settings, paragraphs: false)
        // Only a table that starts at the page's head may carry on the page before's (and lose
        // its repeated header), and only one at its foot may take the next page's first row:
        // such a page is cleaned once its neighbours are known, not twice.
        let mayChange = fragments.first?.followsPrevious == true || layout.endsInTable(settings: reader.builder.settings)
        wholeText = mayChange ? nil : Self.clean(layout.text(skippingFirstRows: 0, continuingLastRowWith: nil),
                                                 recognized: summary != nil, reader: reader, ocr: reading)
    }

    /// The columns of the unruled table that ends the page before, which the page was laid out
    /// again with.
    private(set) var continued: [ClosedRange<Double>] = []

    /// Lays the page out again, carrying on the columns of the unruled table that ends the
    /// page before (`PageLayout.unruledChannelsAtFoot`), and those of the one that starts the
    /// next page (`PageLayout.unruledChannelsAtHead`).
    mutating func layOutAgain(continuing channels: [ClosedRange<Double>], followedBy following: [ClosedRange<Double>] = [],
                              reader: PDFTextReader) {
        continued = channels
        layout = reader.layout(of: page, continuing: channels, followedBy: following)
        fragments = layout.tableFragments(settings: reader.builder.settings, paragraphs: false)
        wholeText = nil
    }

    /// The page's text as written, less `skippedRows` rows of its first table and with
    /// `continuation` added to its last row, cleaned.
    func cleanedText(skippingFirstRows skippedRows: Int, continuingLastRowWith continuation: TableRow?,
                     reader: PDFTextReader, ocr reading: OCRReading?) -> CleanedText {
        if skippedRows == 0, continuation == nil, let wholeText { return wholeText }
        return Self.clean(layout.text(skippingFirstRows: skippedRows, continuingLastRowWith: continuation),
                          recognized: ocr != nil, reader: reader, ocr: reading)
    }

    private static func clean(_ text: String, recognized: Bool, reader: PDFTextReader, ocr: OCRReading?) -> CleanedText {
        // A page OCR read gets its dropped marks back before the dictionary's repair.
        let restored = recognized ? ocr?.restoration.map { $0(reader.normalizer.normalize(text)) } ?? text : text
        var changes: [ThaiRepairer.Change] = []
        let cleaned = reader.clean(restored) { changes.append($0) }
        return CleanedText(text: cleaned, changes: changes)
    }
}
