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
}
