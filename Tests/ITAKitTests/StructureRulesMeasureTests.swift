import ITAKit
import XCTest

/// ITA006, ITA007, ITA008 and ITA015: the measures' periods and responsible units.
final class StructureRulesMeasureTests: XCTestCase {
    typealias Key = StructureRulesSupport.Key
    let replacing = SeedVariant.replacing

    // MARK: ITA006

    func testADayThatDoesNotExist() throws {
        let found = try StructureRulesSupport.assertChange(
            replacing("30 กันยายน 2569", "31 กันยายน 2569", 1), adds: [Key("ITA006", .error, line: 114)])
        StructureRulesSupport.assertMessages(
            found.first, thai: ["ตัวชี้วัดที่ 1", "31 กันยายน 2569", "ไม่มีอยู่จริง", "มี 30 วัน"],
            english: ["indicator 1", "31 September 2569", "does not exist", "30 days"],
            expected: "1–30 กันยายน 2569", found: "31 กันยายน 2569")
    }

    func testAPeriodThatCannotBeRead() throws {
        let found = try StructureRulesSupport.assertChange(
            replacing("30 กันยายน 2569", "30 กันยายน 256", 4), adds: [Key("ITA006", .error, line: 126)])
        StructureRulesSupport.assertMessages(
            found.first, thai: ["ตัวชี้วัดที่ 4", "อ่าน", "30 กันยายน 256", "1 ตุลาคม 2568 – 30 กันยายน 2569"],
            english: ["indicator 4", "cannot be read", "30 กันยายน 256"],
            expected: "1 ตุลาคม 2568 – 30 กันยายน 2569", found: "1 ตุลาคม 2568 ถึง 30 กันยายน 256")
    }

    func testAPeriodThatEndsBeforeItStarts() throws {
        let found = try StructureRulesSupport.assertChange(
            replacing("1 ตุลาคม 2568 ถึง 30 กันยายน 2569", "1 ตุลาคม 2569 ถึง 30 กันยายน 2568", 3),
            adds: [Key("ITA006", .error, line: 122)])
        StructureRulesSupport.assertMessages(
            found.first, thai: ["ตัวชี้วัดที่ 3", "สิ้นสุดก่อนวันที่เริ่ม", "1 ตุลาคม 2569 ถึง 30 กันยายน 2568"],
            english: ["indicator 3", "ends before it starts"], found: "1 ตุลาคม 2569 ถึง 30 กันยายน 2568")
    }

    // MARK: ITA007

    func testAPeriodEndingAfterTheMeasuresYear() throws {
        let found = try StructureRulesSupport.assertChange(
            replacing("30 กันยายน 2569", "30 กันยายน 2570", 2), adds: [Key("ITA007", .warning, line: 118)])
        StructureRulesSupport.assertMessages(
            found.first, thai: ["ตัวชี้วัดที่ 2", "ปีงบประมาณ พ.ศ. 2569", "วันสิ้นสุด 30 กันยายน 2570", "เลยวันที่ 30 กันยายน 2569"],
            english: ["indicator 2", "fiscal year 2569", "ends on 30 September 2570 B.E. (2027)"],
            expected: "1 ตุลาคม 2568 – 30 กันยายน 2569", found: "1 ตุลาคม 2568 ถึง 30 กันยายน 2570")
    }

    func testAPeriodStartingBeforeTheMeasuresYear() throws {
        let found = try StructureRulesSupport.assertChange(
            replacing("1 ตุลาคม 2568", "1 ตุลาคม 2567", 10), adds: [Key("ITA007", .warning, line: 151)])
        StructureRulesSupport.assertMessages(
            found.first, thai: ["ตัวชี้วัดที่ 10", "วันเริ่ม 1 ตุลาคม 2567", "ก่อนวันที่ 1 ตุลาคม 2568"],
            english: ["indicator 10", "starts on 1 October 2567 B.E. (2024)"])
    }

    func testAPeriodWithinTheYearIsNoFinding() throws {
        // Shorter than the year, but inside it.
        try StructureRulesSupport.assertChange(replacing("1 ตุลาคม 2568 ถึง 30 กันยายน 2569", "1 มกราคม 2569 ถึง 31 มีนาคม 2569", 6), adds: [])
    }

    // MARK: ITA008

    func testAnEmptyResponsibleCell() throws {
        let found = try StructureRulesSupport.assertChange(
            replacing("\tสำนักปลัดกองการเจ้าหน้าที่กองยุทธศาสตร์และงบประมาณและทุกส่วนราชการ", "\t", 1),
            adds: [Key("ITA008", .error, line: 130)])
        StructureRulesSupport.assertMessages(found.first, thai: ["ตัวชี้วัดที่ 5", "ไม่มีผู้รับผิดชอบ", "ว่าง"],
                                             english: ["indicator 5", "no responsible unit", "empty"])
    }

    func testADashForResponsible() throws {
        let found = try StructureRulesSupport.assertChange(
            replacing("\tสำนักปลัดกองการเจ้าหน้าที่กองยุทธศาสตร์และงบประมาณและทุกส่วนราชการ", "\t-", 1),
            adds: [Key("ITA008", .error, line: 130)])
        StructureRulesSupport.assertMessages(found.first, thai: ["ตัวชี้วัดที่ 5", "“-”"], english: ["“-”"], found: "-")
    }

    // MARK: ITA015

    func testAUnitCutOff() throws {
        let found = try StructureRulesSupport.assertChange(
            replacing("กองยุทธศาสตร์และงบประมาณ และทุกส่วนราชการ", "กองยุทธศาสตร์และงบประ และทุกส่วนราชการ", 1),
            adds: [Key("ITA015", .warning, line: 126)])
        StructureRulesSupport.assertMessages(
            found.first, thai: ["ตัวชี้วัดที่ 4", "“กองยุทธศาสตร์และงบประ”", "ถูกตัด", "กองยุทธศาสตร์และงบประมาณ"],
            english: ["indicator 4", "cut off", "“กองยุทธศาสตร์และงบประมาณ”"],
            expected: "กองยุทธศาสตร์และงบประมาณ", found: "กองยุทธศาสตร์และงบประ")
    }

    func testAnUnknownUnit() throws {
        let found = try StructureRulesSupport.assertChange(
            replacing("สำนักปลัด กองคลัง กองการเจ้าหน้าที่", "เทศกิจ กองคลัง กองการเจ้าหน้าที่", 1),
            adds: [Key("ITA015", .warning, line: 147)])
        StructureRulesSupport.assertMessages(found.first, thai: ["ตัวชี้วัดที่ 9", "“เทศกิจ”", "ไม่ใช่รูปแบบชื่อหน่วยงานที่รู้จัก"],
                                             english: ["indicator 9", "not a form of unit name"], found: "เทศกิจ")
    }

    func testAUnitMisspelt() throws {
        let found = try StructureRulesSupport.assertChange(
            replacing("กองการเจ้าหน้าที่", "กองการเจ้าหนาที่", 1), adds: [Key("ITA015", .warning, line: 122)])
        StructureRulesSupport.assertMessages(found.first, thai: ["ตัวชี้วัดที่ 3", "อาจพิมพ์ผิด", "“กองการเจ้าหน้าที่”"],
                                             english: ["indicator 3", "“กองการเจ้าหน้าที่”"],
                                             expected: "กองการเจ้าหน้าที่", found: "กองการเจ้าหนาที่")
    }

    func testAUnitOfTheAgencysOwnIsAKnownForm() throws {
        // Not listed in units.json, but a กอง with a name: agencies have units of their own.
        try StructureRulesSupport.assertChange(replacing("สำนักปลัด กองคลัง กองการเจ้าหน้าที่", "สำนักปลัด กองการแพทย์ กองการเจ้าหน้าที่", 1), adds: [])
    }
}
