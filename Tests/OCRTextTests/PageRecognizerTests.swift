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

    /// Each number of a table cell is read again from its picture scaled by 1.25; those that
    /// read the same keep tesseract's confidence, and no number is read again when the check is
    /// off. Whether a number reads otherwise is tesseract's to say, so only that marks are
    /// never more confident than the setting is asserted.
    func testNumbersOfCellsAreReadAgainAndOnlyUnstableOnesLoseConfidence() throws {
        let image = try PDFDocument(path: Self.scan).image(ofPage: 1, dpi: 300)
        var off = OCRSettings()
        off.stabilityScale = 1
        let checked = try PageRecognizer().recognize(image).words
        let unchecked = try PageRecognizer(settings: off).recognize(image).words
        XCTAssertEqual(checked.map(\.text), unchecked.map(\.text), "the check changes no reading")
        let numbers = zip(checked, unchecked).filter { TesseractEngine.isScore($0.0.text) }
        XCTAssertGreaterThan(numbers.count, 10)
        for (after, before) in numbers where after.confidence != before.confidence {
            XCTAssertLessThanOrEqual(after.confidence, OCRSettings().unstableConfidence)
        }
        // Most of a clean scan's scores read the same at another scale.
        XCTAssertGreaterThan(numbers.filter { $0.0.confidence == $0.1.confidence }.count * 2, numbers.count)
        XCTAssertTrue(TesseractEngine.isScore("97.28") && TesseractEngine.isScore("100") && !TesseractEngine.isScore("2568.5")
                      && !TesseractEngine.isScore("I7"))
    }

    func testABlankPageIsNotRead() throws {
        let blank = GreyImage(width: 800, height: 1000, dpi: 100, pixels: Array(repeating: 230, count: 800_000))
        XCTAssertFalse(PageRecognizer().hasInk(blank))
        XCTAssertTrue(try PageRecognizer().recognize(blank).words.isEmpty)
    }
}
