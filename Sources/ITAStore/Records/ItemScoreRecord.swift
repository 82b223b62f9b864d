/// A row of `item_score`: the score of one question or item of the assessment (i7, e11,
/// o36), under the indicator and tool it belongs to.
struct ItemScoreRecord: StoredRecord {
    static let databaseTableName = "item_score"
    var id: Int64?
    var reportId: Int64
    /// Its place among the report's items, from 1: the order the report prints them.
    var position: Int
    /// Lower case, as the NACC writes it.
    var code: String
    var indicator: Int
    var tool: String
    var score: Double?
    /// The row's or line's words as written, so a question can be told by its wording too.
    var textWritten: String
}
