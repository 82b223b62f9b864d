/// A row of `report`: one report of one agency for one fiscal year, with its overall result
/// and the whole `ita extract` JSON it was read as.
struct ReportRecord: StoredRecord {
    static let databaseTableName = "report"
    var id: Int64?
    var agencyId: Int64
    var fiscalYear: Int
    var sourceFile: String
    var sourcePath: String?
    var sha256: String
    var kind: String
    var pages: Int?
    var agencyNameWritten: String?
    var overallScore: Double?
    var levelWritten: String?
    /// The level as the year's template spells it (`LevelStanding.name`).
    var level: String?
    var levelRank: Int?
    var passes: Bool?
    var schemaVersion: Int
    /// ISO 8601, UTC.
    var addedAt: String
    var reportJson: String
    /// The fiscal year the measures are for, when the report says so (added by migration v2).
    var measuresFiscalYear: Int?
}
