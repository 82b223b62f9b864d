import PDFText
import ThaiText

/// A logical table of a report: rows of cells, whole even when it runs over several pages.
public struct Table: Equatable, Sendable {
    /// The pages it stands on (PDF), in order; empty for a text report.
    public var pages: [Int]
    public var rows: [TableRow]

    public init(pages: [Int] = [], rows: [TableRow]) {
        self.pages = pages
        self.rows = rows
    }

    public var columnCount: Int { rows.map(\.cells.count).max() ?? 0 }
}

public struct TableRow: Equatable, Sendable {
    public var cells: [TableCell]

    public init(cells: [TableCell]) { self.cells = cells }

    /// True when every cell is empty but the first is: nothing to tell the row apart from the
    /// row above, whose first cell it continues (as the seed's text format writes it).
    var firstCellIsEmpty: Bool { cells.first?.text.isEmpty ?? true }

    /// The cells' text without whitespace, for comparing repeated header rows: a header may be
    /// wrapped differently on each page, and Thai writers are loose with spaces in it.
    var comparableText: [String] {
        cells.map { String(String.UnicodeScalarView($0.text.unicodeScalars.filter { !ThaiCharacter.isWhitespace($0) })) }
    }

    /// How many letters (scalars other than whitespace) the row holds.
    private var letterCount: Int {
        cells.reduce(0) { count, cell in count + cell.text.unicodeScalars.count { !ThaiCharacter.isWhitespace($0) } }
    }

    /// Whether this row says what `other` says, however the two split it into cells and lines:
    /// a header over a table drawn without rulings is cut into cells by the gaps that page's
    /// text leaves, which are not the same on every page. Compared as the letters the rows
    /// hold, since a cell over two columns reads their lines interleaved.
    func holdsTheSameText(as other: TableRow) -> Bool {
        // Most rows compared with a header differ in length: told apart without building text.
        guard letterCount == other.letterCount else { return false }
        if comparableText == other.comparableText { return true }
        func letters(_ row: TableRow) -> [Unicode.Scalar] {
            row.cells.flatMap { $0.text.unicodeScalars.filter { !ThaiCharacter.isWhitespace($0) } }.sorted { $0.value < $1.value }
        }
        let mine = letters(self)
        return !mine.isEmpty && mine == letters(other)
    }
}
