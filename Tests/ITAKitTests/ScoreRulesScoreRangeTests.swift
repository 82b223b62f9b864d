import ITAKit
import XCTest

/// ITA005: scores outside 0–100, or not numbers.
final class ScoreRulesScoreRangeTests: XCTestCase {
    private let rule = ScoreRangeRule()

    func testTheSeedsScoresAreNumbersFrom0To100() throws {
        for (name, context) in try ScoreRulesCheck.seedContexts() {
            XCTAssertEqual(rule.check(context).map(\.english), [], name)
        }
    }

    func testAnIndicatorScoreOver100IsAnError() throws {
        let context = try SeedVariant.context(SeedVariant.replacing("10.การป้องกันการทุจริต\t95.00", with: "10.การป้องกันการทุจริต\t195.00"))
        let finding = ScoreRulesCheck.single("ITA005", .error, line: 79, numbers: ["195", "100", "10"], in: context)
        XCTAssertEqual(finding?.found, "195")
        XCTAssertEqual(finding?.expected, "0–100")
    }

    func testAToolPartOver100IsAnError() throws {
        let context = try SeedVariant.context(SeedVariant.replacing("ส่วนที่ 1\t97.51", with: "ส่วนที่ 1\t975.1"))
        ScoreRulesCheck.single("ITA005", .error, line: 58, numbers: ["975.10", "EIT"], in: context)
    }

    func testAnOverallScoreOver100IsAnError() throws {
        let context = try SeedVariant.context(SeedVariant.replacing("เท่ากับ 97.28 คะแนน", with: "เท่ากับ 197.28 คะแนน"))
        ScoreRulesCheck.single("ITA005", .error, line: 43, numbers: ["197.28"], in: context)
    }

    /// The parser leaves the row out; the rule finds it in the table, and ITA016 does not call
    /// the indicator missing.
    func testAnIndicatorScoreThatIsNotANumberIsAnError() throws {
        let context = try SeedVariant.context(SeedVariant.replacing("7.ประสิทธิภาพการสื่อสาร\t98.81", with: "7.ประสิทธิภาพการสื่อสาร\t98.8l"))
        XCTAssertFalse(context.report.indicators.contains { $0.number == 7 })
        let finding = ScoreRulesCheck.single("ITA005", .error, line: 75, numbers: ["98.8l", "7"], in: context)
        XCTAssertEqual(finding?.found, "98.8l")
    }

    func testAToolScoreThatIsNotANumberIsAnError() throws {
        let context = try SeedVariant.context(SeedVariant.replacing("(OIT)\t94.13", with: "(OIT)\t-"))
        XCTAssertFalse(context.report.tools.contains { $0.code == "OIT" })
        ScoreRulesCheck.single("ITA005", .error, line: 60, numbers: ["OIT", "“-”"], in: context)
    }

    /// An analysis is prose, not a score written wrong.
    func testProseInAScoreTableIsNoScore() throws {
        let context = try SeedVariant.context(SeedVariant.replacing(
            "10.การป้องกันการทุจริต\t95.00",
            with: "10.การป้องกันการทุจริต\t95.00\n11.หมายเหตุ\tคะแนนตามประกาศของสำนักงาน ป.ป.ช. ประจำปีงบประมาณ พ.ศ. 2568"))
        ScoreRulesCheck.none(rule, in: context)
    }
}
