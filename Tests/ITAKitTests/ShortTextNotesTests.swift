import ITAKit
import ReportLayout
import XCTest

/// A short text (kind C: a news item, an announcement) is not the agency's report: the parts it
/// does not hold are notes worded for what it is (ITA010, ITA016), while a report missing the
/// same part keeps its warning or error, and the overall score or level a short text leaves out
/// stays a warning.
final class ShortTextNotesTests: XCTestCase {
    private static let announcement = "เทศบาลตำบลหนองบัวใหม่ จังหวัดอุดรธานี ได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
        + "ประจำปีงบประมาณ พ.ศ. 2567 ได้คะแนน 92.43 คะแนน อยู่ในระดับ ผ่านดี"

    private func context(_ text: String) throws -> ValidationContext {
        let content = DocumentContentReader().read(text: text)
        let report = try ReportParser().parse(content, source: Source(file: "text", sha256: "", kind: .text, pages: nil))
        return ValidationContext(report: report, content: content, framework: try report.fiscalYear.flatMap { try FrameworkLibrary.framework(for: $0) })
    }

    func testAnAnnouncementOfTheResultIsToldWhatItDoesNotHoldInNotes() throws {
        let context = try context(Self.announcement)
        XCTAssertEqual(context.report.overall?.score, 92.43)
        XCTAssertEqual(context.kind, .shortText)
        let findings = Validator().validate(context)
        XCTAssertEqual(findings.filter { $0.severity != .note }.map(\.english), [])
        XCTAssertEqual(findings.filter { $0.code == "ITA016" }.count, 2, findings.map(\.english).joined(separator: "\n"))
        XCTAssertEqual(findings.filter { $0.code == "ITA010" }.count, 2, findings.map(\.english).joined(separator: "\n"))
        for note in findings {
            XCTAssertTrue(note.english.hasPrefix("This text gives the overall result only; it does not hold"), note.english)
            XCTAssertTrue(note.thai.hasPrefix("ข้อความนี้ให้เพียงผลการประเมินภาพรวม ไม่มี"), note.thai)
            XCTAssertTrue(note.thai.contains("ไม่ต้องแก้"), note.thai)
            XCTAssertNil(note.expected, "a note names no value the text should have")
            XCTAssertEqual(note.where?.line, 1, "at the result the text states")
        }
        let messages = findings.map(\.english).joined(separator: "\n")
        for part in ["the tool scores (IIT, EIT, OIT)", "the indicator scores (indicators 1–10)", "the analysis of the result", "the measures planned to improve the result"] {
            XCTAssertTrue(messages.contains(part), "\(part) in \(messages)")
        }
        XCTAssertTrue(findings.contains { $0.thai.contains("คะแนนรายตัวชี้วัด (ตัวชี้วัดที่ 1–10)") })
        XCTAssertTrue(findings.contains { $0.thai.contains("มาตรการส่งเสริมคุณธรรมและความโปร่งใส") })
    }

    func testAShortTextWithoutOneToolIsToldSoInOneNote() throws {
        let context = try context("เทศบาลตำบลนาดีใหม่ จังหวัดสุรินทร์ ขอรายงานผลการประเมิน ITA ปี 2568 ได้คะแนน 90.12 คะแนน ระดับ ผ่านดี รายละเอียดคะแนนรายเครื่องมือ\n\n"
            + "- IIT 92.40 คะแนน\n\n- EIT ส่วนที่ 1 88.10 คะแนน\n\n- EIT ส่วนที่ 2 90.30 คะแนน")
        XCTAssertEqual(context.kind, .shortText)
        XCTAssertEqual(context.report.tools.count, 3)
        let missing = RequiredScoresRule().check(context)
        let tool = try XCTUnwrap(missing.first { $0.english.contains("OIT") }, missing.map(\.english).joined(separator: "\n"))
        XCTAssertEqual(tool.severity, .note)
        XCTAssertTrue(tool.english.hasPrefix("This text gives the overall result and the scores of IIT, EIT part 1, EIT part 2 only"), tool.english)
        XCTAssertTrue(tool.thai.contains("ไม่มีคะแนนของ OIT"), tool.thai)
        XCTAssertEqual(missing.map(\.severity), [.note, .note], missing.map(\.english).joined(separator: "\n"))
    }

    /// The same part missing from a report is the error it was: the seed without its OIT row.
    func testAReportWithoutOneToolKeepsItsError() throws {
        let context = try SeedVariant.context(SeedVariant.replacing("แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)\t94.13\n", with: ""))
        XCTAssertNil(context.kind)
        let found = RequiredScoresRule().check(context)
        XCTAssertEqual(found.map(\.severity), [.error], found.map(\.english).joined(separator: "\n"))
    }

    /// News of one indicator's score: the other indicators are one note, and ITA010 asks no
    /// table rows of it; the overall score it leaves out stays the warning it was.
    func testNewsOfOneIndicatorKeepsTheWarningOfItsMissingScore() throws {
        let context = try context("กองทัพภาคที่หก ได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2563 อยู่ในระดับ ผ่าน\n\n"
            + "โดยในด้านตัวชี้วัดการเปิดเผยข้อมูลต่อสาธารณะ หน่วยได้คะแนนสูงถึง 97.10 คะแนน")
        XCTAssertNil(context.report.overall?.score)
        XCTAssertEqual(context.kind, .shortText)
        let findings = RequiredScoresRule().check(context) + MissingIndicatorPartRule().check(context)
        XCTAssertEqual(findings.filter { $0.severity == .error }.map(\.english), [])
        let score = try XCTUnwrap(findings.first { $0.expected == "คะแนนภาพรวม" }, findings.map(\.english).joined(separator: "\n"))
        XCTAssertEqual(score.severity, .warning)
        if !context.report.indicators.isEmpty {
            let others = findings.filter { $0.english.contains("the other indicators' scores") }
            XCTAssertEqual(others.map(\.severity), [.note], findings.map(\.english).joined(separator: "\n"))
            XCTAssertEqual(findings.filter { $0.english.contains("has no score in the indicator score table") }.count, 0)
        }
    }

    /// What makes a text short is what it holds: the same announcement among many lines (a
    /// report that ita could not read the parts of) is no short text, and the analysis it
    /// does not hold stays a warning.
    func testALongTextIsNoShortText() throws {
        let lines = (1...ShortText().mostLines).map { "กิจกรรมที่ \($0) ของเทศบาลตำบลหนองบัวใหม่ ในปีงบประมาณ พ.ศ. 2567" }
        let context = try context(([Self.announcement] + lines).joined(separator: "\n"))
        XCTAssertNil(context.kind)
        let analysis = MissingIndicatorPartRule().check(context).filter { $0.english.contains("no analysis") }
        XCTAssertEqual(analysis.map(\.severity), [.warning], analysis.map(\.english).joined(separator: "\n"))
        XCTAssertFalse(ShortText().holds(try SeedVariant.context().report, content: try SeedVariant.context().content))
    }

    /// Errors, then warnings, then notes.
    func testNotesComeLast() throws {
        let findings = Validator().validate(try context("ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2566 ของวิทยาลัยสารพัดช่างนาแก อยู่ในระดับ ผ่านดี"))
        let ranks = findings.map(\.severity.rank)
        XCTAssertEqual(ranks, ranks.sorted())
        XCTAssertEqual(findings.first?.severity, .warning, findings.map(\.english).joined(separator: "\n"))
        XCTAssertEqual(findings.last?.severity, .note)
    }
}
