import ITAStore
import XCTest

final class ExportTests: XCTestCase {
    private func twoYears() throws -> ReportStore {
        let store = try StoreFixtures.store()
        _ = try store.add(StoreFixtures.report())
        _ = try store.add(StoreFixtures.report2567())
        return store
    }

    func testLongHasOneRowPerAgencyYearAndIndicator() throws {
        let table = try LongExport().table(twoYears())
        XCTAssertEqual(table.columns, ["agency", "province", "fiscal_year", "tool", "indicator", "indicator_name",
                                       "score", "overall", "level", "passes", "row_kind", "item"])
        XCTAssertEqual(table.rows.count, 20)
        XCTAssertEqual(table.rows.map { $0[2] }, Array(repeating: .integer(2567), count: 10) + Array(repeating: .integer(2568), count: 10))
        XCTAssertEqual(table.rows.map { $0[6] }, (StoreFixtures.scores2567 + StoreFixtures.seedScores).map { .number($0) })
        XCTAssertEqual(table.rows[8], [.text("เทศบาลเมืองเมืองพล"), .text("ขอนแก่น"), .integer(2567), .text("OIT"), .integer(9),
                                       .text("การเปิดเผยข้อมูล"), .number(80.5), .number(91.68), .text("ผ่าน"), .bool(true),
                                       .text("indicator"), .null])
        XCTAssertEqual(table.value("level", row: 19), .text("ผ่านดี"))
        XCTAssertEqual(table.value("overall", row: 19), .number(97.28))
    }

    func testWideHasOneRowPerAgencyAndYearWithEITFromItsParts() throws {
        let table = try WideExport().table(twoYears())
        XCTAssertEqual(table.columns, ["agency", "province", "district", "fiscal_year", "overall", "level", "passes",
                                       "IIT", "EIT", "OIT", "EIT_1", "EIT_2"] + (1...10).map { "indicator_\($0)" })
        XCTAssertEqual(table.rows.count, 2)
        XCTAssertEqual(table.value("fiscal_year", row: 0), .integer(2567))
        // mean(93.06, 100) = 96.53; mean(97.51, 100) = 98.755 → 98.76, as the seed publishes.
        XCTAssertEqual(table.value("EIT", row: 0), .number(96.53))
        XCTAssertEqual(table.value("EIT", row: 1), .number(98.76))
        XCTAssertEqual(table.value("EIT_1", row: 1), .number(97.51))
        XCTAssertEqual(table.value("OIT", row: 0), .number(81.8))
        XCTAssertEqual(table.value("indicator_10", row: 0), .number(83.1))
        XCTAssertEqual(table.value("indicator_10", row: 1), .number(95))
        XCTAssertEqual(table.value("level", row: 0), .text("ผ่าน"))
    }

    func testMeasuresHaveOneRowPerResponsibleUnit() throws {
        let table = try MeasuresExport().table(twoYears())
        XCTAssertEqual(table.rows.count, 6)
        XCTAssertEqual(table.rows[0], [.text("เทศบาลเมืองเมืองพล"), .text("ขอนแก่น"), .integer(2567), .integer(1),
                                       .text("การปฏิบัติหน้าที่"), .text("จัดทำแนวทาง, \"คู่มือ\""), .text("1.ขั้นแรก\n2.ขั้นสอง"),
                                       .text("1 ตุลาคม 2567 ถึง 30 กันยายน 2568"), .text("2024-10-01"), .text("2025-09-30"),
                                       .text("สำนักปลัด"), .text(""), .null])
        XCTAssertEqual(table.value("responsible_unit", row: 1), .text("กองคลัง"))
        // A measure without a unit still has its row.
        XCTAssertEqual(table.value("activity", row: 2), .text("เผยแพร่ข้อมูล"))
        XCTAssertEqual(table.value("responsible_unit", row: 2), .null)
        XCTAssertEqual(table.value("period_start", row: 2), .null)
    }
}
