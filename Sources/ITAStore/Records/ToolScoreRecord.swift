/// A row of `tool_score`: IIT, EIT (whole, or one of its parts) or OIT.
struct ToolScoreRecord: StoredRecord {
    static let databaseTableName = "tool_score"
    var id: Int64?
    var reportId: Int64
    var code: String
    var part: Int?
    var score: Double?
    var codeWritten: String?
}
