/// A row of `responsible_unit`: one unit responsible for a measure.
struct ResponsibleUnitRecord: StoredRecord {
    static let databaseTableName = "responsible_unit"
    var id: Int64?
    var measureId: Int64
    var position: Int
    var name: String
}
