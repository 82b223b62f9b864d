/// A row of `diagnostic`: one finding of `ita validate` on the report (ITA001 …).
struct DiagnosticRecord: StoredRecord {
    static let databaseTableName = "diagnostic"
    var id: Int64?
    var reportId: Int64
    var code: String
    var severity: String
    var message: String
    var page: Int?
    var line: Int?
    var expected: String?
    var found: String?
    /// Its place in a Word draft (schema v4): a paragraph, or a table's row and column, and
    /// the part (body, header, footer) they stand in.
    var paragraph: Int?
    var wordTable: Int?
    var wordRow: Int?
    var wordColumn: Int?
    var wordPart: String?
}
