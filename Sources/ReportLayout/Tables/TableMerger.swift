/// Makes logical tables whole from their page fragments: a fragment that continues the table
/// before it (`TableContinuation`) loses its repeated header row, and its first row is joined
/// to the table's last row when it is the rest of it.
public struct TableMerger: Sendable {
    public init() {}

    public func merge(_ fragments: [TableFragment]) -> [Table] {
        var tables: [Table] = []
        var previous: TableFragment?
        for fragment in fragments where !fragment.rows.isEmpty {
            defer { previous = fragment }
            guard let previous, var table = tables.last,
                  let continuation = TableContinuation.of(fragment, after: previous, rows: table.rows) else {
                tables.append(Table(pages: fragment.page.map { [$0] } ?? [], rows: fragment.rows))
                continue
            }
            var rows = fragment.rows[...]
            if continuation.repeatsHeader { rows = rows.dropFirst() }
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
}
