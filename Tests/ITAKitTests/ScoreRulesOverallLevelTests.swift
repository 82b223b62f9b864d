import ITAKit
import XCTest

/// ITA002: the level stated against the year's level rule.
final class ScoreRulesOverallLevelTests: XCTestCase {
    private let rule = OverallLevelRule()

    private func level(_ written: String) throws -> ValidationContext {
        try SeedVariant.context(SeedVariant.replacing("อยู่ในระดับ “ผ่านดี”", with: "อยู่ในระดับ “\(written)”"))
    }

    /// The seed's year 2568 turned into 2565 (AA–F by the total alone, confirmed), with EIT
    /// written whole (2565 has no EIT parts): 0.3 × 100 + 0.3 × 98.76 + 0.4 × 94.13 = 97.28.
    private func year2565(level written: String) throws -> ValidationContext {
        try SeedVariant.context(ScoreRulesCheck.edits(
            SeedVariant.replacing("ประจำปีงบประมาณ พ.ศ. 2568", with: "ประจำปีงบประมาณ พ.ศ. 2565"),
            SeedVariant.replacing("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ส่วนที่ 1\t97.51\nแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ส่วนที่ 2\t100",
                                  with: "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)\t98.76"),
            SeedVariant.replacing("อยู่ในระดับ “ผ่านดี”", with: "อยู่ในระดับ “\(written)”")))
    }

    func testTheSeedsLevelFits() throws {
        for (name, context) in try ScoreRulesCheck.seedContexts() {
            XCTAssertEqual(rule.check(context).map(\.english), [], name)
        }
    }

    /// 2568's rule is a hypothesis: ผ่าน for ผ่านดี passes all the same, so only a warning.
    func testALevelOnTheSameSideOfThePassMarkIsAWarningUnderAHypothesis() throws {
        let finding = ScoreRulesCheck.single("ITA002", .warning, line: 43, numbers: ["97.28", "ผ่าน", "ผ่านดี", "2568"], in: try level("ผ่าน"))
        XCTAssertEqual(finding?.expected, "ผ่านดี")
        XCTAssertEqual(finding?.found, "ผ่าน")
        // ผ่านดีเยี่ยม needs every tool at 95; OIT is 94.13.
        ScoreRulesCheck.single("ITA002", .warning, line: 43, numbers: ["ผ่านดีเยี่ยม", "94.13"], in: try level("ผ่านดีเยี่ยม"))
    }

    func testALevelAcrossThePassMarkIsAnErrorEvenUnderAHypothesis() throws {
        let finding = ScoreRulesCheck.single("ITA002", .error, line: 43, numbers: ["97.28", "ไม่ผ่าน", "ผ่านดี"], in: try level("ไม่ผ่าน"))
        XCTAssertEqual(finding?.found, "ไม่ผ่าน")
    }

    func testANameThatIsNotOneOfTheYearsLevelsIsAnError() throws {
        let finding = ScoreRulesCheck.single("ITA002", .error, line: 43, numbers: ["สูงมาก", "ผ่านดี", "2568"], in: try level("สูงมาก"))
        XCTAssertEqual(finding?.expected, "ผ่านดี")
    }

    /// AA is a level of 2562–2565: ITA020 names the year's own levels, as a warning; ITA002
    /// says nothing more.
    func testALevelOfAnotherYearsSchemeIsLeftToITA020() throws {
        let context = try level("AA")
        ScoreRulesCheck.none(OverallLevelRule(), in: context)
        let found = LevelSchemeRule().check(context)
        XCTAssertEqual(found.map(\.code), ["ITA020"])
        XCTAssertEqual(found.first?.severity, .warning)
        XCTAssertEqual(found.first?.where?.line, 43)
        for text in ["AA", "2562–2565", "ผ่านดี", "2568"] {
            XCTAssertTrue(found.first?.thai.contains(text) ?? false, "\(text): \(found.first?.thai ?? "")")
            XCTAssertTrue(found.first?.english.contains(text) ?? false, "\(text): \(found.first?.english ?? "")")
        }
    }

    func testConfirmedBandsOf2565() throws {
        let right = try year2565(level: "AA")
        XCTAssertEqual(right.framework?.fiscalYear, 2565)
        XCTAssertEqual(right.report.tools.map(\.code), ["IIT", "EIT", "OIT"])
        XCTAssertEqual(ScoreRulesCheck.rules.flatMap { $0.check(right) }.map(\.english), [])
        // A for 97.28 passes just as AA does, but 2565's bands are confirmed: an error.
        let finding = ScoreRulesCheck.single("ITA002", .error, line: 43, numbers: ["97.28", "“A”", "AA", "2565"], in: try year2565(level: "A"))
        XCTAssertEqual(finding?.expected, "AA")
        XCTAssertEqual(finding?.found, "A")
    }

    /// Without OIT the 2568 rule cannot name the level; ไม่ผ่าน for 97.28 still fails where it
    /// should pass.
    func testWhenTheRuleCannotNameALevelThePassMarkStillCounts() throws {
        let edit = ScoreRulesCheck.edits(
            SeedVariant.replacing("แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)\t94.13\n", with: ""),
            SeedVariant.replacing("อยู่ในระดับ “ผ่านดี”", with: "อยู่ในระดับ “ไม่ผ่าน”"))
        let findings = rule.check(try SeedVariant.context(edit))
        XCTAssertEqual(findings.map(\.severity), [.error])
        XCTAssertEqual(findings.first?.where?.line, 43)
        XCTAssertTrue(findings.first?.thai.contains("85") ?? false)
        ScoreRulesCheck.none(rule, in: try SeedVariant.context(SeedVariant.replacing("แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)\t94.13\n", with: "")))
    }
}
