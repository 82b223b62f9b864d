import PDFText
import XCTest
@testable import OCRText

/// A scan of the sample's page of scores, read by tesseract through ita's recognizer.
final class PageRecognizerTests: XCTestCase {
    static let scan = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/scans/sample-p3-4-scan-200dpi.pdf").path

    func testTheScanIsTurnedStraight() throws {
        let image = try PDFDocument(path: Self.scan).image(ofPage: 1, dpi: 150)
        let (straight, angle) = PageDeskewer().straightened(image)
        // make-scans.py turned the page 0.4 degrees.
        XCTAssertEqual(angle, 0.4, accuracy: 0.1)
        XCTAssertEqual(straight.width, image.width)
    }

    func testTheScoresAndTheirWordsAreRead() throws {
        let image = try PDFDocument(path: Self.scan).image(ofPage: 1, dpi: 300)
        let page = try PageRecognizer().recognize(image)
        let words = page.words.map(\.text)
        XCTAssertTrue(words.contains("97.28"))
        XCTAssertTrue(words.contains("94.13"))
        XCTAssertGreaterThan(page.meanConfidence ?? 0, 85)
        // The tables' rulings come back as rules in points, on the page.
        XCTAssertGreaterThan(page.rules.count, 10)
        XCTAssertTrue(page.rules.allSatisfy { $0.x0 >= 0 && $0.x1 <= 596 && $0.y1 <= 842 })
        let score = try XCTUnwrap(page.words.first { $0.text == "97.28" })
        XCTAssertEqual(score.rect.x0, 57, accuracy: 3, "where the score stands on the page, in points")
    }

    func testABlankPageIsNotRead() throws {
        let blank = GreyImage(width: 800, height: 1000, dpi: 100, pixels: Array(repeating: 230, count: 800_000))
        XCTAssertFalse(PageRecognizer().hasInk(blank))
        XCTAssertTrue(try PageRecognizer().recognize(blank).words.isEmpty)
    }
}
