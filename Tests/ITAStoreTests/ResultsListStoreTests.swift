import ITAKit
import ITAStore
import XCTest

/// A results list in the dataset: one result per agency, matched to agencies already stored
/// by name and province (an abbreviation spelled out), in the exports and the trend.
final class ResultsListStoreTests: XCTestCase {
    private func list(sha: String = "list2567") -> Report {
        var report = Report(source: Source(file: "list.pdf", sha256: sha, kind: .pdf, pages: 3), fiscalYear: 2567)
        report.kind = .resultsList
        report.resultsList = ResultsListHeading(announcedBy: "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดขอนแก่น", toolColumns: .points)
        func tool(_ code: String, _ points: Double, _ weight: Double) -> ListToolResult {
            ListToolResult(code: code, points: points, score: ScoreRounding.twoDecimals(points / weight), where: nil)
        }
        report.results = [
            // The agency of StoreFixtures.report (เทศบาลเมืองเมืองพล, ขอนแก่น), abbreviated.
            ListResult(rank: 1, agency: Agency(name: "ทม.เมืองพล", type: "เทศบาลเมือง", province: "ขอนแก่น"), fiscalYear: 2567,
                       overall: Overall(score: 96.1, level: "ผ่านดี", where: nil),
                       tools: [tool("IIT", 30, 0.3), tool("EIT", 28.5, 0.3), tool("OIT", 37.6, 0.4)], where: Provenance(page: 2)),
            ListResult(rank: 2, agency: Agency(name: "เทศบาลตำบลโนนสะอาด", type: "เทศบาลตำบล", province: "ขอนแก่น"), fiscalYear: 2567,
                       overall: Overall(score: 61.3, level: "ไม่ผ่าน", where: nil),
                       tools: [tool("IIT", 25.2, 0.3), tool("OIT", 36.1, 0.4)], where: Provenance(page: 2)),
        ]
        return report
    }

    func testEachAgencyOfTheListIsStoredAndMatched() throws {
        let store = try StoreFixtures.store()
        _ = try store.add(StoreFixtures.report())
        XCTAssertEqual(try store.addList(list()), .added(results: 2, newAgencies: 1))
        XCTAssertEqual(try store.addList(list()), .unchanged)
        XCTAssertTrue(try store.hasList(sha256: "list2567"))

        let wide = try WideExport().table(store)
        XCTAssertEqual(wide.columns.last, "source")
        XCTAssertEqual(wide.rows.count, 3)
        // เทศบาลเมืองเมืองพล: the list's 2567 before its own 2568 report.
        let muangphon = wide.rows.indices.filter { wide.value("agency", row: $0) == .text("เทศบาลเมืองเมืองพล") }
        XCTAssertEqual(muangphon.map { wide.value("fiscal_year", row: $0) }, [.integer(2567), .integer(2568)])
        XCTAssertEqual(wide.value("source", row: muangphon[0]), .text("list list.pdf row 1"))
        XCTAssertEqual(wide.value("source", row: muangphon[1]), .text("report"))
        XCTAssertEqual(wide.value("EIT", row: muangphon[0]), .number(95))
        // The EIT the list printed "-" for stays empty.
        let nonsaat = try XCTUnwrap(wide.rows.indices.first { wide.value("agency", row: $0) == .text("เทศบาลตำบลโนนสะอาด") })
        XCTAssertEqual(wide.value("EIT", row: nonsaat), .null)
        XCTAssertEqual(wide.value("passes", row: nonsaat), .bool(false))

        let long = try LongExport().table(store)
        let listRows = long.rows.indices.filter { long.value("row_kind", row: $0) == .text("list") }
        XCTAssertEqual(listRows.count, 5)

        let match = try XCTUnwrap(TrendQuery().agencies(named: "ทม.เมืองพล", in: store).first)
        let trend = try TrendQuery().trend(of: match, in: store)
        XCTAssertEqual(trend.years.map(\.fiscalYear), [2567, 2568])
        XCTAssertEqual(trend.years.map(\.overall), [96.1, 97.28])
        XCTAssertEqual(trend.years.first?.sourceFile, "list list.pdf row 1")
        XCTAssertEqual(trend.years.last?.overallChange, 1.18)
    }

    func testAListWithoutAYearIsRefused() throws {
        var report = list(sha: "noyear")
        report.fiscalYear = nil
        report.results = report.results?.map { var result = $0; result.fiscalYear = nil; return result }
        XCTAssertThrowsError(try StoreFixtures.store().addList(report)) { error in
            XCTAssertEqual(error as? StoreError, .noFiscalYear(file: "list.pdf"))
        }
    }

    func testNoListLeavesTheExportsAsTheyWere() throws {
        let store = try StoreFixtures.store()
        _ = try store.add(StoreFixtures.report())
        XCTAssertFalse(try WideExport().table(store).columns.contains("source"))
        XCTAssertFalse(try LongExport().table(store).columns.contains("source"))
    }

    func testASummaryFindsTheListResultsThatDisagreeWithTheAgencysOwnReport() throws {
        let store = try StoreFixtures.store()
        _ = try store.add(StoreFixtures.report2567())
        _ = try store.add(StoreFixtures.report())
        _ = try store.addList(list())
        // A 2568 list that agrees with the 2568 report (97.28; IIT 100, EIT 98.76, OIT 94.13 as points).
        var agreeing = list(sha: "list2568")
        agreeing.fiscalYear = 2568
        agreeing.results = [ListResult(rank: 1, agency: Agency(name: "เทศบาลเมืองเมืองพล", province: "ขอนแก่น"), fiscalYear: 2568,
                                       overall: Overall(score: 97.28, level: "ผ่านดี", where: nil),
                                       tools: [ListToolResult(code: "IIT", points: 30, score: 100, where: nil),
                                               ListToolResult(code: "EIT", points: 29.63, score: 98.77, where: nil),
                                               ListToolResult(code: "OIT", points: 37.65, score: 94.13, where: nil)], where: nil)]
        _ = try store.addList(agreeing)
        let summary = try SummaryQuery().summary(of: store)
        XCTAssertEqual(summary.listResults, 3)
        XCTAssertEqual(summary.reports, 2)
        // 2567: the report says 91.68 ผ่าน, the list 96.1 ผ่านดี; 2568 agrees.
        XCTAssertEqual(summary.listDisagreements.map(\.fiscalYear), Array(repeating: 2567, count: summary.listDisagreements.count))
        let overall = try XCTUnwrap(summary.listDisagreements.first { $0.what == "overall" })
        XCTAssertEqual(overall.inReport, "91.68")
        XCTAssertEqual(overall.inList, "96.1")
        XCTAssertEqual(overall.listRow, 1)
        XCTAssertTrue(summary.listDisagreements.contains { $0.what == "level" && $0.inList == "ผ่านดี" })
    }
}
