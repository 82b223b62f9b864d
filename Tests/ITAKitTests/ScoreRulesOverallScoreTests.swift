import ITAKit
import XCTest

/// ITA001: the overall score against the weighted tool scores.
final class ScoreRulesOverallScoreTests: XCTestCase {
    private let rule = OverallScoreRule()

    func testTheSeedAddsUp() throws {
        for (name, context) in try ScoreRulesCheck.seedContexts() {
            XCTAssertEqual(rule.check(context).map(\.english), [], name)
        }
    }

    func testAnOverallScoreAPointOffIsAnError() throws {
        let context = try SeedVariant.context(SeedVariant.replacing("เท่ากับ 97.28 คะแนน", with: "เท่ากับ 96.28 คะแนน"))
        let finding = ScoreRulesCheck.single("ITA001", .error, line: 43, numbers: ["96.28", "97.28", "97.51", "94.13"], in: context)
        XCTAssertEqual(finding?.expected, "97.28")
        XCTAssertEqual(finding?.found, "96.28")
    }

    /// 0.3 × 100 + 0.3 × 98.755 + 0.4 × 94.13 = 97.2785; each written input may be 0.005 off,
    /// so the true total is 97.2735–97.2835: 97.27 and 97.28 can be it, 97.29 cannot.
    func testTheToleranceIsTheRoundingOfTheOverallAndOfItsInputs() throws {
        let close = try SeedVariant.context(SeedVariant.replacing("เท่ากับ 97.28 คะแนน", with: "เท่ากับ 97.27 คะแนน"))
        ScoreRulesCheck.none(rule, in: close)
        let over = try SeedVariant.context(SeedVariant.replacing("เท่ากับ 97.28 คะแนน", with: "เท่ากับ 97.29 คะแนน"))
        ScoreRulesCheck.single("ITA001", .error, line: 43, numbers: ["97.29", "97.28"], in: over)
    }

    /// That EIT is the mean of its parts is a hypothesis; but the EIT indicators agree with the
    /// parts and EIT is their mean (not a hypothesis in 2568), so 97.38 cannot be right.
    func testAnOverallATenthOffIsAnErrorWhenTheIndicatorsPinEITDown() throws {
        let context = try SeedVariant.context(SeedVariant.replacing("เท่ากับ 97.28 คะแนน", with: "เท่ากับ 97.38 คะแนน"))
        ScoreRulesCheck.single("ITA001", .error, line: 43, numbers: ["97.38", "97.28"], in: context)
    }

    /// EIT part 1 changed: the plain mean of the parts gives 97.13, but the parts and the
    /// indicators now disagree (ITA003 says so too), and some weighting of 96.51 and 100 gives
    /// the written 97.28: an error, with a note that the plain mean is a hypothesis.
    func testADifferenceOnlyTheHypothesisRulesOutIsAnErrorWithANote() throws {
        let context = try SeedVariant.context(SeedVariant.replacing("ส่วนที่ 1\t97.51", with: "ส่วนที่ 1\t96.51"))
        let findings = OverallScoreRule().check(context)
        XCTAssertEqual(findings.map(\.code), ["ITA001"])
        XCTAssertEqual(findings.first?.severity, .error)
        XCTAssertEqual(findings.first?.where?.line, 43)
        XCTAssertEqual(findings.first?.expected, "97.13")
        XCTAssertTrue(findings.first?.thai.contains("หมายเหตุ") ?? false)
        XCTAssertTrue(findings.first?.english.contains("Note:") ?? false)
    }

    func testAScoreOutOfRangeIsLeftToITA005() throws {
        let context = try SeedVariant.context(SeedVariant.replacing("แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)\t94.13", with: "แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)\t194.13"))
        XCTAssertEqual(context.report.tools.last?.score, 194.13)
        ScoreRulesCheck.none(rule, in: context)
    }
}
