@testable import ITAKit
import ReportLayout
import XCTest

final class TitleReadersTests: XCTestCase {
    func testAgencyDistrictAndProvinceFromTheTitle() {
        for (name, content) in ReportContent.both {
            let agency = AgencyReader().read(content.lines)
            XCTAssertEqual(agency?.name, "เทศบาลเมืองเมืองพล", name)
            XCTAssertEqual(agency?.type, "เทศบาลเมือง", name)
            XCTAssertEqual(agency?.district, "พล", name)
            XCTAssertEqual(agency?.province, "ขอนแก่น", name)
            XCTAssertNotNil(agency?.where?.line ?? agency?.where?.page, name)
        }
    }

    func testAbbreviatedAgencyKinds() {
        let lines = [DocumentContent.Line(text: "อบต.โนนสะอาด อ.ชุมแพ จ.ขอนแก่น", line: 3)]
        let agency = AgencyReader().read(lines)
        XCTAssertEqual(agency?.name, "องค์การบริหารส่วนตำบลโนนสะอาด")
        XCTAssertEqual(agency?.type, "องค์การบริหารส่วนตำบล")
        XCTAssertEqual(agency?.district, "ชุมแพ")
        XCTAssertEqual(agency?.where?.line, 3)
    }

    func testFiscalYearInArabicOrThaiDigits() {
        for (name, content) in ReportContent.both {
            XCTAssertEqual(FiscalYearReader().read(content.lines)?.assessed, 2568, name)
        }
        let thai = [DocumentContent.Line(text: "รายงานผล ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", line: 1)]
        XCTAssertEqual(FiscalYearReader().read(thai)?.assessed, 2567)
        XCTAssertNil(FiscalYearReader().read([DocumentContent.Line(text: "ปีงบประมาณ 1234", line: 1)]))
    }

    func testOverallScoreAndLevelFromTheSummarySentence() {
        for (name, content) in ReportContent.both {
            let overall = OverallReader(levelNames: ["ผ่านดีเยี่ยม", "ผ่านดี", "ผ่าน"], anyYearLevelNames: ["ผ่านดีเยี่ยม", "ผ่านดี", "ผ่าน", "AA", "A"]).read(content.lines)
            XCTAssertEqual(overall?.score, 97.28, name)
            XCTAssertEqual(overall?.level, "ผ่านดี", name)
        }
    }

    func testThaiDigitsAndTheLongestLevelName() {
        let lines = [DocumentContent.Line(text: "ได้คะแนน ๙๘.๘๒ คะแนน อยู่ในระดับ \"ผ่านดีเยี่ยม\"", line: 9)]
        let overall = OverallReader(levelNames: ["ผ่าน", "ผ่านดี", "ผ่านดีเยี่ยม"], anyYearLevelNames: ["ผ่านดีเยี่ยม", "ผ่านดี", "ผ่าน", "AA", "A"]).read(lines)
        XCTAssertEqual(overall?.score, 98.82)
        XCTAssertEqual(overall?.level, "ผ่านดีเยี่ยม")
    }
}
