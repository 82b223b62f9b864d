import GRDB

/// A list's result for one agency as the exports and the trend read it.
struct StoredListResult {
    var agency: String
    var province: String?
    var district: String?
    var agencyId: Int64
    var fiscalYear: Int
    var overall: Double?
    /// As the year's template spells it, else as written.
    var level: String?
    var passes: Bool?
    /// Tool code → score (0–100).
    var tools: [String: Double]
    var sourceFile: String
    var row: Int

    /// Where it comes from, as the exports' `source` column says it: `list FILE row N`.
    var source: String { "list \(sourceFile) row \(row)" }

    static func all(_ db: Database, agencyId: Int64? = nil) throws -> [StoredListResult] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT r.id, a.name, a.province, a.district, a.id, r.fiscal_year, r.overall_score,
                   COALESCE(r.level, r.level_written), r.passes, l.source_file, r.row
            FROM list_result r JOIN agency a ON a.id = r.agency_id JOIN results_list l ON l.id = r.list_id
            \(agencyId == nil ? "" : "WHERE r.agency_id = ?")
            ORDER BY a.name, a.province, r.fiscal_year, l.id, r.row
            """, arguments: agencyId.map { [$0] } ?? [])
        var tools: [Int64: [String: Double]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT list_result_id, code, score FROM list_tool_score WHERE score IS NOT NULL") {
            tools[row[0], default: [:]][row[1]] = row[2]
        }
        return rows.map { row in
            StoredListResult(agency: row[1], province: row[2], district: row[3], agencyId: row[4], fiscalYear: row[5],
                             overall: row[6], level: row[7], passes: row[8], tools: tools[row[0]] ?? [:],
                             sourceFile: row[9], row: row[10])
        }
    }
}
