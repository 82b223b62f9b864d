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
    /// The codes of the items it addresses, in the order written, joined by commas ("i7,i8";
    /// empty for none): one column, so `instr(',' || items || ',', ',i7,')` finds them.
    var items: String
    /// The score the measures table quotes beside it, when it does.
    var scoreQuoted: Double?
    var findings: String?
    var followUp: String?
}
