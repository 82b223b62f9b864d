/// Makes logical tables whole from their page fragments: a fragment that continues the table
/// before it (`TableContinuation`) loses its repeated header rows, and its first row is joined
/// to the table's last row when it is the rest of it. A fragment with fewer columns is first
/// spread over the table's columns by position (`ColumnProjection`).
public struct TableMerger: Sendable {
    public init() {}

    public func merge(_ fragments: [TableFragment]) -> [Table] {
        var tables: [Table] = []
        var previous: TableFragment?
        let fragments = fragments.filter { !$0.rows.isEmpty }
        for (index, var fragment) in fragments.enumerated() {
            var projected = false
            if fragment.followsPrevious, let previous, previous.ruled == fragment.ruled, let table = tables.last,
               fragment.rows.map(\.cells.count).max() ?? 0 < table.columnCount,
               let columns = ColumnProjection.columns(of: previous), columns.count == table.columnCount,
               let spread = ColumnProjection().project(fragment, onto: columns) {
                fragment = spread
                projected = true
            }
            defer { previous = fragment }
            guard let previous, var table = tables.last,
                  let continuation = TableContinuation.of(fragment, after: previous, rows: table.rows, projected: projected,
                                                          later: Self.rowsAfter(index, in: fragments)) else {
                tables.append(Table(pages: fragment.page.map { [$0] } ?? [], rows: fragment.rows))
                continue
            }
            var rows = fragment.rows[...]
            rows = rows.dropFirst(continuation.headerRows)
            if continuation.continuesLastRow, let first = rows.first {
                table.rows[table.rows.count - 1] = TableContinuation.join(table.rows[table.rows.count - 1], with: first)
                rows = rows.dropFirst()
            }
            table.rows += rows
            if let page = fragment.page, table.pages.last != page { table.pages.append(page) }
            tables[tables.count - 1] = table
        }
        return tables
    }

    /// How many rows of the fragments after one are looked at.
    static let rowsLookedAhead = 6

    /// The first rows of the fragments after `index` that carry its table on.
    private static func rowsAfter(_ index: Int, in fragments: [TableFragment]) -> [TableRow] {
        Array(fragments.dropFirst(index + 1).prefix { $0.followsPrevious }.flatMap(\.rows).prefix(rowsLookedAhead))
    }
}
