import ITAKit
import ReportLayout
import XCTest

/// The seed as it is: a real report with real quirks, which the structure rules must warn
/// about and never call errors.
final class StructureRulesSeedTests: XCTestCase {
    typealias Key = StructureRulesSupport.Key

    func testTheSeedGivesExactlyItsWarnings() {
        let found = StructureRulesSupport.seedFindings
        XCTAssertEqual(found.map(Key.init).sorted(), StructureRulesSupport.seedKeys.sorted(),
                       found.map { "\(Key($0)): \($0.english)" }.joined(separator: "\n"))
        XCTAssertFalse(found.contains { $0.severity == .error })
    }

    func testEachRuleAloneOnTheSeed() throws {
        let context = try SeedVariant.context()
        for rule in StructureRulesSupport.rules {
            let code = type(of: rule).code
            let found = rule.check(context)
            XCTAssertTrue(found.allSatisfy { $0.code == code }, code)
            XCTAssertEqual(found.map(Key.init).sorted(), StructureRulesSupport.seedKeys.filter { $0.code == code }.sorted(), code)
        }
    }

    func testTheSeedsWarningsSayWhatTheyFound() {
        let found = StructureRulesSupport.seedFindings
        func at(_ line: Int, _ code: String) -> Finding? { found.first { $0.where?.line == line && $0.code == code } }
        StructureRulesSupport.assertMessages(
            at(94, "ITA009"), thai: ["การใช้ทรัพย์สินของทางราชการ", "การใช้ทรัพย์สินของราชการ", "ตัวชี้วัดที่ 4", "ตารางผลการวิเคราะห์"],
            english: ["indicator 4", "the analysis table"],
            expected: "การใช้ทรัพย์สินของราชการ", found: "การใช้ทรัพย์สินของทางราชการ")
        StructureRulesSupport.assertMessages(
            at(100, "ITA009"), thai: ["ประสิทธิภาพในการสื่อสาร", "ตัวชี้วัดที่ 7"], english: ["indicator 7"],
            expected: "ประสิทธิภาพการสื่อสาร", found: "ประสิทธิภาพในการสื่อสาร")
        StructureRulesSupport.assertMessages(
            at(130, "ITA009"), thai: ["การแก้ไขปัญหาคาการทุจริต", "ตัวชี้วัดที่ 5", "ตารางมาตรการ"], english: ["indicator 5", "the measures table"],
            expected: "การแก้ไขปัญหาการทุจริต", found: "การแก้ไขปัญหาคาการทุจริต")
        StructureRulesSupport.assertMessages(
            at(144, "ITA009"), thai: ["การปรับปรุงกระบวนการทำงาน", "ตัวชี้วัดที่ 8"], english: ["indicator 8"],
            expected: "การปรับปรุงระบบการทำงาน", found: "การปรับปรุงกระบวนการทำงาน")
        StructureRulesSupport.assertMessages(
            at(73, "ITA012"), thai: ["“IET”", "EIT", "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก"], english: ["“IET”", "Write “EIT”"],
            expected: "EIT", found: "IET")
        StructureRulesSupport.assertMessages(
            at(34, "ITA014"), thai: ["หัวข้อ 1.", "ซ้ำ", "บรรทัดที่ 25", "2."], english: ["Section 1.", "repeats", "line 25"],
            expected: "2., 1.1", found: "1.")
        StructureRulesSupport.assertMessages(
            at(45, "ITA014"), thai: ["หัวข้อ 2.2", "1.1", "บรรทัดที่ 39", "1.2, 2. หรือ 1.1.1"], english: ["Section 2.2", "1.1 (line 39)", "1.2, 2. or 1.1.1"],
            expected: "1.2, 2., 1.1.1", found: "2.2")
    }

    /// The sample PDF is the seed drawn: the same warnings, each with its page and rectangle.
    func testTheSamplePDFGivesTheSameWarnings() throws {
        let content = ReportContent.sample
        let report = try ReportParser().parse(content, source: Source(file: "sample.pdf", sha256: String(repeating: "0", count: 64), kind: .pdf, pages: content.pageCount))
        let context = ValidationContext(report: report, content: content, framework: try FrameworkLibrary.framework(for: 2568))
        let found = Validator(rules: StructureRulesSupport.rules).validate(context)
        XCTAssertEqual(found.map(\.code).sorted(), StructureRulesSupport.seedKeys.map(\.code).sorted())
        XCTAssertFalse(found.contains { $0.severity == .error })
        for finding in found {
            XCTAssertNotNil(finding.where?.page, finding.english)
            XCTAssertEqual(finding.where?.rect?.count, 4, finding.english)
        }
        XCTAssertEqual(found.first { $0.code == "ITA012" }?.where?.page, 3)
    }
}
