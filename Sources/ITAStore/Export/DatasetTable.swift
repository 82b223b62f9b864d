import GRDB

/// A table out of the dataset: named columns, rows of cells in that order.
public struct DatasetTable: Equatable, Sendable {
    public var columns: [String]
    public var rows: [[DatasetValue]]

    public init(columns: [String], rows: [[DatasetValue]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// The cell of `column` in row `row`; nil when there is no such column.
    public func value(_ column: String, row: Int) -> DatasetValue? {
        columns.firstIndex(of: column).map { rows[row][$0] }
    }
}

extension DatasetTable {
    /// The table with a last column `source`, `report` on each of its rows, and the results of
    /// the dataset's results lists to add after them; nil when it holds no list (the table
    /// stays as it was). Shared by the long and the wide export.
    static func withSourceColumn(_ table: DatasetTable, _ db: Database) throws -> (table: DatasetTable, results: [StoredListResult])? {
        let results = try StoredListResult.all(db)
        guard !results.isEmpty else { return nil }
        var table = table
        table.columns.append("source")
        for index in table.rows.indices { table.rows[index].append(.text("report")) }
        return (table, results)
    }
}
