import Foundation
import GRDB
import ITAKit
@testable import ITAStore
import XCTest

final class ReportStoreTests: XCTestCase {
    func testTwoYearsOfOneAgencyWrittenDifferentlyAreOneAgency() throws {
        let store = try StoreFixtures.store()
        guard case .added(let first) = try store.add(StoreFixtures.report()) else { return XCTFail("not added") }
        XCTAssertEqual(first.agency, "เทศบาลเมืองเมืองพล")
        XCTAssertEqual(first.fiscalYear, 2568)
        // The copy moved to 2567 writes the agency ทม.เมืองพล.
        guard case .added(let second) = try store.add(StoreFixtures.report2567()) else { return XCTFail("not added") }
        XCTAssertEqual(second.agency, "เทศบาลเมืองเมืองพล")
        XCTAssertEqual(second.fiscalYear, 2567)
        let counts = try store.reader.read { db in
            try ["agency", "report", "tool_score", "indicator_score", "analysis", "measure", "responsible_unit", "diagnostic"]
                .map { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)")! }
        }
        XCTAssertEqual(counts, [1, 2, 8, 20, 4, 4, 4, 6])
        let levels = try store.reader.read { db in
            try Row.fetchAll(db, sql: "SELECT fiscal_year, level_written, level, level_rank, passes, overall_score FROM report ORDER BY fiscal_year")
        }
        XCTAssertEqual(levels.map { $0[1] as String }, ["ผ่าน", "ผ่านดี"])
        XCTAssertEqual(levels.map { $0[3] as Int }, [2, 1])
        XCTAssertEqual(levels.map { $0[4] as Bool }, [true, true])
        XCTAssertEqual(levels.map { $0[5] as Double }, [91.68, 97.28])
    }

    func testTheSameFileAgainChangesNothing() throws {
        let store = try StoreFixtures.store()
        _ = try store.add(StoreFixtures.report())
        let before = try store.reader.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM indicator_score") }
        guard case .unchanged(let stored) = try store.add(StoreFixtures.report(), replace: true) else { return XCTFail("not unchanged") }
        XCTAssertEqual(stored.sha256, "seed")
        let after = try store.reader.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM indicator_score") }
        XCTAssertEqual(before, 10)
        XCTAssertEqual(after, 10)
        XCTAssertEqual(try store.reports().count, 1)
    }

    func testAnotherFileForAStoredYearIsRefusedUnlessReplaceIsAsked() throws {
        let store = try StoreFixtures.store()
        _ = try store.add(StoreFixtures.report(), path: "reports/seed.txt")
        var edited = StoreFixtures.report(scores: [90, 100, 100, 100, 100, 98.71, 98.81, 98.76, 93.25, 95.00], overall: 94.28, sha: "edited")
        edited.agency.name = "ทม.เมืองพล"
        guard case .conflict(let existing) = try store.add(edited, path: "edited.txt") else { return XCTFail("not refused") }
        XCTAssertEqual(existing.sourcePath, "reports/seed.txt")
        XCTAssertEqual(existing.fiscalYear, 2568)
        XCTAssertEqual(try indicatorOne(store), 100, "nothing stored is lost unasked")

        guard case .replaced(let old, let new) = try store.add(edited, path: "edited.txt", replace: true) else { return XCTFail("not replaced") }
        XCTAssertEqual(old.sha256, "seed")
        XCTAssertEqual(new.sha256, "edited")
        XCTAssertEqual(try indicatorOne(store), 90)
        XCTAssertEqual(try store.reports().map(\.sha256), ["edited"])
        // The old report's rows went with it.
        let measures = try store.reader.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM responsible_unit") }
        XCTAssertEqual(measures, 2)
    }

    func testAReportThatCannotBePlacedIsRefused() throws {
        let store = try StoreFixtures.store()
        XCTAssertThrowsError(try store.add(StoreFixtures.report(year: nil, sha: "noyear"))) { error in
            XCTAssertEqual(error as? StoreError, .noFiscalYear(file: "noyear.txt"))
        }
        XCTAssertThrowsError(try store.add(StoreFixtures.report(name: "  ", sha: "noname"), path: "x/noname.txt")) { error in
            XCTAssertEqual(error as? StoreError, .noAgency(file: "x/noname.txt"))
        }
        XCTAssertEqual(try store.reports().count, 0)
    }

    func testSameNameInAnotherProvinceIsAnotherAgency() throws {
        let store = try StoreFixtures.store()
        _ = try store.add(StoreFixtures.report(name: "เทศบาลตำบลหนองนา", province: "ขอนแก่น", sha: "a"))
        _ = try store.add(StoreFixtures.report(name: "ทต.หนองนา", province: "จังหวัดอุดรธานี", sha: "b"))
        XCTAssertEqual(try store.reports().map { $0.province }, ["ขอนแก่น", "อุดรธานี"])
        // No province given, and two agencies of that name: it picks neither.
        guard case .added(let unplaced) = try store.add(StoreFixtures.report(name: "ทต.หนองนา", province: nil, sha: "c")) else {
            return XCTFail("not added")
        }
        XCTAssertNil(unplaced.province)
        XCTAssertEqual(try store.reports().count, 3)
    }

    func testAProvinceGivenLaterCompletesTheAgency() throws {
        let store = try StoreFixtures.store()
        _ = try store.add(StoreFixtures.report(province: nil, sha: "a"))
        guard case .added(let later) = try store.add(StoreFixtures.report2567()) else { return XCTFail("not added") }
        XCTAssertEqual(later.province, "ขอนแก่น")
        // A report without province goes to the only agency of that name.
        guard case .conflict(let existing) = try store.add(StoreFixtures.report(province: nil, sha: "b")) else {
            return XCTFail("not matched to the agency")
        }
        XCTAssertEqual(existing.sha256, "a")
        XCTAssertEqual(try store.reports().map(\.province), ["ขอนแก่น", "ขอนแก่น"])
    }

    func testAFileThatIsNotADatabaseIsSaidSo() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ita-\(UUID().uuidString).sqlite").path
        try Data(String(repeating: "not sqlite ", count: 200).utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try ReportStore(path: path)) { XCTAssertEqual($0 as? StoreError, .notADatabase(path: path)) }
        XCTAssertThrowsError(try ReportStore(path: path + ".missing", create: false)) {
            XCTAssertEqual($0 as? StoreError, .noDatabase(path: path + ".missing"))
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + ".missing"))
    }

    private func indicatorOne(_ store: ReportStore) throws -> Double? {
        try store.reader.read { try Double.fetchOne($0, sql: "SELECT score FROM indicator_score WHERE number = 1") }
    }
}

/// A Word draft's findings keep their place in the dataset: a paragraph, or a table's row and
/// column, and the part of the document (schema v4).
final class WordPlaceStoreTests: XCTestCase {
    func testAFindingOfAWordDraftKeepsItsParagraphOrCell() throws {
        let store = try StoreFixtures.store()
        var report = StoreFixtures.report()
        report.diagnostics = try JSONDecoder().decode([Diagnostic].self, from: Data("""
            [{"code": "ITA001", "severity": "error", "message": "คะแนนภาพรวม", "where": {"paragraph": 20, "part": "body"}},
             {"code": "ITA006", "severity": "error", "message": "วันที่", "where": {"table": 4, "row": 2, "column": 5}}]
            """.utf8))
        _ = try store.add(report)
        let rows = try store.reader.read { db in
            try Row.fetchAll(db, sql: "SELECT code, page, paragraph, word_table, word_row, word_column, word_part FROM diagnostic ORDER BY code")
        }
        XCTAssertEqual(rows.map { $0[0] as String }, ["ITA001", "ITA006"])
        XCTAssertEqual(rows[0][2] as Int?, 20)
        XCTAssertEqual(rows[0][6] as String?, "body")
        XCTAssertNil(rows[0][1] as Int?)
        XCTAssertEqual([rows[1][3], rows[1][4], rows[1][5]].map { $0 as Int? }, [4, 2, 5])
    }
}
