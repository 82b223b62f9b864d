import ThaiText

/// How a table fragment carries on the table before it, across a page break.
///
/// It does when it directly follows it, is drawn the same way (both ruled or both not), has as
/// many columns, and either repeats the table's header rows or keeps its columns where they were
/// (two different tables of as many columns can follow each other too). Its first row then
/// continues the table's last row when it does not start a row of its own: its first cell is
/// empty, or the table numbers its rows (`1.`, `๒.`) and this first cell has no number.
struct TableContinuation: Equatable {
    /// How many rows the fragment starts with that repeat the table's first rows: its header,
    /// which may have more than one row (a two-level header of merged cells); 0 when none.
    var headerRows: Int
    /// The fragment's first row after any repeated header is the rest of the table's last row.
    var continuesLastRow: Bool

    /// How `next` continues a table whose header is `header`, whose rows so far are `rows`, and
    /// whose fragment before `next` is `previous`; nil when `next` starts a table of its own.
    /// A fragment `projected` onto the table's columns (`ColumnProjection`) keeps to them.
    /// `later` are rows of the fragments after `next`: a page that a single row fills leaves
    /// nothing after it to judge whether the table numbers its rows.
    static func of(_ next: TableFragment, after previous: TableFragment, rows: [TableRow],
                   projected: Bool = false, later: [TableRow] = []) -> TableContinuation? {
        // A table ruled with horizontal lines only may show too few rules on a page to be read
        // as ruled there (its header and a first row cut at the foot): both read their columns
        // from their text.
        let textColumns = (previous.columnsFromText || !previous.ruled) && (next.columnsFromText || !next.ruled)
            && (previous.columnsFromText || next.columnsFromText)
        guard next.followsPrevious, next.ruled == previous.ruled || textColumns, let first = next.rows.first, let header = rows.first,
              rows.map(\.cells.count).max() == first.cells.count else { return nil }
        var headerRows = first.holdsTheSameText(as: header)
            ? zip(next.rows, rows).prefix { $0.holdsTheSameText(as: $1) }.count : misreadHeaderRows(next, rows: rows)
        if headerRows == 0 { headerRows = regroupedHeaderRows(next, rows: rows) }
        guard headerRows > 0 || projected || sameColumns(previous, next)
                || textColumns && (sameOuterEdges(previous, next) || sameInnerEdges(previous, next)) else { return nil }
        let firstRow = next.rows.dropFirst(headerRows).first
        let following = next.rows.dropFirst(headerRows + 1)
            + (next.rows.count > headerRows + 1 ? [] : later.filter { !$0.holdsTheSameText(as: header) })
        let continues = firstRow.map { continuesRowAbove($0, rows: rows, following: following) } ?? false
        return TableContinuation(headerRows: headerRows, continuesLastRow: continues)
    }

    /// How many rows of a header OCR read too differently to compare lead the fragment: OCR
    /// can misread a repeated header's first row past `holdsTheSameText` (its letters moved
    /// across cells, a word garbled), while the header's next row reads alike in its own place.
    /// That row, and the OCR-read rows before it, are the repeated header; 0 when no row is.
    private static func misreadHeaderRows(_ next: TableFragment, rows: [TableRow]) -> Int {
        let last = min(headerRowsLookedAt, next.rows.count, rows.count)
        guard last > 1 else { return 0 }
        for row in 1..<last where next.rows[..<row].allSatisfy(\.isRecognized) && next.rows[row].holdsTheSameText(as: rows[row]) {
            return row + zip(next.rows.dropFirst(row), rows.dropFirst(row)).prefix { $0.holdsTheSameText(as: $1) }.count
        }
        return 0
    }

    /// How many rows of `next` repeat a two-row header read as one row on the other page: a
    /// header of two levels is one row where the page reads it between rules (`TwoLevelHeader`)
    /// and two where it reads it from its text's alignment, and a table starting low may be
    /// read one way on its first page and the other on the next. 1 when `next` starts with the
    /// table's two header rows in one, 2 when it starts with its one header row in two, else 0.
    private static func regroupedHeaderRows(_ next: TableFragment, rows: [TableRow]) -> Int {
        guard let first = next.rows.first, let header = rows.first else { return 0 }
        if rows.count > 1, first.holdsTheSameText(as: join(header, with: rows[1])) { return 1 }
        if next.rows.count > 1, join(first, with: next.rows[1]).holdsTheSameText(as: header) { return 2 }
        return 0
    }

    /// How deep a repeated header is looked for below a misread first row.
    static let headerRowsLookedAt = 3

    /// `row` with each cell of `continuation` appended to its own, so a word cut by the page
    /// break comes back whole.
    static func join(_ row: TableRow, with continuation: TableRow) -> TableRow {
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

    /// A code of Latin letters and digits at the start of a cell, as rows of questions or
    /// items are labelled: `i7`, `E11`, `O 36`, `A1`.
    static func startsWithRowCode(_ text: String) -> Bool {
        let scalars = text.unicodeScalars.drop { ThaiCharacter.isWhitespace($0) || $0 == "(" }
        let letters = scalars.prefix { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
        guard (1...2).contains(letters.count) else { return false }
        let rest = scalars.dropFirst(letters.count).drop { $0 == " " }
        return rest.first.map { ("0"..."9").contains($0) } ?? false
    }

    /// Whether a cell holds a number alone (`86.50`, `๙๘.๗๖`).
    private static func isNumber(_ text: String) -> Bool {
        let scalars = text.unicodeScalars.filter { !ThaiCharacter.isWhitespace($0) }
        return !scalars.isEmpty && scalars.allSatisfy { ThaiCharacter.isDigit($0) || $0 == "." || $0 == "," }
    }

    /// `1.`, `10.`, `๒.` or `(3)` at the start of a cell.
    static func startsWithRowNumber(_ text: String) -> Bool {
        var scalars = text.unicodeScalars.drop { ThaiCharacter.isWhitespace($0) }[...]
        let opening = scalars.first == "("
        if opening { scalars = scalars.dropFirst() }
        let digits = scalars.prefix(while: ThaiCharacter.isDigit)
        guard !digits.isEmpty, let after = scalars.dropFirst(digits.count).first else { return false }
        return opening ? after == ")" : after == "."
    }

    /// Whether `row`, at the top of a page, is the rest of the last of `rows` (the table so
    /// far), `following` being the rows after it on its page.
    private static func continuesRowAbove(_ row: TableRow, rows: [TableRow], following: ArraySlice<TableRow>) -> Bool {
        if row.firstCellIsEmpty { return true }
        // A first cell drawn over the next column too (a ruled table's group heading or total)
        // is a row of its own.
        if let first = row.cells[0].rect, let second = row.cells.dropFirst().first?.rect, first.x1 > second.x0 + 2 {
            return false
        }
        // A row shaped like the table's group headings (unnumbered text in the first cell, the
        // others empty) is one more of them, though the table numbers its other rows.
        func isGroupHeading(_ row: TableRow) -> Bool {
            row.cells.count >= 2 && !row.firstCellIsEmpty && !startsWithRowNumber(row.cells[0].text)
                && row.cells.dropFirst().allSatisfy { $0.text.isEmpty }
        }
        if isGroupHeading(row), rows.dropFirst().contains(where: isGroupHeading) { return false }
        if isCutRow(row, rows: rows) { return true }
        // Whether the table numbers its rows is judged on the rows after this one too: a table
        // cut after its first row has but one row above to go by.
        let firstCells = (Array(rows.dropFirst()) + following).compactMap { $0.cells.first?.text }.filter { !$0.isEmpty }
        let numbered = firstCells.filter(startsWithRowNumber).count
        let tableNumbersItsRows = firstCells.count >= 2 && numbered * 3 >= firstCells.count * 2
        if tableNumbersItsRows { return !startsWithRowNumber(row.cells[0].text) }
        // Rows that start with a code (`i7`, `E11`, `A1`) are told the same way, unless this one
        // has a number where the last row has one: a number is never cut by a page break.
        let coded = firstCells.filter(startsWithRowCode).count
        guard firstCells.count >= 2, coded * 3 >= firstCells.count * 2, !startsWithRowCode(row.cells[0].text),
              let last = rows.last else { return false }
        return !zip(last.cells, row.cells).contains { isNumber($0.text) && isNumber($1.text) }
    }

    /// Whether `row` is the rest of the last of `rows` that the page break cut, told by its
    /// cells: in a table whose rows fill all their cells, some of this row's cells are empty
    /// where the last row's are written (their text ended before the break) while others go
    /// on. A new row would fill them all; a row the break cut within its first cell's text
    /// (its first cell not empty here) is not told by the empty first cell.
    private static func isCutRow(_ row: TableRow, rows: [TableRow]) -> Bool {
        guard let last = rows.last, rows.count >= 2, row.cells.count == last.cells.count, row.cells.count >= 3 else { return false }
        let body = rows.dropFirst()
        let full = body.filter { $0.cells.allSatisfy { !$0.text.isEmpty } }.count
        guard full * 3 >= body.count * 2, last.cells.allSatisfy({ !$0.text.isEmpty }) else { return false }
        // A numbered first cell starts a row (`3.`, or a bare `22` in a column of ranks: a
        // number is never cut by a page break); text in the first cell alone is a heading.
        guard !startsWithRowNumber(row.cells[0].text), !isNumber(row.cells[0].text) else { return false }
        let ended = row.cells.filter(\.text.isEmpty).count
        let goesOn = row.cells.dropFirst().filter { !$0.text.isEmpty }.count
        return ended >= 1 && goesOn >= 1
    }

    /// The widest rows of both fragments start and end at the same x (within 2 points): a table
    /// ruled with horizontal lines only keeps its rules' ends from page to page, while the gaps
    /// between its columns are each page's text's.
    private static func sameOuterEdges(_ a: TableFragment, _ b: TableFragment) -> Bool {
        func edges(_ fragment: TableFragment) -> (Double, Double)? {
            let rects = fragment.rows.flatMap(\.cells).compactMap(\.rect)
            guard let left = rects.map(\.x0).min(), let right = rects.map(\.x1).max() else { return nil }
            return (left, right)
        }
        guard let left = edges(a), let right = edges(b) else { return false }
        return abs(left.0 - right.0) <= 2 && abs(left.1 - right.1) <= 2
    }

    /// The cells of both fragments' widest rows but the first start at the same x, within
    /// `textColumnTolerance` points: where columns are read from the text, the middle of the
    /// gap between two is each page's own, and the table's outer edges are its text's or its
    /// rules' ends.
    private static func sameInnerEdges(_ a: TableFragment, _ b: TableFragment) -> Bool {
        func edges(_ fragment: TableFragment) -> [Double]? {
            guard let row = fragment.rows.max(by: { $0.cells.count < $1.cells.count }) else { return nil }
            let rects = row.cells.compactMap(\.rect)
            return rects.count == row.cells.count && rects.count >= 2 ? rects.dropFirst().map(\.x0) : nil
        }
        guard let left = edges(a), let right = edges(b), left.count == right.count else { return false }
        return zip(left, right).allSatisfy { abs($0 - $1) <= textColumnTolerance }
    }

    /// How far apart, in points, the same column's edge may stand on two pages whose columns
    /// were read from their text.
    static let textColumnTolerance = 4.0

    /// The cells of both fragments' widest rows start at the same x, and the last ends at the
    /// same x (within 2 points); fragments without rectangles (text reports) never match this
    /// way. Only where cells start: a ruled table's merged cell ends further right.
    private static func sameColumns(_ a: TableFragment, _ b: TableFragment) -> Bool {
        func edges(_ fragment: TableFragment) -> [Double]? {
            guard let row = fragment.rows.max(by: { $0.cells.count < $1.cells.count }) else { return nil }
            let rects = row.cells.compactMap(\.rect)
            guard let last = rects.last, rects.count == row.cells.count else { return nil }
            return rects.map(\.x0) + [last.x1]
        }
        guard let left = edges(a), let right = edges(b), left.count == right.count else { return false }
        return zip(left, right).allSatisfy { abs($0 - $1) <= 2 }
    }
}
