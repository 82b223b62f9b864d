import ITAKit
import XCTest

/// ITA003: each tool's score against the mean of its indicators.
final class ScoreRulesToolScoreMeanTests: XCTestCase {
    private let rule = ToolScoreMeanRule()

    func testTheSeedsToolsAreTheMeansOfTheirIndicators() throws {
        for (name, context) in try ScoreRulesCheck.seedContexts() {
            XCTAssertEqual(rule.check(context).map(\.english), [], name)
        }
    }

    /// OIT 93.13 against mean(93.25, 95.00) = 94.125; the overall moved with it (0.3 × 100 +
    /// 0.3 × 98.755 + 0.4 × 93.13 = 96.8785), so that only ITA003 has a reason to speak.
    func testAToolScoreThatIsNotTheMeanOfItsIndicatorsIsAnError() throws {
        let context = try SeedVariant.context(ScoreRulesCheck.edits(
            SeedVariant.replacing("(OIT)\t94.13", with: "(OIT)\t93.13"),
            SeedVariant.replacing("เท่ากับ 97.28 คะแนน", with: "เท่ากับ 96.88 คะแนน")))
        let finding = ScoreRulesCheck.single("ITA003", .error, line: 60, numbers: ["93.13", "94.13", "93.25", "95"], in: context)
        XCTAssertEqual(finding?.expected, "94.13")
        XCTAssertEqual(finding?.found, "93.13")
    }

    /// IIT as the mean of its indicators is a hypothesis in 2568, but no weighting of five
    /// indicators at 100 gives 99: an error.
    func testAScoreNoWeightingOfTheIndicatorsGivesIsAnErrorEvenUnderAHypothesis() throws {
        let context = try SeedVariant.context(ScoreRulesCheck.edits(
            SeedVariant.replacing("(IIT)\t100", with: "(IIT)\t99"),
            SeedVariant.replacing("เท่ากับ 97.28 คะแนน", with: "เท่ากับ 96.98 คะแนน")))
        ScoreRulesCheck.single("ITA003", .error, line: 57, numbers: ["99", "100", "1–5"], in: context)
    }

    /// Indicator 1 at 90 (its quotes too): IIT 100 is not the mean, 98, but a weighting of
    /// 90, 100, 100, 100, 100 could give it, and IIT as the plain mean is a hypothesis.
    func testADifferenceAWeightedMeanCouldExplainIsAnErrorWithANote() throws {
        let context = try SeedVariant.context(ScoreRulesCheck.edits(
            SeedVariant.replacing("1.การปฏิบัติหน้าที่\t100", with: "1.การปฏิบัติหน้าที่\t90"),
            SeedVariant.replacing("ร้อยละ 100", with: "ร้อยละ 90", occurrence: 6),
            SeedVariant.replacing("ร้อยละ 100", with: "ร้อยละ 90", occurrence: 1)))
        XCTAssertEqual(context.report.indicators.first?.score, 90)
        let finding = ScoreRulesCheck.single("ITA003", .error, line: 57, numbers: ["100", "98", "90"], in: context)
        XCTAssertTrue(finding?.thai.contains("หมายเหตุ") ?? false)
    }

    /// EIT part 1 at 96.51: the mean of the parts, 98.255, is not that of indicators 6–8,
    /// 98.76; but EIT as the plain mean of its parts is a hypothesis, and a weighting of 96.51
    /// and 100 could give 98.76. The overall follows the parts' mean (97.1285).
    func testEITsPartsAgainstItsIndicators() throws {
        let context = try SeedVariant.context(ScoreRulesCheck.edits(
            SeedVariant.replacing("ส่วนที่ 1\t97.51", with: "ส่วนที่ 1\t96.51"),
            SeedVariant.replacing("เท่ากับ 97.28 คะแนน", with: "เท่ากับ 97.13 คะแนน")))
        let finding = ScoreRulesCheck.single("ITA003", .error, line: 58, numbers: ["96.51", "98.26", "98.76", "6–8"], in: context)
        XCTAssertEqual(finding?.found, "98.26")
        XCTAssertEqual(finding?.expected, "98.76")
        // Parts no weighting can bring to 98.76: an error.
        let both = try SeedVariant.context(ScoreRulesCheck.edits(
            SeedVariant.replacing("ส่วนที่ 1\t97.51", with: "ส่วนที่ 1\t95.51"),
            SeedVariant.replacing("ส่วนที่ 2\t100", with: "ส่วนที่ 2\t97.51"),
            SeedVariant.replacing("เท่ากับ 97.28 คะแนน", with: "เท่ากับ 96.61 คะแนน")))
        ScoreRulesCheck.single("ITA003", .error, line: 58, numbers: ["95.51", "97.51", "98.76"], in: both)
    }
}
