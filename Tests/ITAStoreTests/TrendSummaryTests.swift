import ITAStore
import XCTest

final class TrendSummaryTests: XCTestCase {
    private func twoYears() throws -> ReportStore {
        let store = try StoreFixtures.store()
        _ = try store.add(StoreFixtures.report())
        _ = try store.add(StoreFixtures.report2567())
        _ = try store.add(StoreFixtures.report(name: "อบต.บ้านเป็ด", year: 2568, scores: Array(repeating: 70, count: 10),
                                               overall: 70, level: "ไม่ผ่าน", eitParts: [70, 70], sha: "other"))
        return store
    }

    func testTrendGivesEachYearAndTheChange() throws {
        let store = try twoYears()
        let matches = try TrendQuery().agencies(named: "ทม. เมืองพล", in: store)
        XCTAssertEqual(matches.map(\.name), ["เทศบาลเมืองเมืองพล"])
        XCTAssertEqual(matches.first?.reports, 2)
        XCTAssertEqual(try TrendQuery().agencies(named: "เมืองพล", in: store).count, 1, "part of the name finds it")
        XCTAssertEqual(try TrendQuery().agencies(named: "เมืองพล", province: "เชียงใหม่", in: store).count, 0)
        let trend = try TrendQuery().trend(of: XCTUnwrap(matches.first), in: store)
        XCTAssertEqual(trend.years.map(\.fiscalYear), [2567, 2568])
        XCTAssertEqual(trend.years.map(\.overall), [91.68, 97.28])
        XCTAssertEqual(trend.years[1].overallChange, 5.6)
        XCTAssertEqual(trend.years.map(\.level), ["ผ่าน", "ผ่านดี"])
        XCTAssertEqual(trend.years[1].levelChange, .better)
        XCTAssertEqual(trend.indicators.count, 10)
        let nine = trend.indicators[8]
        XCTAssertEqual(nine.name, "การเปิดเผยข้อมูล")
        XCTAssertEqual(nine.scores.map(\.score), [80.5, 93.25])
        XCTAssertEqual(nine.change, 12.75)
        XCTAssertEqual(trend.indicators[0].change, 0)
        XCTAssertNil(trend.indicators[0].scores[0].change)
    }

    func testSummaryCountsYearsLevelsMeansWeaknessesAndDiagnostics() throws {
        let summary = try SummaryQuery().summary(of: twoYears())
        XCTAssertEqual(summary.agencies, 2)
        XCTAssertEqual(summary.reports, 3)
        XCTAssertEqual(summary.years.map { "\($0.fiscalYear) \($0.reports) \($0.passing) \($0.failing) \($0.unknown) \($0.meanOverall!)" },
                       ["2567 1 1 0 0 91.68", "2568 2 1 1 0 83.64"])
        XCTAssertEqual(summary.levels.map { "\($0.fiscalYear) \($0.level) \($0.reports)" },
                       ["2567 ผ่าน 1", "2568 ผ่านดี 1", "2568 ไม่ผ่าน 1"])
        let nine2568 = summary.indicatorMeans.first { $0.number == 9 && $0.fiscalYear == 2568 }
        XCTAssertEqual(nine2568?.mean, 81.63)  // (93.25 + 70) / 2 = 81.625
        XCTAssertEqual(nine2568?.reports, 2)
        XCTAssertEqual(summary.weakIndicators.map { "\($0.number) \($0.name) \($0.reports)" }, ["9 การเปิดเผยข้อมูล 3"])
        XCTAssertEqual(summary.diagnostics.map { "\($0.code) \($0.severity) \($0.count) \($0.reports)" },
                       ["ITA009 warning 6 3", "ITA012 warning 3 3"])
    }
}
