import PDFText
import ThaiText

/// Reads the tables of a PDF report, whole across pages.
public struct PDFTableReader: Sendable {
    public var reader: PDFTextReader
    /// At most this many short lines (a running header, a page number) may stand between a
    /// table at the foot of one page and its continuation at the top of the next.
    public var furnitureLines = 2
    /// A line longer than this many characters is prose, not page furniture.
    public var furnitureLength = 40

    public init(reader: PDFTextReader = PDFTextReader()) {
        self.reader = reader
    }

    public func tables(of document: PDFDocument, pages: ClosedRange<Int>) throws -> [Table] {
        var fragments: [TableFragment] = []
        var previousPageEndsInTable = false
        for number in pages {
            let layout = reader.layout(of: try document.page(number))
            var pageFragments = layout.tableFragments(paragraphGap: reader.builder.settings.paragraphGap)
            if !pageFragments.isEmpty {
                pageFragments[0].followsPrevious = previousPageEndsInTable && isFurniture(layout.linesAboveFirstTable)
                previousPageEndsInTable = isFurniture(layout.linesBelowLastTable)
            } else {
                previousPageEndsInTable = false
            }
            fragments += pageFragments.map(normalized)
        }
        return TableMerger().merge(fragments)
    }

    private func isFurniture(_ lines: [TextLine]) -> Bool {
        lines.count <= furnitureLines && lines.allSatisfy { $0.text.count <= furnitureLength }
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
