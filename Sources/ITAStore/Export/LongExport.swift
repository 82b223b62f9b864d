import GRDB

/// One row per agency, fiscal year and indicator: agency, province, fiscal_year, tool,
/// indicator (number), indicator_name (the year's canonical name), score, overall, level
/// (the template's spelling) and passes.
public struct LongExport: Sendable {
    public static let columns = ["agency", "province", "fiscal_year", "tool", "indicator", "indicator_name",
                                 "score", "overall", "level", "passes"]

    public init() {}

    public func table(_ store: ReportStore) throws -> DatasetTable {
        let rows = try store.reader.read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.name, a.province, r.fiscal_year, i.tool, i.number, i.name, i.score,
                       r.overall_score, COALESCE(r.level, r.level_written), r.passes
                FROM indicator_score i
                JOIN report r ON r.id = i.report_id
                JOIN agency a ON a.id = r.agency_id
                ORDER BY a.name, a.province, r.fiscal_year, i.number
                """)
        }
        return DatasetTable(columns: Self.columns, rows: rows.map { row in
            [DatasetValue(row[0] as String?), DatasetValue(row[1] as String?), DatasetValue(row[2] as Int?),
             DatasetValue(row[3] as String?), DatasetValue(row[4] as Int?), DatasetValue(row[5] as String?),
             DatasetValue(row[6] as Double?), DatasetValue(row[7] as Double?), DatasetValue(row[8] as String?),
             DatasetValue(row[9] as Bool?)]
        })
    }
}
