/// A row of `measure`: one measure the agency plans, its steps as a JSON array of strings.
struct MeasureRecord: StoredRecord {
    static let databaseTableName = "measure"
    var id: Int64?
    var reportId: Int64
    /// Its place in the report's measures table, from 1.
    var position: Int
    var indicator: Int
    var activity: String
    var analysis: String
    var steps: String
    var periodText: String
    var periodStart: String?
    var periodEnd: String?
}
