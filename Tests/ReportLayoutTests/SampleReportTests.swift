import Foundation
import PDFText
import ReportLayout
import XCTest

/// ita's text of the sample report (the seed rendered by LibreOffice in Laksaman 16 pt).
final class SampleReportTests: XCTestCase {
    private static let text: String = {
        let document = try! PDFDocument(path: Paths.samplePDF)
        let reader = PDFTextReader()
        return (1...document.pageCount).map { reader.text(of: try! document.page($0)) }.joined(separator: "\u{0C}")
    }()

    func testNoMarkIsStranded() {
        XCTAssertEqual(TextQuality.strandedMarks(in: Self.text), 0)
    }

    func testAwkwardWordsOfTheSeedAreExact() {
        for word in ["ตัวชี้วัด", "ดังนั้น", "ผู้รับผิดชอบ", "สำนักปลัด", "ประจำปีงบประมาณ", "ขั้นตอน",
                     "สัมฤทธิ์", "ผลสัมฤทธิ์", "คำสั่ง", "ที่ ๑๖/๒๕๖๘", "ยิ่งขึ้น", "สม่ำเสมอ"] {
            XCTAssertTrue(Self.text.contains(word), "missing: \(word)")
        }
    }

    func testPoppler_sMisreadingsAreGone() {
        for wrong in ["ตัวชีว้", "ชีว้ ัด", "ปี งบ", "การนำาผล", "ไปส่่การ", "ยิ่งขึน "] {
            XCTAssertFalse(Self.text.contains(wrong), "found: \(wrong)")
        }
    }

    func testNearlyEveryPhraseOfTheSeedIsFound() throws {
        let seed = try String(contentsOfFile: Paths.seed, encoding: .utf8)
        let phrases = TextQuality.phrases(of: seed)
        let missing = TextQuality.missingPhrases(phrases, in: Self.text)
        let recall = Double(phrases.count - missing.count) / Double(phrases.count)
        // Measured 0.987 (1022 of 1035); the rest are cells split by a page break, which
        // joining table rows across pages (`ita tables`) will find.
        XCTAssertGreaterThanOrEqual(recall, 0.985, "missing: \(missing.prefix(10))")
    }

    func testScoreCellsStandApartFromTheirLabels() {
        XCTAssertTrue(Self.text.contains("แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)\t94.13"))
        XCTAssertFalse(Self.text.contains("สื่อสาร98.81"))
    }

    func testPagesAreSeparatedByFormFeeds() {
        XCTAssertEqual(Self.text.components(separatedBy: "\u{0C}").count, 25)
    }
}
