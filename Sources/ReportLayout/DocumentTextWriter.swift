import PDFText
import ThaiText

/// Writes a PDF's pages as text, one after another, holding no more than two pages at a time.
///
/// A table row that a page break cuts is written whole on the page where it starts, and the
/// header row the next page repeats is left out: each row of a table reads as one line, and
/// a phrase the break cut in two reads whole. Everything else stays on its own page.
public struct DocumentTextWriter: Sendable {
    public var reader: PDFTextReader
    /// Nil: no page is read by OCR.
    public var ocr: OCRReading?

    public init(reader: PDFTextReader = PDFTextReader(), ocr: OCRReading? = nil) {
        self.reader = reader
        self.ocr = ocr
    }

    /// Calls `write` with each page's text, in order, `changes` with each repair of the text
    /// (`ThaiRepairer`) and its page, and `recognized` with what OCR did on each page it read.
    public func write(_ document: PDFDocument, pages: ClosedRange<Int>,
                      changes: ((Int, ThaiRepairer.Change) -> Void)? = nil,
                      recognized: ((OCRPageSummary) -> Void)? = nil,
                      to write: (String) throws -> Void) throws {
        let settings = reader.builder.settings
        let readAhead = ocr.map { OCRReadAhead(document: document, ocr: $0, pages: pages) }
        readAhead?.onRecognized = recognized
        func page(_ number: Int) throws -> PDFPage {
            try readAhead?.page(number) ?? document.page(number)
        }
        var current = reader.layout(of: try page(pages.lowerBound))
        // Each page's fragments are read once, as the next page, and kept for its own turn.
        var fragments = current.tableFragments(settings: settings, paragraphs: false)
        var skippedRows = 0
        // The rows so far of the table the current page ends in: whether a table numbers its
        // rows is judged on all of them, and its header may have more than one row.
        var tableRows: [TableRow] = []
        var carriedOver = false
        for number in pages {
            let next = number < pages.upperBound ? reader.layout(of: try page(number + 1), after: current) : nil
            let nextFragments = next?.tableFragments(settings: settings, paragraphs: false) ?? []
            var continuation: TableRow?
            var nextSkippedRows = 0
            let lastRows = fragments.last?.rows ?? []
            // A carried-over page adds its rows less the repeated header and the rest of the row
            // written on the page before.
            tableRows = carriedOver && fragments.count == 1 ? tableRows + lastRows.dropFirst(skippedRows) : lastRows
            carriedOver = false
            if next != nil, current.endsInTable(settings: settings), let previous = fragments.last,
               let following = nextFragments.first,
               let carried = TableContinuation.of(following, after: previous, rows: [previous.rows[0]] + tableRows.dropFirst()) {
                carriedOver = true
                nextSkippedRows = carried.headerRows
                // A last row that is itself the rest of a row from the page before was not
                // written here: then its own rest stays on the next page.
                let lastRowWasSkipped = current.lines.compactMap(\.table).min() == current.lines.compactMap(\.table).max()
                    && previous.rows.count <= skippedRows
                if carried.continuesLastRow, !lastRowWasSkipped, nextSkippedRows < following.rows.count {
                    continuation = following.rows[nextSkippedRows]
                    nextSkippedRows += 1
                }
            }
            let text = current.text(skippingFirstRows: skippedRows, continuingLastRowWith: continuation)
            try write(reader.clean(text, changes: changes.map { report in { report(number, $0) } }))
            skippedRows = nextSkippedRows
            if let next {
                current = next
                fragments = nextFragments
            }
        }
    }
}
