import PDFText

/// Puts the cells of a table fragment into the columns of the table it continues, by where they
/// stand on the page: a table drawn without rulings shows on a page only the column edges that
/// page's text leaves open, so a column that is empty there (a unit named once, on the page
/// before) merges with its neighbour's channel and the fragment has fewer columns.
struct ColumnProjection {
    /// How much of a cell's width must lie over a column for the cell to belong to it: a cell
    /// over two columns whose edge did not show goes to the one it mostly covers.
    var minimumOverlap = 0.5

    /// The x range of each column of a fragment, from its widest row; nil without rectangles.
    static func columns(of fragment: TableFragment) -> [ClosedRange<Double>]? {
        guard let row = fragment.rows.max(by: { $0.cells.count < $1.cells.count }) else { return nil }
        let rects = row.cells.compactMap(\.rect)
        guard rects.count == row.cells.count else { return nil }
        return rects.map { $0.x0...max($0.x0, $0.x1) }
    }

    /// `fragment` with each row's text spread over `columns`, empty cells elsewhere; nil when a
    /// cell lies over no single column, or two cells of a row over the same one.
    func project(_ fragment: TableFragment, onto columns: [ClosedRange<Double>]) -> TableFragment? {
        var projected = fragment
        for (index, row) in fragment.rows.enumerated() {
            var cells: [TableCell?] = Array(repeating: nil, count: columns.count)
            var lastColumn = -1
            for cell in row.cells where !cell.text.isEmpty {
                guard let rect = cell.rect else { return nil }
                let overlaps = columns.map { min($0.upperBound, rect.x1) - max($0.lowerBound, rect.x0) }
                guard let best = overlaps.indices.max(by: { overlaps[$0] < overlaps[$1] }),
                      overlaps[best] >= minimumOverlap * rect.width,
                      best > lastColumn else { return nil }
                cells[best] = cell
                lastColumn = best
            }
            let rowRect = row.cells.compactMap(\.rect).dropFirst().reduce(row.cells.compactMap(\.rect).first) { $0?.union($1) }
            projected.rows[index].cells = cells.enumerated().map { column, cell in
                cell ?? TableCell(text: "", page: fragment.page,
                                  rect: rowRect.map { Rect(x0: columns[column].lowerBound, y0: $0.y0, x1: columns[column].upperBound, y1: $0.y1) })
            }
        }
        return projected
    }
}
