import GRDB
import ITAKit
import ITAStore
import XCTest

/// What schema version 2 added to a report, stored: question scores, the measures' year,
/// the items each measure addresses.
final class ItemStoreTests: XCTestCase {
    func testItemsTheMeasuresYearAndTheMeasuresItemsAreStored() throws {
        let store = try StoreFixtures.store()
        _ = try store.add(StoreFixtures.reportWithItems())
        _ = try store.add(StoreFixtures.report2567())
        let items = try store.reader.read { db in
            try Row.fetchAll(db, sql: """
                SELECT r.fiscal_year, t.position, t.code, t.indicator, t.tool, t.score, t.text_written
                FROM item_score t JOIN report r ON r.id = t.report_id ORDER BY t.position
                """)
        }
        XCTAssertEqual(items.map { $0[0] as Int }, [2568, 2568, 2568, 2568, 2568], "the 2567 report has no items")
        XCTAssertEqual(items.map { $0[1] as Int }, [1, 2, 3, 4, 5])
        XCTAssertEqual(items.map { $0[2] as String }, ["i7", "i8", "e11", "o2", "o10"])
        XCTAssertEqual(items.map { $0[3] as Int }, [2, 2, 8, 9, 9])
        XCTAssertEqual(items.map { $0[4] as String }, ["IIT", "IIT", "EIT", "OIT", "OIT"])
        XCTAssertEqual(items.map { $0[5] as Double }, [86.5, 91.25, 88, 100, 0])
        XCTAssertEqual(items[0][6] as String, "i7 ท่านทราบข้อมูลเกี่ยวกับงบประมาณ")

        let years = try store.reader.read { db in
            try Row.fetchAll(db, sql: "SELECT fiscal_year, measures_fiscal_year FROM report ORDER BY fiscal_year")
        }
        XCTAssertEqual(years.map { $0[1] as Int? }, [nil, 2569])

        let measures = try store.reader.read { db in
            try Row.fetchAll(db, sql: """
                SELECT m.items, m.score_quoted, m.findings, m.follow_up FROM measure m JOIN report r ON r.id = m.report_id
                WHERE r.fiscal_year = 2568 ORDER BY m.position
                """)
        }
        XCTAssertEqual(measures.map { $0[0] as String }, ["i7,i8", "o2,o10"])
        XCTAssertEqual(measures.map { $0[1] as Double? }, [86.5, nil])
        XCTAssertEqual(measures.map { $0[2] as String? }, ["บุคลากรไม่ทราบงบประมาณ", nil])
        XCTAssertEqual(measures.map { $0[3] as String? }, ["รายงานทุกไตรมาส", nil])
        // The comma-joined column answers "which measures address i7" in plain SQL.
        let addressingI7 = try store.reader.read { db in
            try String.fetchAll(db, sql: "SELECT activity FROM measure WHERE instr(',' || items || ',', ',i7,') > 0")
        }
        XCTAssertEqual(addressingI7, ["จัดทำแนวทาง, \"คู่มือ\""])
    }

    func testAReplacedReportTakesItsItemsWithIt() throws {
        let store = try StoreFixtures.store()
        _ = try store.add(StoreFixtures.reportWithItems())
        XCTAssertEqual(try itemCount(store), 5)
        guard case .replaced = try store.add(StoreFixtures.report(sha: "without-items"), replace: true) else {
            return XCTFail("not replaced")
        }
        XCTAssertEqual(try itemCount(store), 0)
    }

    private func itemCount(_ store: ReportStore) throws -> Int? {
        try store.reader.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM item_score") }
    }
}
