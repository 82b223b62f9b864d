import PDFText

/// A report read as the ITA parser needs it: its lines outside tables, in reading order, and
/// its tables, whole across pages; each with where it came from.
public struct DocumentContent: Sendable {
    /// A line of prose, outside tables.
    public typealias Line = PlacedText

    public var lines: [Line]
    public var tables: [Table]
    /// The number of pages of a PDF; nil for text.
    public var pageCount: Int?

    public init(lines: [Line], tables: [Table], pageCount: Int? = nil) {
        self.lines = lines
        self.tables = tables
        self.pageCount = pageCount
    }
}

/// Reads a PDF or a text report into `DocumentContent`.
public struct DocumentContentReader: Sendable {
    public var reader: PDFTextReader

    public init(reader: PDFTextReader = PDFTextReader()) {
        self.reader = reader
    }

    public func read(_ document: PDFDocument) throws -> DocumentContent {
        let settings = reader.builder.settings
        var lines: [DocumentContent.Line] = []
        var fragments: [TableFragment] = []
        var previousPageEndsInTable = false
        for number in 1...max(document.pageCount, 1) where number <= document.pageCount {
            let layout = reader.layout(of: try document.page(number))
            for line in layout.lines where line.table == nil {
                lines.append(DocumentContent.Line(text: reader.normalizer.normalize(line.text), page: number, rect: line.rect))
            }
            var pageFragments = layout.tableFragments(settings: settings)
            if !pageFragments.isEmpty { pageFragments[0].followsPrevious = pageFragments[0].followsPrevious && previousPageEndsInTable }
            previousPageEndsInTable = layout.endsInTable(settings: settings)
            fragments += pageFragments.map(normalized)
        }
        return DocumentContent(lines: lines, tables: TableMerger().merge(fragments), pageCount: document.pageCount)
    }

    public func read(text: String) -> DocumentContent {
        // Swift takes CR LF for one character, which a split on LF does not see.
        let normalized = reader.normalizer.normalize(TextLines.unixLineEnds(text))
        var lines: [DocumentContent.Line] = []
        for (index, line) in normalized.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !line.contains("\t"), !line.allSatisfy(\.isWhitespace) else { continue }
            lines.append(DocumentContent.Line(text: String(line), line: index + 1))
        }
        return DocumentContent(lines: lines, tables: TextTableReader().tables(in: normalized))
    }

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
