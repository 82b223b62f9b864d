import PDFText
import ThaiText

/// Writes a PDF's pages as text, one after another, holding no more than a few pages at a time.
///
/// A table row that a page break cuts is written whole on the page where it starts, and the
/// header row the next page repeats is left out: each row of a table reads as one line, and
/// a phrase the break cut in two reads whole. Everything else stays on its own page.
///
/// The pages are read, laid out and cleaned by several poppler documents at once
/// (`ParallelPages`, `PreparedPage`); what one page's text takes from the next is decided here,
/// in page order.
public struct DocumentTextWriter: Sendable {
    public var reader: PDFTextReader
    /// Nil: no page is read by OCR.
    public var ocr: OCRReading?
    /// How many poppler documents read the pages at once.
    public var workers: Int

    /// Pages read ahead of the one written, per worker: enough that no worker waits for the
    /// writer, few enough that memory stays flat.
    static let pagesAheadPerWorker = 2

    public init(reader: PDFTextReader = PDFTextReader(), ocr: OCRReading? = nil, workers: Int = ParallelPages<Int>.defaultWorkers) {
        self.reader = reader
        self.ocr = ocr
        self.workers = workers
    }

    /// Calls `write` with each page's text, in order, `changes` with each repair of the text
    /// (`ThaiRepairer`) and its page, and `recognized` with what OCR did on each page it read.
    public func write(_ document: PDFDocument, pages: ClosedRange<Int>,
                      changes: ((Int, ThaiRepairer.Change) -> Void)? = nil,
                      recognized: ((OCRPageSummary) -> Void)? = nil,
                      to write: (String) throws -> Void) throws {
        let settings = reader.builder.settings
        let pageCount = document.pageCount
        let (reader, ocr) = (self.reader, self.ocr)
        let parallel = ParallelPages(document: document, pages: pages, workers: workers,
                                     window: max(workers, 1) * Self.pagesAheadPerWorker) { document, number in
            try PreparedPage(document: document, number: number, reader: reader, ocr: ocr)
        }
        defer { parallel.finish() }
        // Pages are taken as the loop below would have read them: the first, then each next one
        // before the page before it is written, so that what is said of OCR keeps its place.
        func take(_ number: Int) throws -> PreparedPage {
            let prepared = try parallel.take(number)
            if let summary = prepared.ocr {
                recognized?(summary)
                ocr?.progress?(number, pageCount)
            }
            return prepared
        }
        var current = try take(pages.lowerBound)
        var skippedRows = 0
        // The rows so far of the table the current page ends in: whether a table numbers its
        // rows is judged on all of them, and its header may have more than one row.
        var tableRows: [TableRow] = []
        var carriedOver = false
        for number in pages {
            var next = number < pages.upperBound ? try take(number + 1) : nil
            // A table that ends the page and may go on at the next page's top takes the columns
            // that page shows (`DocumentContentReader` does the same).
            if let head = next?.layout.unruledChannelsAtHead, !head.isEmpty, current.layout.endsInTable(settings: settings) {
                current.layOutAgain(continuing: current.continued, followedBy: head, reader: reader)
            }
            // A table drawn without rulings that ends the page keeps its columns on the next.
            if !current.layout.unruledChannelsAtFoot.isEmpty {
                next?.layOutAgain(continuing: current.layout.unruledChannelsAtFoot, reader: reader)
            }
            let nextFragments = next?.fragments ?? []
            var continuation: TableRow?
            var nextSkippedRows = 0
            let fragments = current.fragments
            let lastRows = fragments.last?.rows ?? []
            // A carried-over page adds its rows less the repeated header and the rest of the row
            // written on the page before.
            tableRows = carriedOver && fragments.count == 1 ? tableRows + lastRows.dropFirst(skippedRows) : lastRows
            carriedOver = false
            if next != nil, current.layout.endsInTable(settings: settings), let previous = fragments.last,
               let following = nextFragments.first,
               let carried = TableContinuation.of(following, after: previous, rows: [previous.rows[0]] + tableRows.dropFirst()) {
                carriedOver = true
                nextSkippedRows = carried.headerRows
                // A last row that is itself the rest of a row from the page before was not
                // written here: then its own rest stays on the next page.
                let tables = current.layout.lines.compactMap(\.table)
                let lastRowWasSkipped = tables.min() == tables.max() && previous.rows.count <= skippedRows
                if carried.continuesLastRow, !lastRowWasSkipped, nextSkippedRows < following.rows.count {
                    continuation = following.rows[nextSkippedRows]
                    nextSkippedRows += 1
                }
            }
            let cleaned = current.cleanedText(skippingFirstRows: skippedRows, continuingLastRowWith: continuation,
                                              reader: reader, ocr: ocr)
            if let changes { cleaned.changes.forEach { changes(number, $0) } }
            try write(cleaned.text)
            skippedRows = nextSkippedRows
            if let next { current = next }
        }
    }
}
