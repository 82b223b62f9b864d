/// Puts a Word table's cells on its grid, as ruled PDF tables are read: all rows as wide, a
/// cell spanning several columns (`w:gridSpan`) or merged down over several rows (`w:vMerge`)
/// stands in its top-left grid cell, and the grid cells it covers stay empty, as a
/// spreadsheet writes merged cells. A row may start or end columns in (`w:gridBefore`,
/// `w:gridAfter`).
enum WordTableGrid {
    /// A grid of more cells than the limit (`WordReadingSettings.maxTableCells`).
    struct TooLarge: Error {}

    /// The table's text as rows × columns; `text` gives a cell's text, and is asked for every
    /// cell in reading order (numbered paragraphs in cells are counted as it goes).
    static func grid(of table: WordTable, maxColumns: Int, maxCells: Int, text: (WordTable.Cell) throws -> String) throws -> [[String]] {
        let rows = table.rows.map(joiningHorizontalMerges)
        let widest = rows.map { row in row.gridBefore + row.cells.reduce(0) { $0 + $1.span } + row.gridAfter }.max() ?? 0
        let columns = min(max(table.gridColumns, widest), maxColumns)
        if rows.count.multipliedReportingOverflow(by: columns).partialValue > maxCells || rows.count > maxCells { throw TooLarge() }
        guard columns > 0 else { return rows.map { _ in [] } }
        var grid = Array(repeating: Array(repeating: "", count: columns), count: rows.count)
        // For each column, the row of the cell that last started in it: where a cell merged
        // down into it belongs.
        var startedIn = [Int?](repeating: nil, count: columns)
        for (rowIndex, row) in rows.enumerated() {
            var column = min(row.gridBefore, columns)
            for cell in row.cells {
                let cellText = try text(cell)
                guard column < columns else { continue }
                if cell.verticalMerge == .continue, let origin = startedIn[column] {
                    if !cellText.isEmpty {
                        grid[origin][column] += grid[origin][column].isEmpty ? cellText : "\n" + cellText
                    }
                } else {
                    grid[rowIndex][column] = cellText
                    startedIn[column] = rowIndex
                }
                column += cell.span
            }
        }
        return grid
    }

    /// A row with the cells Word 2003 merged across (`w:hMerge`) joined into one spanning cell.
    private static func joiningHorizontalMerges(_ row: WordTable.Row) -> WordTable.Row {
        guard row.cells.contains(where: \.continuesLeft) else { return row }
        var joined = row
        joined.cells = []
        for cell in row.cells {
            if cell.continuesLeft, var last = joined.cells.popLast() {
                last.span += cell.span
                last.blocks += cell.blocks
                joined.cells.append(last)
            } else {
                joined.cells.append(cell)
            }
        }
        return joined
    }
}
