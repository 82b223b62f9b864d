import ITAKit
import XCTest

/// ITA004: scores quoted in the text against the tables.
final class ScoreRulesQuotedScoreTests: XCTestCase {
    private let rule = QuotedScoreRule()

    func testTheSeedQuotesItsTables() throws {
        for (name, context) in try ScoreRulesCheck.seedContexts() {
            XCTAssertEqual(rule.check(context).map(\.english), [], name)
        }
    }

    func testAnAnalysisQuotingAnotherScoreIsAnError() throws {
        let context = try SeedVariant.context(SeedVariant.replacing("ร้อยละ 98.81", with: "ร้อยละ 97.81"))
        let finding = ScoreRulesCheck.single("ITA004", .error, line: 100, numbers: ["97.81", "98.81", "7"], in: context)
        XCTAssertEqual(finding?.expected, "98.81")
        XCTAssertEqual(finding?.found, "97.81")
    }

    func testAMeasuresAnalysisQuotingAnotherScoreIsAnError() throws {
        let context = try SeedVariant.context(SeedVariant.replacing("ร้อยละ 93.25", with: "ร้อยละ 92.35", occurrence: 2))
        ScoreRulesCheck.single("ITA004", .error, line: 147, numbers: ["92.35", "93.25", "9"], in: context)
    }

    func testASecondMentionOfTheOverallScoreMustAgree() throws {
        let other = try SeedVariant.context(SeedVariant.replacing("มีคะแนน ระดับ ผ่านดี", with: "มีคะแนน 96.28 คะแนน ระดับ ผ่านดี"))
        let finding = ScoreRulesCheck.single("ITA004", .error, line: 52, numbers: ["96.28", "97.28"], in: other)
        XCTAssertEqual(finding?.expected, "97.28")
        let same = try SeedVariant.context(SeedVariant.replacing("มีคะแนน ระดับ ผ่านดี", with: "มีคะแนน 97.28 คะแนน ระดับ ผ่านดี"))
        ScoreRulesCheck.none(rule, in: same)
    }

    /// A quote rounded further than the table (98.8 for 98.81) is the same score; 98.9 is not.
    func testAQuoteMayRoundTheScore() throws {
        ScoreRulesCheck.none(rule, in: try SeedVariant.context(SeedVariant.replacing("ร้อยละ 98.81", with: "ร้อยละ 98.8")))
        ScoreRulesCheck.single("ITA004", .error, line: 100, numbers: ["98.9", "98.81"],
                               in: try SeedVariant.context(SeedVariant.replacing("ร้อยละ 98.81", with: "ร้อยละ 98.9")))
    }

    /// Targets, last year's score and a tool's score are not quotes of the indicator's score.
    func testTargetsOtherYearsAndToolScoresAreNotQuotes() throws {
        let context = try SeedVariant.context(SeedVariant.replacing(
            "ร้อยละ 98.81 เป็นคะแนน",
            with: "ร้อยละ 98.81 เป็นคะแนน โดย EIT ได้คะแนน 98.76 ตั้งเป้าหมายไม่ต่ำกว่าร้อยละ 99.50 และปี 2567 ได้คะแนน 97.00"))
        ScoreRulesCheck.none(rule, in: context)
        // Thai digits are read as well: ๙๗.๘๑ is 97.81.
        let thai = try SeedVariant.context(SeedVariant.replacing("ร้อยละ 98.81", with: "ร้อยละ ๙๗.๘๑"))
        ScoreRulesCheck.single("ITA004", .error, line: 100, numbers: ["97.81", "98.81"], in: thai)
    }
}
