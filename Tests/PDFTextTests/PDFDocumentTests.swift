import Foundation
import PDFText
import XCTest

final class PDFDocumentTests: XCTestCase {
    func testOpensTheSampleReportWithAllItsPages() throws {
        let document = try PDFDocument(path: Paths.samplePDF)
        XCTAssertEqual(document.pageCount, 25)
        let page = try document.page(1)
        XCTAssertEqual(page.width, 595.3, accuracy: 0.1)
        XCTAssertEqual(page.height, 841.9, accuracy: 0.1)
    }

    func testGlyphsKeepEveryMarkTheSampleDraws() throws {
        // poppler-glib's text engine loses MAI THO at line ends (ขึ้น → ขึน); the glyphs as drawn
        // keep them: the PDF draws 998 MAI THO (pdftotext -raw counts the same).
        let document = try PDFDocument(path: Paths.samplePDF)
        var maiTho = 0
        for number in 1...document.pageCount {
            maiTho += try document.page(number).glyphs.filter { $0.scalar == "\u{0E49}" }.count
        }
        XCTAssertEqual(maiTho, 998)
    }

    func testTableRulingsAreReported() throws {
        let page = try PDFDocument(path: Paths.samplePDF).page(3)
        let horizontal = page.rules.filter { $0.height < 0.5 && $0.width > 50 }
        let vertical = page.rules.filter { $0.width < 0.5 && $0.height > 10 }
        XCTAssertGreaterThan(horizontal.count, 4)
        XCTAssertGreaterThan(vertical.count, 4)
    }

    func testMissingFileIsReported() {
        XCTAssertThrowsError(try PDFDocument(path: "/nonexistent/report.pdf")) { error in
            XCTAssertEqual(error as? PDFError, .fileNotFound(path: "/nonexistent/report.pdf"))
        }
    }

    func testFolderIsReported() {
        XCTAssertThrowsError(try PDFDocument(path: NSTemporaryDirectory())) { error in
            XCTAssertEqual(error as? PDFError, .isDirectory(path: NSTemporaryDirectory()))
        }
    }

    func testEmptyFileIsReported() throws {
        let path = try Paths.temporaryFile(named: "empty.pdf", contents: Data())
        XCTAssertThrowsError(try PDFDocument(path: path)) { error in
            XCTAssertEqual(error as? PDFError, .empty(path: path))
        }
    }

    func testRandomBytesAreNotAPDF() throws {
        var generator = SystemRandomNumberGenerator()
        let bytes = Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) })
        let path = try Paths.temporaryFile(named: "random.pdf", contents: bytes)
        XCTAssertThrowsError(try PDFDocument(path: path)) { error in
            XCTAssertEqual(error as? PDFError, .notPDF(path: path))
        }
    }

    func testPageOutsideTheDocumentIsReported() throws {
        let document = try PDFDocument(path: Paths.samplePDF)
        XCTAssertThrowsError(try document.page(26)) { error in
            XCTAssertEqual(error as? PDFError, .pageOutOfRange(page: 26, pageCount: 25))
        }
    }
}
