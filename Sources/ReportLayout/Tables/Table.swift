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

    /// Whether OCR read any of the row.
    var isRecognized: Bool { cells.contains { $0.ocrConfidence != nil } }

    /// OCR reads the same header a little differently on each page: a tone mark dropped
    /// (`ตัวชีวัด`), a letter misread. Rows read by OCR are the same when their letters other
    /// than marks differ in at most one of every `Self.recognizedLettersPerSlip`.
    private func readsAlike(_ other: TableRow) -> Bool {
        func letters(_ row: TableRow) -> [Unicode.Scalar: Int] {
            var counts: [Unicode.Scalar: Int] = [:]
            for cell in row.cells {
                for scalar in cell.text.unicodeScalars
                where !ThaiCharacter.isWhitespace(scalar) && scalar.properties.generalCategory != .nonspacingMark {
                    counts[scalar, default: 0] += 1
                }
            }
            return counts
        }
        let mine = letters(self), theirs = letters(other)
        let total = max(mine.values.reduce(0, +), theirs.values.reduce(0, +))
        guard total > 0 else { return false }
        let differing = Set(mine.keys).union(theirs.keys).reduce(0) { $0 + abs(mine[$1, default: 0] - theirs[$1, default: 0]) }
        return differing <= total / Self.recognizedLettersPerSlip
    }

    /// One slip of OCR allowed in this many letters when comparing repeated headers (a header
    /// row read twice differs by its junk of stray marks, `aa`, `๑4`, more than by misreads).
    static let recognizedLettersPerSlip = 7

    /// How many letters (scalars other than whitespace) the row holds.
    private var letterCount: Int {
        cells.reduce(0) { count, cell in count + cell.text.unicodeScalars.count { !ThaiCharacter.isWhitespace($0) } }
    }

    /// Whether this row says what `other` says, however the two split it into cells and lines:
    /// a header over a table drawn without rulings is cut into cells by the gaps that page's
    /// text leaves, which are not the same on every page. Compared as the letters the rows
    /// hold, since a cell over two columns reads their lines interleaved.
    func holdsTheSameText(as other: TableRow) -> Bool {
        if isRecognized || other.isRecognized { return readsAlike(other) }
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
