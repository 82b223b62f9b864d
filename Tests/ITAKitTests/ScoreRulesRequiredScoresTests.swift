import ITAKit
import XCTest

/// ITA016: the overall score, the level, the tool scores and the indicator scores must be there.
final class ScoreRulesRequiredScoresTests: XCTestCase {
    private let rule = RequiredScoresRule()

    func testTheSeedHasEveryScore() throws {
        for (name, context) in try ScoreRulesCheck.seedContexts() {
            XCTAssertEqual(rule.check(context).map(\.english), [], name)
        }
    }

    func testAMissingIndicatorRowIsAnError() throws {
        let context = try SeedVariant.context(SeedVariant.replacing("7.ประสิทธิภาพการสื่อสาร\t98.81\n", with: ""))
        // Placed at the row before it: indicator 6, line 74.
        let finding = ScoreRulesCheck.single("ITA016", .error, line: 74, numbers: ["7", "ประสิทธิภาพการสื่อสาร", "74"], in: context)
        XCTAssertEqual(finding?.expected, "ตัวชี้วัดที่ 7")
    }

    func testAMissingToolRowIsAnError() throws {
        let context = try SeedVariant.context(SeedVariant.replacing("แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)\t94.13\n", with: ""))
        let finding = ScoreRulesCheck.single("ITA016", .error, line: 59, numbers: ["OIT"], in: context)
        XCTAssertEqual(finding?.expected, "OIT")
    }

    func testAMissingPartOfEITIsAnError() throws {
        let context = try SeedVariant.context(SeedVariant.replacing("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ส่วนที่ 2\t100\n", with: ""))
        let finding = ScoreRulesCheck.single("ITA016", .error, line: 58, numbers: ["EIT", "2"], in: context)
        XCTAssertEqual(finding?.expected, "EIT ส่วนที่ 2")
    }

    /// The summary sentence without its score and level: the level the report still states
    /// further on (`มีคะแนน ระดับ ผ่านดี`, line 52) is read, and the missing score is the error,
    /// placed there.
    func testAMissingOverallScoreIsAnError() throws {
        let context = try SeedVariant.context(SeedVariant.replacing("โดยมีค่าคะแนน เท่ากับ 97.28 คะแนน อยู่ในระดับ “ผ่านดี”", with: "ตามประกาศของสำนักงาน ป.ป.ช."))
        XCTAssertNil(context.report.overall?.score)
        XCTAssertEqual(context.report.overall?.level, "ผ่านดี")
        ScoreRulesCheck.single("ITA016", .error, line: 52, numbers: ["ITA"], in: context)
    }

    func testAMissingOverallScoreAndLevelIsAnError() throws {
        let context = try SeedVariant.context(ScoreRulesCheck.edits(
            SeedVariant.replacing("โดยมีค่าคะแนน เท่ากับ 97.28 คะแนน อยู่ในระดับ “ผ่านดี”", with: "ตามประกาศของสำนักงาน ป.ป.ช."),
            SeedVariant.replacing("มีคะแนน ระดับ ผ่านดี", with: "มีคะแนน")))
        XCTAssertNil(context.report.overall)
        ScoreRulesCheck.single("ITA016", .error, line: nil, numbers: ["ITA"], in: context)
    }

    /// A table missing whole is one finding, not ten.
    func testAMissingIndicatorTableIsOneError() throws {
        let table = (66...79).map { String(SeedVariant.seedText.split(separator: "\n", omittingEmptySubsequences: false)[$0 - 1]) }.joined(separator: "\n")
        XCTAssertTrue(table.hasPrefix("ตัวชี้วัดการประเมิน ITA\tคะแนน"))
        let context = try SeedVariant.context(SeedVariant.replacing(table + "\n", with: ""))
        XCTAssertTrue(context.report.indicators.isEmpty)
        ScoreRulesCheck.single("ITA016", .error, line: nil, numbers: ["1–10"], in: context)
    }
}
