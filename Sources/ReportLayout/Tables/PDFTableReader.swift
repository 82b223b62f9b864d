import PDFText
import ThaiText

/// Reads the tables of a PDF report, whole across pages.
public struct PDFTableReader: Sendable {
    public var reader: PDFTextReader

    public init(reader: PDFTextReader = PDFTextReader()) {
        self.reader = reader
    }

    public func tables(of document: PDFDocument, pages: ClosedRange<Int>) throws -> [Table] {
        let settings = reader.builder.settings
        var fragments: [TableFragment] = []
        var previousPageEndsInTable = false
        for number in pages {
            let layout = reader.layout(of: try document.page(number))
            var pageFragments = layout.tableFragments(settings: settings)
            if !pageFragments.isEmpty { pageFragments[0].followsPrevious = pageFragments[0].followsPrevious && previousPageEndsInTable }
            previousPageEndsInTable = layout.endsInTable(settings: settings)
            fragments += pageFragments.map(normalized)
        }
        return TableMerger().merge(fragments)
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
