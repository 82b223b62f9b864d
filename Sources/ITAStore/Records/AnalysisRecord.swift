/// A row of `analysis`: the agency's own analysis of one indicator, strength or weakness.
struct AnalysisRecord: StoredRecord {
    static let databaseTableName = "analysis"
    var id: Int64?
    var reportId: Int64
    var indicator: Int
    var assessment: String?
    var text: String
}
