import Foundation
import ITAStore
import XCTest

/// The exports with the items of schema version 2: a long row per item, item columns in the
/// wide table, the items and the measures' year beside each measure.
final class ItemExportTests: XCTestCase {
    private func twoYears() throws -> ReportStore {
        let store = try StoreFixtures.store()
        _ = try store.add(StoreFixtures.reportWithItems())
        _ = try store.add(StoreFixtures.report2567())
        return store
    }

    func testLongHasARowPerItemAfterTheReportsIndicators() throws {
        let table = try LongExport().table(twoYears())
        XCTAssertEqual(table.columns.suffix(2), ["row_kind", "item"])
        XCTAssertEqual(table.rows.count, 10 + 10 + 5)
        XCTAssertEqual(table.rows.map { $0[10] }, Array(repeating: .text("indicator"), count: 20) + Array(repeating: .text("item"), count: 5))
        XCTAssertEqual(table.rows.map { $0[11] }, Array(repeating: .null, count: 20) + ["i7", "i8", "e11", "o2", "o10"].map { .text($0) })
        XCTAssertEqual(table.rows[20], [.text("เทศบาลเมืองเมืองพล"), .text("ขอนแก่น"), .integer(2568), .text("IIT"), .integer(2),
                                        .text("การใช้งบประมาณ"), .number(86.5), .number(97.28), .text("ผ่านดี"), .bool(true),
                                        .text("item"), .text("i7")])
        XCTAssertEqual(table.value("score", row: 24), .number(0), "a score of 0 is a score, not a gap")

        let csv = CSVWriter.string(table).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        XCTAssertEqual(csv.count, 1 + 25)
        XCTAssertEqual(csv[0], "\u{FEFF}agency,province,fiscal_year,tool,indicator,indicator_name,score,overall,level,passes,row_kind,item")
        XCTAssertEqual(csv.filter { $0.hasSuffix(",item,i7") }, ["เทศบาลเมืองเมืองพล,ขอนแก่น,2568,IIT,2,การใช้งบประมาณ,86.5,97.28,ผ่านดี,true,item,i7"])
        XCTAssertEqual(csv.dropFirst().filter { $0.hasSuffix(",indicator,") }.count, 20)
        XCTAssertTrue(csv[1].hasSuffix(",true,indicator,"), csv[1])

        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: JSONTableWriter.data(table)) as? [[String: Any]])
        let itemRows = json.filter { $0["row_kind"] as? String == "item" }
        XCTAssertEqual(itemRows.compactMap { $0["item"] as? String }, ["i7", "i8", "e11", "o2", "o10"])
        XCTAssertEqual(itemRows.first?["score"] as? Double, 86.5)
        XCTAssertEqual(itemRows.first?["indicator"] as? Int, 2)
    }

    func testWideHasAnItemColumnPerCodeInTheAssessmentsOrder() throws {
        let table = try WideExport().table(twoYears())
        XCTAssertEqual(table.columns.suffix(6), ["indicator_10", "item_i7", "item_i8", "item_e11", "item_o2", "item_o10"])
        XCTAssertEqual(table.value("item_i7", row: 1), .number(86.5))
        XCTAssertEqual(table.value("item_o10", row: 1), .number(0))
        XCTAssertEqual(table.value("item_i7", row: 0), .null, "2567 has no items")
        XCTAssertEqual(table.value("indicator_10", row: 1), .number(95), "the columns before are as they were")
    }

    func testMeasuresCarryTheirItemsAndTheMeasuresYear() throws {
        let table = try MeasuresExport().table(twoYears())
        XCTAssertEqual(table.columns.suffix(3), ["responsible_unit", "items", "measures_fiscal_year"])
        XCTAssertEqual(table.rows.count, 6)
        // 2567 first: no items, no measures' year written.
        XCTAssertEqual(table.value("items", row: 0), .text(""))
        XCTAssertEqual(table.value("measures_fiscal_year", row: 0), .null)
        // 2568: measure 1 has two responsible units, so two rows, each with its items.
        XCTAssertEqual((3...5).map { table.value("items", row: $0) }, [.text("i7,i8"), .text("i7,i8"), .text("o2,o10")])
        XCTAssertEqual(table.value("measures_fiscal_year", row: 3), .integer(2569))
        XCTAssertTrue(CSVWriter.string(table).contains(",สำนักปลัด,\"i7,i8\",2569\r\n"))
    }
}
