/// The lines of text that fall in each grid cell of a page's ruled tables, kept in arrays by
/// table, row and column: a dictionary keyed by the three hashed every cluster and every cell
/// read back, 1 % of reading a report.
struct CellLineGrid {
    private var cells: [[[[TextCluster]]]]
    private let columnCounts: [Int]
    private let rowCounts: [Int]

    init(tables: [RuledTable]) {
        rowCounts = tables.map { max(0, $0.rowEdges.count - 1) }
        columnCounts = tables.map { max(0, $0.columns.count - 1) }
        cells = zip(rowCounts, columnCounts).map { Array(repeating: [], count: $0 * $1) }
    }

    /// Adds one line's clusters to a cell. A cell outside the grid is never read, so not kept.
    mutating func append(_ clusters: [TextCluster], table: Int, row: Int, column: Int) {
        guard let index = index(table: table, row: row, column: column) else { return }
        cells[table][index].append(clusters)
    }

    /// The lines of a cell, top first; none for a cell outside the grid.
    func lines(table: Int, row: Int, column: Int) -> [[TextCluster]] {
        index(table: table, row: row, column: column).map { cells[table][$0] } ?? []
    }

    private func index(table: Int, row: Int, column: Int) -> Int? {
        guard cells.indices.contains(table), (0..<rowCounts[table]).contains(row),
              (0..<columnCounts[table]).contains(column) else { return nil }
        return row * columnCounts[table] + column
    }
}
