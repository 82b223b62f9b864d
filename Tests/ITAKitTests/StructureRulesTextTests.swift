@testable import ITAKit
import XCTest

/// ITA013 and ITA014: the report's text outside its tables: the fiscal year and the section
/// numbers.
final class StructureRulesTextTests: XCTestCase {
    typealias Key = StructureRulesSupport.Key
    typealias Support = StructureRulesSupport
    let replacing = SeedVariant.replacing

    // MARK: ITA013

    func testAnotherYearInTheBody() throws {
        let found = try Support.assertChange(
            replacing("ประจำปีงบประมาณ พ.ศ.2568 โดยมีค่าคะแนน", "ประจำปีงบประมาณ พ.ศ.2567 โดยมีค่าคะแนน", 1),
            adds: [Key("ITA013", .error, line: 43)])
        Support.assertMessages(found.first, thai: ["พ.ศ. 2567", "พ.ศ. 2568", "บรรทัดที่ 10"],
                               english: ["2567 B.E.", "2568 B.E.", "line 10"], expected: "2568", found: "2567")
    }

    func testAnotherYearInTheRepeatedTitle() throws {
        try Support.assertChange(replacing("ประจำปีงบประมาณ พ.ศ. 2568", "ประจำปีงบประมาณ พ.ศ. 2567", 2),
                                 adds: [Key("ITA013", .error, line: 22)])
    }

    func testTheMeasuresYearInALineAboutMeasuresIsNoFinding() throws {
        try Support.assertChange(
            replacing("ในแต่ละประเด็นนำไปสู่การปฏิบัติ ดังต่อไปนี้", "ในแต่ละประเด็นนำไปสู่การปฏิบัติ ประจำปีงบประมาณ พ.ศ. 2569 ดังต่อไปนี้", 1), adds: [])
    }

    func testAComparisonWithLastYearIsNoFinding() throws {
        try Support.assertChange(
            replacing("อยู่ในระดับ “ผ่านดี”", "อยู่ในระดับ “ผ่านดี” สูงกว่าปีงบประมาณ พ.ศ. 2567 ที่ผ่านมา", 1), adds: [])
    }

    // MARK: ITA014

    func testASectionNumberSkipped() throws {
        // 2.4 → 5. → 4.: one slip, one finding (4. follows the 3. that 5. should have been).
        let found = try Support.assertChange(replacing("3.การวิเคราะห์การประเมิน", "5.การวิเคราะห์การประเมิน", 1),
                                             adds: [Key("ITA014", .warning, line: 81)])
        Support.assertMessages(found.first, thai: ["หัวข้อ 5.", "2.4", "บรรทัดที่ 62", "3."],
                               english: ["Section 5.", "2.4 (line 62)"], expected: "2.5, 3., 2.4.1", found: "5.")
    }

    func testNumberingPutRightGivesNoWarning() throws {
        try Support.assertChange(
            Support.both(replacing("1. ผลประเมิน", "2. ผลประเมิน", 1), replacing("1.1 ผลการ", "2.1 ผลการ", 1)),
            adds: [], removes: [Key("ITA014", .warning, line: 34), Key("ITA014", .warning, line: 45)])
    }

    func testThaiDigitsAreReadToo() throws {
        try Support.assertChange(replacing("4.มาตรการส่งเสริม", "๕.มาตรการส่งเสริม", 1), adds: [Key("ITA014", .warning, line: 111)])
    }

    func testWhatIsNoHeading() {
        XCTAssertEqual(SectionNumberingRule.sectionNumber(in: "2.3 ผลการประเมินรายเครื่องมือ"), [2, 3])
        XCTAssertEqual(SectionNumberingRule.sectionNumber(in: "3.การวิเคราะห์การประเมิน"), [3])
        XCTAssertNil(SectionNumberingRule.sectionNumber(in: " 14 มกราคม · 🌐"))
        XCTAssertNil(SectionNumberingRule.sectionNumber(in: "97.28 คะแนน"))
        XCTAssertNil(SectionNumberingRule.sectionNumber(in: "13.30 น. นายกิตติโชติ"))
        XCTAssertNil(SectionNumberingRule.sectionNumber(in: "2568 เทศบาล"))
    }
}
