import Dispatch
import Foundation
import OCRText
import PDFText

/// A report read as the ITA parser needs it: its lines outside tables, in reading order, and
/// its tables, whole across pages; each with where it came from.
public struct DocumentContent: Sendable {
    /// A line of prose, outside tables.
    public typealias Line = PlacedText

    public var lines: [Line]
    public var tables: [Table]
    /// Every line as it stands on the page, outside ruled tables: the prose and the lines that
    /// unruled tables were read from, in reading order. In a text report, every line. For a
    /// second reading of values when a table drawn without rulings was not found right.
    public var visualLines: [Line]
    /// The number of pages of a PDF; nil for text.
    public var pageCount: Int?
    /// The pages, or pictures in pages, read by OCR, in page order.
    public var ocrPages: [OCRPageSummary] = []

    public init(lines: [Line], tables: [Table], visualLines: [Line]? = nil, pageCount: Int? = nil) {
        self.lines = lines
        self.tables = tables
        self.visualLines = visualLines ?? lines
        self.pageCount = pageCount
    }
}

/// Reads a PDF or a text report into `DocumentContent`.
public struct DocumentContentReader: Sendable {
    public var reader: PDFTextReader
    /// Nil: no page is read by OCR.
    public var ocr: OCRReading?
    /// How many poppler documents read the pages at once.
    public var workers: Int

    public init(reader: PDFTextReader = PDFTextReader(), ocr: OCRReading? = nil, workers: Int = ParallelPages<Int>.defaultWorkers) {
        self.reader = reader
        self.ocr = ocr
        self.workers = workers
    }

    /// The pages are read by several poppler documents at once (`ParallelPages`), each page
    /// laid out and cleaned on the thread that read it; the results are kept in page order.
    ///
    /// `firstPage` is given the first page's lines of prose as soon as they are laid out, for a
    /// reader to start on what the rest will need (the year's framework, say) meanwhile.
    public func read(_ document: PDFDocument, firstPage: (@Sendable ([DocumentContent.Line]) -> Void)? = nil) throws -> DocumentContent {
        let pageCount = document.pageCount
        var contents: [PageContent] = []
        if pageCount > 0 {
            let ocr = self.ocr
            let parallel = ParallelPages(document: document, pages: 1...pageCount, workers: workers,
                                         window: Self.pagesReadAhead) { document, number in
                let page = try document.page(number)
                let plan = ocr?.plan(for: page) ?? .textLayer
                let image = plan == .textLayer ? nil : try document.image(ofPage: number, dpi: ocr!.recognizer.settings.renderingDPI(for: page))
                if image != nil { ocr?.willRecognize?(number) }
                let content = try readPage(page, plan: plan, image: image)
                if number == 1, let firstPage { firstPage(content.prose) }
                if content.ocr != nil { ocr?.progress?(number, pageCount) }
                return content
            }
            // The document is the workers' until they have finished.
            defer { parallel.finish() }
            contents.reserveCapacity(pageCount)
            for number in 1...pageCount { contents.append(try parallel.take(number)) }
        }

        // A table drawn without rulings that ends a page keeps its columns on the next
        // (`PageLayoutBuilder`), which was laid out on its own: look at such a page again, in
        // page order, since the page before may itself have been read again. A page that ends
        // in a table the next page's first table may carry on is looked at again with that
        // table's columns (as the next page shows them on its own): a table starting low may
        // show too few lines on its first page for every column edge to line up.
        let following = contents.indices.map { index in
            index + 1 < contents.count && contents[index].endsInTable ? contents[index + 1].channelsAtHead : []
        }
        for index in contents.indices {
            let continued = index > 0 ? contents[index - 1].channelsAtFoot : []
            guard !continued.isEmpty || !following[index].isEmpty else { continue }
            // Poppler reads the page again rather than every page's glyphs or layout being kept
            // for this; its text is cleaned again (the repair's cache makes that cheap). A page
            // OCR read keeps what OCR made of it.
            let page = try contents[index].recognized?.page ?? document.page(index + 1)
            let layout = reader.layout(of: page, continuing: continued, followedBy: following[index])
            contents[index] = content(of: page, laidOut: layout, recognized: contents[index].recognized)
        }

        var lines: [DocumentContent.Line] = []
        var visualLines: [DocumentContent.Line] = []
        var fragments: [TableFragment] = []
        var previousPageEndsInTable = false
        for page in contents {
            lines += page.prose
            visualLines += page.visualLines
            var pageFragments = page.fragments
            if !pageFragments.isEmpty { pageFragments[0].followsPrevious = pageFragments[0].followsPrevious && previousPageEndsInTable }
            previousPageEndsInTable = page.endsInTable
            fragments += pageFragments
        }
        var content = DocumentContent(lines: lines, tables: merged(normalizedFragments: fragments), visualLines: visualLines,
                                      pageCount: document.pageCount)
        content.ocrPages = contents.compactMap(\.ocr)
        return content
    }

    /// How many pages may be read past the first not yet taken: a page's glyphs wait in memory
    /// until it is laid out.
    static let pagesReadAhead = 4

    /// What one page gives the document: its prose, its lines as they stand, its table
    /// fragments, and whether a table runs on past its foot.
    struct PageContent: Sendable {
        var prose: [DocumentContent.Line]
        var visualLines: [DocumentContent.Line]
        var fragments: [TableFragment]
        var endsInTable: Bool
        /// The columns of a table drawn without rulings at the page's foot, which the next
        /// page's first table may carry on.
        var channelsAtFoot: [ClosedRange<Double>]
        /// The columns of a table drawn without rulings at the page's top, which may carry on
        /// the page before's last table.
        var channelsAtHead: [ClosedRange<Double>]
        /// What OCR read on the page, if it read any of it.
        var recognized: RecognizedText?
        var ocr: OCRPageSummary?
    }

    private func readPage(_ page: PDFPage, plan: OCRReading.Plan, image: GreyImage?) throws -> PageContent {
        guard let ocr, let image, plan != .textLayer else { return content(of: page, laidOut: reader.layout(of: page)) }
        let recognized = try ocr.recognize(page, plan: plan, image: image)
        return content(of: recognized.page, laidOut: reader.layout(of: recognized.page), recognized: recognized)
    }

    func content(of page: PDFPage, laidOut layout: PageLayout, recognized: RecognizedText? = nil) -> PageContent {
        let settings = reader.builder.settings
        // Text OCR read says so, with its least sure word's confidence; on a page whose text
        // layer was kept, only what stands where OCR read a picture.
        func confidence(_ rect: Rect?) -> Double? {
            guard let recognized, let rect else { return nil }
            return recognized.words.confidence(inside: rect) ?? (recognized.wholePage ? recognized.words.meanConfidence : nil)
        }
        // Text OCR read gets its dropped marks back before the dictionary's repair.
        let restore = recognized == nil ? nil : ocr?.restoration
        func clean(_ text: String) -> String {
            guard let restore else { return reader.clean(text) }
            return reader.clean(restore(reader.normalizer.normalize(text)))
        }
        let prose = layout.lines.filter { $0.table == nil }.map {
            DocumentContent.Line(text: clean($0.text), page: page.number, rect: $0.rect, ocrConfidence: confidence($0.rect))
        }
        // The prose is cleaned once, for both; only the unruled tables' own lines are added.
        let tableLines = layout.unruledTableLines.map {
            DocumentContent.Line(text: clean($0.text), page: page.number, rect: $0.rect, ocrConfidence: confidence($0.rect))
        }
        var fragments = layout.tableFragments(settings: settings).map(normalized)
        if recognized != nil {
            for fragment in fragments.indices {
                for row in fragments[fragment].rows.indices {
                    for cell in fragments[fragment].rows[row].cells.indices {
                        let rect = fragments[fragment].rows[row].cells[cell].rect
                        fragments[fragment].rows[row].cells[cell].ocrConfidence = confidence(rect)
                        if let restore { fragments[fragment].rows[row].cells[cell].text = restore(fragments[fragment].rows[row].cells[cell].text) }
                    }
                }
            }
        }
        let summary = recognized?.summary
        return PageContent(prose: prose,
                           visualLines: (prose + tableLines).sorted { ($0.rect?.y0 ?? 0) < ($1.rect?.y0 ?? 0) },
                           // Normalised here, on the page's thread, rather than all at the end.
                           fragments: fragments,
                           endsInTable: layout.endsInTable(settings: settings), channelsAtFoot: layout.unruledChannelsAtFoot,
                           channelsAtHead: layout.unruledChannelsAtHead,
                           recognized: recognized, ocr: summary)
    }

    public func read(text: String) -> DocumentContent {
        // Swift takes CR LF for one character, which a split on LF does not see.
        let normalized = reader.clean(TextLines.unixLineEnds(text))
        var lines: [DocumentContent.Line] = []
        var visualLines: [DocumentContent.Line] = []
        for (index, line) in normalized.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !line.allSatisfy(\.isWhitespace) else { continue }
            let placed = DocumentContent.Line(text: String(line), line: index + 1)
            visualLines.append(placed)
            if !line.contains("\t") { lines.append(placed) }
        }
        return DocumentContent(lines: lines, tables: TextTableReader().tables(in: normalized), visualLines: visualLines)
    }

    /// The logical tables of a document's page fragments, their text cleaned: normalised per
    /// page, and repaired only once whole, so that a word a page break cut in two is judged
    /// joined again (`กันยา` + `ยน`, not a `ยน` to repair into `ย่น`).
    func tables(from fragments: [TableFragment]) -> [Table] {
        merged(normalizedFragments: fragments.map(normalized))
    }

    /// The tables of fragments already normalised (by `content(of:laidOut:recognized:)`).
    func tables(fromNormalized fragments: [TableFragment]) -> [Table] {
        merged(normalizedFragments: fragments)
    }

    private func merged(normalizedFragments fragments: [TableFragment]) -> [Table] {
        var tables = TableMerger().merge(fragments)
        guard let repairer = reader.repairer else { return tables }
        // Each cell is repaired on its own, the cores sharing the cells of every table: one table
        // (the measures) often holds most of the text, and a core to a table left the other idle.
        var places: [(table: Int, row: Int, cell: Int)] = []
        for table in tables.indices {
            for row in tables[table].rows.indices {
                for cell in tables[table].rows[row].cells.indices { places.append((table, row, cell)) }
            }
        }
        let texts = places.map { tables[$0.table].rows[$0.row].cells[$0.cell].text }
        for (place, text) in zip(places, texts.concurrentMap { repairer.repair($0) }) {
            tables[place.table].rows[place.row].cells[place.cell].text = text
        }
        return tables
    }

    /// The fragment's cells normalised (`ThaiNormalizer`), so that pages compare alike when
    /// they are merged; the dictionary's repair waits for the merged table (`merged`).
    private func normalized(_ fragment: TableFragment) -> TableFragment {
        var fragment = fragment
        for row in fragment.rows.indices {
            for cell in fragment.rows[row].cells.indices {
                fragment.rows[row].cells[cell].text = reader.normalizer.normalize(fragment.rows[row].cells[cell].text)
            }
        }
        return fragment
    }
}
