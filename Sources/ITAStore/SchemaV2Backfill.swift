import Foundation
import GRDB

/// Fills migration v2's new table and columns for the reports a dataset already holds, from
/// the JSON each report row keeps: a report stored by an ita whose model was already version
/// 2 but whose dataset was not has its items there and nowhere else. A version-1 JSON has
/// none, and nothing is filled.
///
/// It reads the JSON with its own small types rather than `Report`, so that the migration
/// does once, forever, what it did when it shipped, whatever the model becomes.
enum SchemaV2Backfill {
    private struct StoredJSON: Decodable {
        var measuresFiscalYear: Int?
        var items: [Item]?
        var measures: [Measure]?
    }

    private struct Item: Decodable {
        var code: String
        var indicator: Int
        var tool: String
        var score: Double?
        var textAsWritten: String?
    }

    private struct Measure: Decodable {
        var items: [String]?
        var scoreQuoted: Double?
        var findings: String?
        var followUp: String?
    }

    static func run(_ db: Database) throws {
        let decoder = JSONDecoder()
        for row in try Row.fetchAll(db, sql: "SELECT id, report_json FROM report") {
            let reportId: Int64 = row[0]
            let json: String = row[1]
            // A JSON this cannot read keeps its report as version 1 left it, rather than
            // stopping the dataset from opening.
            guard let stored = try? decoder.decode(StoredJSON.self, from: Data(json.utf8)) else { continue }
            try db.execute(sql: "UPDATE report SET measures_fiscal_year = ? WHERE id = ?",
                           arguments: [stored.measuresFiscalYear, reportId])
            for (index, item) in (stored.items ?? []).enumerated() {
                try db.execute(sql: """
                    INSERT INTO item_score (report_id, position, code, indicator, tool, score, text_written)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [reportId, index + 1, item.code, item.indicator, item.tool, item.score,
                                     item.textAsWritten ?? ""])
            }
            for (index, measure) in (stored.measures ?? []).enumerated() {
                try db.execute(sql: """
                    UPDATE measure SET items = ?, score_quoted = ?, findings = ?, follow_up = ?
                    WHERE report_id = ? AND position = ?
                    """, arguments: [(measure.items ?? []).joined(separator: ","), measure.scoreQuoted, measure.findings,
                                     measure.followUp, reportId, index + 1])
            }
        }
    }
}
