import Foundation
import GRDB
import ITAKit
@testable import ITAStore
import XCTest

/// A dataset made before migration v2 opens with this ita, is brought up to date, and keeps
/// its reports; what their stored JSON holds of version 2 comes into the new table and columns.
final class SchemaMigrationTests: XCTestCase {
    private static let firstMigration = "v1: agencies, reports, scores, analyses, measures, diagnostics"

    func testADatasetOfTheFirstSchemaIsMigratedAndFilledFromItsReportsJSON() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ita-v1-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try makeFirstSchemaDataset(at: path)

        let store = try ReportStore(path: path, create: false)
        let applied = try store.reader.read { try Schema.migrator.appliedIdentifiers($0) }
        XCTAssertEqual(applied.count, 4, "v1 and the migrations after it: v2 (items), v3 (results lists), v4 (Word places)")
        XCTAssertEqual(try store.reports().map(\.fiscalYear), [2567, 2568], "the reports stored before are kept")
        let items = try store.reader.read { db in
            try Row.fetchAll(db, sql: "SELECT code, indicator, tool, score FROM item_score ORDER BY position")
        }
        XCTAssertEqual(items.map { $0[0] as String }, ["i7", "i8", "e11", "o2", "o10"])
        XCTAssertEqual(items[0][1] as Int, 2)
        XCTAssertEqual(items[0][2] as String, "IIT")
        XCTAssertEqual(items[0][3] as Double, 86.5)
        let years = try store.reader.read { try Int?.fetchAll($0, sql: "SELECT measures_fiscal_year FROM report ORDER BY fiscal_year") }
        XCTAssertEqual(years, [nil, 2569], "a version-1 report has no measures' year")
        let measureItems = try store.reader.read { db in
            try String.fetchAll(db, sql: "SELECT m.items FROM measure m JOIN report r ON r.id = m.report_id ORDER BY r.fiscal_year, m.position")
        }
        XCTAssertEqual(measureItems, ["", "", "i7,i8", "o2,o10"])

        let long = try LongExport().table(store)
        XCTAssertEqual(long.rows.count, 25)
        XCTAssertEqual(long.rows.last, [.text("เทศบาลเมืองเมืองพล"), .text("ขอนแก่น"), .integer(2568), .text("OIT"), .integer(9),
                                        .text("การเปิดเผยข้อมูล"), .number(0), .number(97.28), .text("ผ่านดี"), .bool(true),
                                        .text("item"), .text("o10")])
        // And the migrated dataset takes new reports as a new one does.
        guard case .added = try store.add(StoreFixtures.report(name: "อบต.หนองนา", sha: "new")) else { return XCTFail("not added") }
        XCTAssertEqual(try store.reports().count, 3)
    }

    /// The dataset an ita before v2 wrote: v1's tables only, two reports of one agency, one
    /// (2568) stored when the report model was already version 2, its JSON with items, the
    /// other (2567) with version-1 JSON.
    private func makeFirstSchemaDataset(at path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: Self.firstMigration)
        try queue.write { db in
            XCTAssertFalse(try db.tableExists("item_score"))
            try db.execute(sql: """
                INSERT INTO agency (name, name_key, type, district, province, province_key)
                VALUES ('เทศบาลเมืองเมืองพล', ?, 'เทศบาลเมือง', 'พล', 'ขอนแก่น', ?)
                """, arguments: [AgencyName.key("เทศบาลเมืองเมืองพล"), AgencyName.provinceKey("ขอนแก่น")])
            let agencyId = db.lastInsertedRowID
            try insert(StoreFixtures.reportWithItems(), json: try json(StoreFixtures.reportWithItems()), agencyId: agencyId, level: "ผ่านดี", in: db)
            try insert(StoreFixtures.report2567(), json: try versionOneJSON(StoreFixtures.report2567()), agencyId: agencyId, level: "ผ่าน", in: db)
        }
        try queue.close()
    }

    private func insert(_ report: Report, json: String, agencyId: Int64, level: String, in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO report (agency_id, fiscal_year, source_file, sha256, kind, overall_score, level_written, level,
                                passes, schema_version, added_at, report_json)
            VALUES (?, ?, ?, ?, 'text', ?, ?, ?, 1, ?, '2025-01-01T00:00:00Z', ?)
            """, arguments: [agencyId, report.fiscalYear, report.source.file, report.source.sha256, report.overall?.score,
                             level, level, report.schemaVersion, json])
        let reportId = db.lastInsertedRowID
        for indicator in report.indicators {
            try db.execute(sql: "INSERT INTO indicator_score (report_id, number, name, name_written, tool, score) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [reportId, indicator.number, indicator.name, indicator.nameAsWritten, indicator.tool, indicator.score])
        }
        for (index, measure) in report.measures.enumerated() {
            try db.execute(sql: """
                INSERT INTO measure (report_id, position, indicator, activity, analysis, steps, period_text)
                VALUES (?, ?, ?, ?, ?, '[]', ?)
                """, arguments: [reportId, index + 1, measure.indicator, measure.activity, measure.analysis, measure.period.text])
        }
    }

    private func json(_ report: Report) throws -> String {
        String(decoding: try JSONEncoder().encode(report), as: UTF8.self)
    }

    /// The JSON of a version-1 report: no items, no measures' year, measures without items.
    private func versionOneJSON(_ report: Report) throws -> String {
        var object = try XCTUnwrap(JSONSerialization.jsonObject(with: JSONEncoder().encode(report)) as? [String: Any])
        object["schemaVersion"] = 1
        object["items"] = nil
        object["measuresFiscalYear"] = nil
        object["measures"] = (object["measures"] as? [[String: Any]])?.map { measure in
            measure.filter { !["items", "scoreQuoted", "findings", "followUp"].contains($0.key) }
        }
        return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }
}
