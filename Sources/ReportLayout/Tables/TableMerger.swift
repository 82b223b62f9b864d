import ThaiText

/// Makes logical tables whole from their page fragments.
///
/// A fragment continues the table before it when it directly follows it and has as many
/// columns. Then the header row repeated at its top is dropped, and its first row continues
/// the last row of the table when it does not start a row of its own: its first cell is empty,
/// or the table numbers its rows (`1.`, `๒.`) and this first cell has no number. Each cell's
/// text is appended to the cell above, so a word cut by the page break comes back whole.
public struct TableMerger: Sendable {
    public init() {}

    public func merge(_ fragments: [TableFragment]) -> [Table] {
        var tables: [Table] = []
        var lastFragment: TableFragment?
        for fragment in fragments where !fragment.rows.isEmpty {
            guard fragment.followsPrevious, var table = tables.last, let previous = lastFragment,
                  table.columnCount == fragment.rows[0].cells.count else {
                tables.append(Table(pages: fragment.page.map { [$0] } ?? [], rows: fragment.rows))
                lastFragment = fragment
                continue
            }
            var rows = fragment.rows[...]
            let repeatsHeader = table.rows.first.map { rows.first?.comparableText == $0.comparableText } ?? false
            // Two tables of as many columns can follow each other across a page break: a
            // continuation repeats the header, or at least keeps the columns where they were.
            guard repeatsHeader || sameColumns(previous, fragment) else {
                tables.append(Table(pages: fragment.page.map { [$0] } ?? [], rows: fragment.rows))
                lastFragment = fragment
                continue
            }
            lastFragment = fragment
            if repeatsHeader { rows = rows.dropFirst() }
            if let first = rows.first, !table.rows.isEmpty, continuesRowAbove(first, in: table) {
                table.rows[table.rows.count - 1] = continued(table.rows[table.rows.count - 1], with: first)
                rows = rows.dropFirst()
            }
            table.rows += rows
            if let page = fragment.page, table.pages.last != page { table.pages.append(page) }
            tables[tables.count - 1] = table
        }
        return tables
    }

    /// The cells of both fragments' widest rows start and end at the same x (within 2 points);
    /// fragments without rectangles (text reports) never match this way.
    private func sameColumns(_ a: TableFragment, _ b: TableFragment) -> Bool {
        func edges(_ fragment: TableFragment) -> [Double]? {
            guard let row = fragment.rows.max(by: { $0.cells.count < $1.cells.count }) else { return nil }
            let rects = row.cells.compactMap(\.rect)
            guard rects.count == row.cells.count else { return nil }
            return rects.flatMap { [$0.x0, $0.x1] }
        }
        guard let left = edges(a), let right = edges(b), left.count == right.count else { return false }
        return zip(left, right).allSatisfy { abs($0 - $1) <= 2 }
    }

    private func continuesRowAbove(_ row: TableRow, in table: Table) -> Bool {
        if row.firstCellIsEmpty { return true }
        let firstCells = table.rows.dropFirst().compactMap { $0.cells.first?.text }.filter { !$0.isEmpty }
        let numbered = firstCells.filter(Self.startsWithRowNumber).count
        let tableNumbersItsRows = firstCells.count >= 2 && numbered * 3 >= firstCells.count * 2
        return tableNumbersItsRows && !Self.startsWithRowNumber(row.cells[0].text)
    }

    /// `1.`, `10.`, `๒.` or `(3)` at the start of a cell.
    static func startsWithRowNumber(_ text: String) -> Bool {
        var scalars = text.unicodeScalars.drop { $0.properties.isWhitespace }[...]
        let opening = scalars.first == "("
        if opening { scalars = scalars.dropFirst() }
        let digits = scalars.prefix { ("0"..."9").contains($0) || (0x0E50...0x0E59).contains($0.value) }
        guard !digits.isEmpty, let after = scalars.dropFirst(digits.count).first else { return false }
        return opening ? after == ")" : after == "."
    }

    private func continued(_ row: TableRow, with continuation: TableRow) -> TableRow {
        var row = row
        for (index, cell) in continuation.cells.enumerated() where index < row.cells.count && !cell.text.isEmpty {
            if row.cells[index].text.isEmpty {
                row.cells[index] = cell
            } else {
                row.cells[index].text = ThaiJoiner.join(row.cells[index].text, cell.text)
            }
        }
        return row
    }
}
