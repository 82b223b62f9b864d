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
