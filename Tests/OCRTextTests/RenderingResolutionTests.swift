import Foundation
import PDFText
import XCTest
@testable import OCRText

/// The resolution a page is drawn at for OCR: a scan put on a page larger than any paper is
/// drawn at its paper's resolution, from the picture's own pixels, not the page's size.
final class RenderingResolutionTests: XCTestCase {
    func testAScanOnAnOversizedPageIsDrawnAtItsPapersResolution() throws {
        let document = try PDFDocument(path: ThaiDigitReaderTests.fixture(ThaiDigitReaderTests.officeScan))
        let page = try document.page(2)
        // A 200 dpi A4 scan on a 1608 × 2274 pt page: 74 of its pixels to the page's inch.
        XCTAssertEqual(try XCTUnwrap(page.imageDPIs.first), 74, accuracy: 1)
        let settings = OCRSettings()
        XCTAssertEqual(settings.paperScale(width: page.width / 72, height: page.height / 72), 2.7, accuracy: 0.05)
        // 300 dpi of the A4 paper the page stands for: 1.5 times the scan's own pixels.
        XCTAssertEqual(settings.renderingDPI(for: page), 111, accuracy: 1)
    }

    func testAPageOfPaperSizeKeepsTheSettingsDPI() throws {
        let document = try PDFDocument(path: ThaiDigitReaderTests.fixture("Tests/Fixtures/scans/sample-p3-4-scan-200dpi.pdf"))
        let page = try document.page(1)
        XCTAssertEqual(try XCTUnwrap(page.imageDPIs.first), 200, accuracy: 1)
        XCTAssertEqual(OCRSettings().paperScale(width: page.width / 72, height: page.height / 72), 1)
        XCTAssertEqual(OCRSettings().renderingDPI(for: page), 300)
    }

    func testAScanIsNotEnlargedMoreThanTwice() throws {
        // The blank-photo-text scan is 150 dpi: 300 is twice its pixels, and a 100-dpi limit
        // of two keeps a picture from being blown up into blocks.
        let document = try PDFDocument(path: ThaiDigitReaderTests.fixture("Tests/Fixtures/scans/blank-photo-text-scan.pdf"))
        let page = try document.page(1)
        var settings = OCRSettings()
        XCTAssertEqual(settings.renderingDPI(for: page), 300)
        settings.maximumUpscale = 1
        XCTAssertEqual(settings.renderingDPI(for: page), 150, accuracy: 1)
    }
}
