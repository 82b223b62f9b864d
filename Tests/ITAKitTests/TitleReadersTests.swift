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

    func testTheYearAssessedAndTheYearOfTheMeasures() {
        func lines(_ texts: [String]) -> [DocumentContent.Line] {
            texts.enumerated().map { DocumentContent.Line(text: $1, line: $0 + 1) }
        }
        // A report of measures titled with the next year, its title wrapped before the year.
        let wrapped = FiscalYearReader().read(lines(["มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ.", "2568",
                                                     "องค์การบริหารส่วนตำบลห้วยทรายงาม", "(จากผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567)"]))
        XCTAssertEqual(wrapped?.assessed, 2567)
        XCTAssertEqual(wrapped?.measures, 2568)
        // Last year's result is not the year assessed; a text dated only gives its date's year.
        let compared = FiscalYearReader().read(lines(["ได้คะแนน 94.25 เพิ่มขึ้นจากปี 2566", "ผลการประเมิน ITA ปี 2567"]))
        XCTAssertEqual(compared?.assessed, 2567)
        XCTAssertNil(compared?.measures)
        XCTAssertEqual(FiscalYearReader().read(lines(["ป.ป.ช. ประกาศเมื่อ 24 ส.ค. 66 ได้คะแนน 96.18"]))?.assessed, 2566)
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

    /// A quoted level a line break cut (`“ผ่าน` / `ดี”`) is the whole name, not its first word;
    /// a level whose quote closes before the next word stays as written.
    func testQuotedLevelCutByALineBreak() {
        let names = ["ผ่านดีเยี่ยม", "ผ่านดี", "ผ่าน"]
        let reader = OverallReader(levelNames: names, anyYearLevelNames: names + ["AA", "A"])
        let wrapped = reader.read([DocumentContent.Line(text: "ได้คะแนน 91.06 คะแนน อยู่ในระดับ “ผ่าน", line: 4),
                                   DocumentContent.Line(text: "ดี” ตามเกณฑ์ของสำนักงาน ป.ป.ช.", line: 5)])
        XCTAssertEqual(wrapped?.score, 91.06)
        XCTAssertEqual(wrapped?.level, "ผ่านดี")
        XCTAssertNil(wrapped?.levelAsWritten)
        let wrappedLonger = reader.read([DocumentContent.Line(text: "ผลคะแนน 96.50 คะแนน ระดับ (ผ่านดี", line: 1),
                                         DocumentContent.Line(text: "เยี่ยม) จากการประเมิน ITA", line: 2)])
        XCTAssertEqual(wrappedLonger?.level, "ผ่านดีเยี่ยม")
        let closed = reader.read([DocumentContent.Line(text: "ได้คะแนน 86.10 คะแนน อยู่ในระดับ “ผ่าน”", line: 1),
                                  DocumentContent.Line(text: "ดีกว่าปีที่แล้ว", line: 2)])
        XCTAssertEqual(closed?.level, "ผ่าน")
    }
}
