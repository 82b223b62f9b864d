import ReportLayout

/// The rows of a report's tables as the parser takes them, header rows left out, for rules
/// that look at a value where it is written: a name as written, a row the parser dropped as a
/// duplicate. One array per table.
enum TableRowsOfKind {
    /// The rows under the header of every table headed as `kind`.
    static func rows(of kind: TableKind, in content: DocumentContent) -> [[TableRow]] {
        content.tables.compactMap { table in
            guard let header = TableKind.header(of: table), header.kind == kind else { return nil }
            return Array(table.rows.dropFirst(header.row + 1))
        }
    }

    /// The rows of every table `ReportParser` reads indicator scores from: headed as the
    /// indicators table or not headed at all, of up to three columns.
    static func indicatorScoreRows(in content: DocumentContent) -> [[TableRow]] {
        content.tables.compactMap { table in
            let header = TableKind.header(of: table)
            guard header == nil || header?.kind == .indicators, table.columnCount <= 3 else { return nil }
            return Array(table.rows.dropFirst(header.map { $0.row + 1 } ?? 0))
        }
    }

    /// The rows of every table `ReportParser` reads tool scores or tool group rows from:
    /// headed as the tools or the indicators table, or not headed at all.
    static func toolRows(in content: DocumentContent) -> [[TableRow]] {
        content.tables.compactMap { table in
            let header = TableKind.header(of: table)
            guard header == nil || header?.kind == .tools || header?.kind == .indicators else { return nil }
            return Array(table.rows.dropFirst(header.map { $0.row + 1 } ?? 0))
        }
    }
}
