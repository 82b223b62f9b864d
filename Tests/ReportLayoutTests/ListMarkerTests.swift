@testable import ReportLayout
import XCTest

final class ListMarkerTests: XCTestCase {
    func testNumbersAndBulletsAreMarkers() {
        for marker in ["1.", "10.", "๒.", "๑)", "(3)", "1.2.", "7.3.1.1", "-", "•", " 4. "] {
            XCTAssertTrue(ListMarker.isMarker(marker.unicodeScalars), marker)
        }
    }

    func testTextNumbersAndCellsAreNotMarkers() {
        for text in ["1.การปฏิบัติหน้าที่", "100", "97.51", "ลำดับ", "(3", "3)x", "2564", "", "--", "1,000.", "1.2"] {
            XCTAssertFalse(ListMarker.isMarker(text.unicodeScalars), text)
        }
    }
}
