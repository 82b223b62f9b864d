import PDFText
import XCTest
@testable import OCRText

/// A row of marks tesseract took for a line of its own is told from real lines.
final class MarkRowsTests: XCTestCase {
    private func rect(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) -> Rect { Rect(x0: x0, y0: y0, x1: x1, y1: y1) }

    func testAShortRowOverlappingTheTopOfALineIsItsMarks() {
        let line = rect(238, 1427, 2200, 1514), row = rect(295, 1419, 2100, 1463)
        let other = rect(238, 1557, 2200, 1618), next = rect(238, 1682, 2200, 1761)
        XCTAssertEqual(MarkRows().of(lines: [line, row, other, next]), [line: [row]])
    }

    func testAnUnsureRowJustAboveALineIsItsMarks() {
        let line = rect(263, 290, 427, 327), row = rect(276, 257, 402, 288)
        XCTAssertEqual(MarkRows().of(lines: [line, row, rect(0, 400, 500, 440)], unsure: [row]), [line: [row]])
        XCTAssertEqual(MarkRows().of(lines: [line, row, rect(0, 400, 500, 440)]), [:], "tesseract sure of it: a line")
    }

    func testLinesSideBySideOrOneBelowAnotherAreNoMarks() {
        let left = rect(100, 500, 400, 540), right = rect(500, 505, 900, 535)
        let below = rect(100, 560, 900, 600)
        XCTAssertEqual(MarkRows().of(lines: [left, right, below]), [:])
    }
}
