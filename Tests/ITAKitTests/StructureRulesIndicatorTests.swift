import ITAKit
import XCTest

/// ITA009, ITA010, ITA011 and ITA012: the indicators and tools, in the score table, the
/// analysis and the measures.
final class StructureRulesIndicatorTests: XCTestCase {
    typealias Key = StructureRulesSupport.Key
    typealias Support = StructureRulesSupport
    let replacing = SeedVariant.replacing

    // MARK: ITA009

    func testANameOtherThanTheCanonicalOneInTheScoreTable() throws {
        let found = try Support.assertChange(
            replacing("3.การใช้อำนาจ\t100", "3.การใช้อำนาจหน้าที่\t100", 1), adds: [Key("ITA009", .warning, line: 70)])
        Support.assertMessages(found.first, thai: ["ตารางผลการประเมินรายตัวชี้วัด", "ไม่ใกล้เคียง", "“การใช้อำนาจหน้าที่”", "“การใช้อำนาจ”", "ตัวชี้วัดที่ 3"],
                               english: ["the indicator score table", "indicator 3"],
                               expected: "การใช้อำนาจ", found: "การใช้อำนาจหน้าที่")
    }

    func testTheNameOfAnotherIndicator() throws {
        let found = try Support.assertChange(
            replacing("10.การป้องกันการทุจริต\t95.00", "10.การแก้ไขปัญหาการทุจริต\t95.00", 1), adds: [Key("ITA009", .warning, line: 79)])
        Support.assertMessages(found.first, thai: ["คล้ายตัวชี้วัดที่ 5", "ตัวชี้วัดที่ 10 “การป้องกันการทุจริต”", "เลขข้อหรือชื่อ"],
                               english: ["resembles indicator 5", "indicator 10, “การป้องกันการทุจริต”"],
                               expected: "การป้องกันการทุจริต", found: "การแก้ไขปัญหาการทุจริต")
    }

    func testTheCanonicalNameClearsTheWarning() throws {
        try Support.assertChange(replacing("7.ประสิทธิภาพในการสื่อสาร\t", "7.ประสิทธิภาพการสื่อสาร\t", 1),
                                 adds: [], removes: [Key("ITA009", .warning, line: 100)])
    }

    // MARK: ITA010

    func testAnAnalysisRowDeleted() throws {
        // Row 6 (line 99) gone: row 7 moves up to line 99, where the finding points.
        let found = try Support.assertChange(
            Support.removingLine(startingWith: "6.คุณภาพการดำเนินงาน\t<p>"), adds: [Key("ITA010", .error, line: 99)],
            seedLine: { $0 > 99 ? $0 - 1 : $0 })
        Support.assertMessages(found.first, thai: ["ผลการวิเคราะห์", "ตัวชี้วัดที่ 6", "คุณภาพการดำเนินงาน", "ก่อนตัวชี้วัดที่ 7", "บรรทัดที่ 99"],
                               english: ["Indicator 6", "no analysis", "before indicator 7"],
                               expected: "ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน")
    }

    func testTheLastScoreRowDeleted() throws {
        let found = try Support.assertChange(
            Support.removingLine(startingWith: "10.การป้องกันการทุจริต\t95.00"), adds: [Key("ITA010", .error, line: 78)],
            seedLine: { $0 > 79 ? $0 - 1 : $0 })
        Support.assertMessages(found.first, thai: ["คะแนน", "ตัวชี้วัดที่ 10", "หลังตัวชี้วัดที่ 9"],
                               english: ["Indicator 10", "no score", "after indicator 9"])
    }

    func testAMeasureRowDeleted() throws {
        let found = try Support.assertChange(
            Support.removingLine(startingWith: "9.การเปิดเผยข้อมูล\tส่งเสริม"), adds: [Key("ITA010", .error, line: 150)],
            seedLine: { $0 > 147 ? $0 - 1 : $0 })
        Support.assertMessages(found.first, thai: ["มาตรการ", "ตัวชี้วัดที่ 9", "ก่อนตัวชี้วัดที่ 10"],
                               english: ["Indicator 9", "no measure"])
    }

    func testAnEmptyAnalysisCell() throws {
        // Row 2 (line 87) keeps its name but loses its text, and its continuation after the
        // page break (line 90) its text too.
        let found = try Support.assertChange(
            Support.both(Support.replacingLine(87, with: "<p>2.การใช้งบประมาณ</p>\t"), Support.replacingLine(90, with: "\t")),
            adds: [Key("ITA010", .error, line: 87)])
        Support.assertMessages(found.first, thai: ["ตัวชี้วัดที่ 2", "ว่าง"], english: ["Indicator 2", "empty"])
    }

    // MARK: ITA011

    func testAScoreRowTwice() throws {
        let found = try Support.assertChange(
            Support.doublingLine(startingWith: "7.ประสิทธิภาพการสื่อสาร\t98.81"), adds: [Key("ITA011", .error, line: 76)],
            seedLine: { $0 > 75 ? $0 + 1 : $0 })
        Support.assertMessages(found.first, thai: ["ตัวชี้วัดที่ 7", "ซ้ำ", "บรรทัดที่ 75", "ตารางผลการประเมินรายตัวชี้วัด"],
                               english: ["Indicator 7", "second time", "line 75"])
    }

    func testAnAnalysisRowTwice() throws {
        let found = try Support.assertChange(
            Support.doublingLine(startingWith: "<p>10.การป้องกันการทุจริต</p>\t<p>จากผล"), adds: [Key("ITA011", .error, line: 110)],
            seedLine: { $0 > 109 ? $0 + 1 : $0 })
        Support.assertMessages(found.first, thai: ["ตัวชี้วัดที่ 10", "ตารางผลการวิเคราะห์", "บรรทัดที่ 109"], english: ["the analysis table"])
    }

    func testAMeasureRowTwice() throws {
        let found = try Support.assertChange(
            Support.doublingLine(startingWith: "<p>10.การป้องกันการทุจริต</p>\t<p>การจัดทำ"), adds: [Key("ITA011", .error, line: 152)],
            seedLine: { $0 > 151 ? $0 + 1 : $0 })
        Support.assertMessages(found.first, thai: ["ตัวชี้วัดที่ 10", "ตารางมาตรการ", "บรรทัดที่ 151"], english: ["the measures table", "line 151"])
    }

    // MARK: ITA012

    func testAToolCodeMisspeltInTheToolTable() throws {
        let found = try Support.assertChange(replacing("(EIT) ส่วนที่ 1", "(IET) ส่วนที่ 1", 1), adds: [Key("ITA012", .warning, line: 58)])
        Support.assertMessages(found.first, thai: ["“IET”", "“EIT”"], english: ["“IET”", "EIT"], expected: "EIT", found: "IET")
    }

    func testAToolNameMisspelt() throws {
        let found = try Support.assertChange(
            replacing("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)", "แบบวัดการรับรู้ของผู้มีส่วนไดส่วนเสียภายใน (IIT)", 2),
            adds: [Key("ITA012", .warning, line: 67)])
        Support.assertMessages(found.first, thai: ["ชื่อเครื่องมือ IIT", "“แบบวัดการรับรู้ของผู้มีส่วนไดส่วนเสียภายใน”"],
                               english: ["tool IIT"], expected: "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน",
                               found: "แบบวัดการรับรู้ของผู้มีส่วนไดส่วนเสียภายใน")
    }

    func testAnUnknownToolCodeKnownByItsName() throws {
        let found = try Support.assertChange(
            replacing("แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)", "แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OTI)", 2),
            adds: [Key("ITA012", .warning, line: 77)])
        Support.assertMessages(found.first, thai: ["“OTI”", "OIT"], english: ["“OTI”", "Write “OIT”"], expected: "OIT", found: "OTI")
    }

    func testAnIndicatorRowMarkedWithItsToolIsNoToolName() throws {
        try Support.assertChange(replacing("1.การปฏิบัติหน้าที่\t100", "1.การปฏิบัติหน้าที่ (IIT)\t100", 1), adds: [])
    }

    func testTheRightCodeClearsTheWarning() throws {
        try Support.assertChange(replacing("ส่วนเสียภายนอก (IET)", "ส่วนเสียภายนอก (EIT)", 1),
                                 adds: [], removes: [Key("ITA012", .warning, line: 73)])
    }
}
