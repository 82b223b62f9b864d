/// A row of `agency`: one agency, whatever its reports call it.
struct AgencyRecord: StoredRecord {
    static let databaseTableName = "agency"
    var id: Int64?
    /// As the first report stored for it writes it.
    var name: String
    var nameKey: String
    var type: String?
    var district: String?
    var province: String?
    var provinceKey: String
}
