/// A row of `indicator_score`: one of the ten indicators, under its canonical name.
struct IndicatorScoreRecord: StoredRecord {
    static let databaseTableName = "indicator_score"
    var id: Int64?
    var reportId: Int64
    var number: Int
    var name: String
    var nameWritten: String
    var tool: String
    var score: Double?
}
