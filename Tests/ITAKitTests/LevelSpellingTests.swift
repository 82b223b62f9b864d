import XCTest
@testable import ITAKit

/// A level OCR read put back to the level it stands for, when it is near one level and nearer
/// it than every other; nonsense and readings between two levels are left as read.
final class LevelSpellingTests: XCTestCase {
    let levels = ["ผ่านดีเยี่ยม", "ผ่านดี", "ผ่าน", "ไม่ผ่าน", "ปรับปรุง"]
    let spelling = LevelSpelling(settings: ResultsListSettings())

    func testMarksOCRSwappedOrDroppedAreForgiven() {
        XCTAssertEqual(spelling.level("ผ่านิด", among: levels), "ผ่านดี")
        XCTAssertEqual(spelling.level("ผานัด", among: levels), "ผ่านดี")
        XCTAssertEqual(spelling.level("ผ่านดิเยี่ยม", among: levels), "ผ่านดีเยี่ยม")
        XCTAssertEqual(spelling.level("ปรับปรง", among: levels), "ปรับปรุง")
        XCTAssertEqual(spelling.level("ผ่าน", among: levels), "ผ่าน")
    }

    func testNonsenseAndReadingsBetweenTwoLevelsAreLeft() {
        XCTAssertNil(spelling.level("ละรชรรร", among: levels))
        XCTAssertNil(spelling.level("1 al at ผ่านตเยยม", among: levels))
        // One letter from ผ่านดี and one from ผ่าน: either may be meant.
        XCTAssertNil(spelling.level("ผ่านต", among: levels))
    }
}
