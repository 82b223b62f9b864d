import ITAKit
import ReportLayout
import XCTest

/// ITA022 and the note on findings about text read by OCR: a score tesseract was unsure of is
/// to be checked against the paper; an error standing on unsure OCR text is a warning.
final class RecognizedScoreRuleTests: XCTestCase {
    /// The seed with indicator 7's score (or, with `everyScore`, every score) as OCR read it,
    /// with `confidence`, and its text changed by `edit`.
    private func context(confidence: Double, everyScore: Bool = false,
                         _ edit: @escaping (String) -> String = { $0 }) throws -> ValidationContext {
        let seed = try SeedVariant.context(edit)
        var report = seed.report
        func recognized(_ place: inout Provenance?) {
            place?.source = .ocr
            place?.confidence = confidence
        }
        for index in report.indicators.indices where everyScore || report.indicators[index].number == 7 {
            recognized(&report.indicators[index].where)
        }
        if everyScore {
            for index in report.tools.indices { recognized(&report.tools[index].where) }
            recognized(&report.overall!.where)
        }
        return ValidationContext(report: report, content: seed.content, framework: seed.framework)
    }

    func testAnUnsureScoreIsToBeChecked() throws {
        let findings = RecognizedScoreRule().check(try context(confidence: 62.4))
        XCTAssertEqual(findings.count, 1)
        let finding = try XCTUnwrap(findings.first)
        XCTAssertEqual(finding.severity, .warning)
        XCTAssertEqual(finding.found, "98.81")
        XCTAssertTrue(finding.thai.contains("ความมั่นใจเพียง 62 จาก 100"), finding.thai)
        XCTAssertTrue(finding.english.contains("check the number against the paper"))
    }

    func testASureScoreAndTheTextLayersScoresAreLeft() throws {
        XCTAssertEqual(RecognizedScoreRule().check(try context(confidence: 96)), [])
        XCTAssertEqual(RecognizedScoreRule().check(try SeedVariant.context()), [])
    }

    func testAnErrorOnUnsureOCRTextIsAWarningWithItsNote() throws {
        // Indicator 7 no longer agrees with its tool's score: ITA003 stands on it.
        let edit: (String) -> String = { SeedVariant.replacing("7.ประสิทธิภาพการสื่อสาร\t98.81", with: "7.ประสิทธิภาพการสื่อสาร\t68.81")($0) }
        let sure = Validator().validate(try context(confidence: 95, everyScore: true, edit)).filter { $0.where?.source == .ocr }
        let unsure = Validator().validate(try context(confidence: 70, everyScore: true, edit))
            .filter { $0.where?.source == .ocr && $0.code != "ITA022" }
        XCTAssertFalse(sure.isEmpty)
        XCTAssertTrue(sure.allSatisfy { $0.thai.hasSuffix("(อ่านจากภาพด้วย OCR: ตรวจกับต้นฉบับก่อนแก้ไข)") })
        XCTAssertTrue(sure.contains { $0.severity == .error }, "tesseract sure of it: still an error")
        XCTAssertFalse(unsure.isEmpty)
        XCTAssertTrue(unsure.allSatisfy { $0.severity == .warning })
    }
}
