import ThaiText
import XCTest

final class WhitespaceTests: XCTestCase {
    func testTheFastCheckAgreesWithUnicodeOnEveryScalar() {
        // Including the spaces reports use: NBSP, the ideographic and thin spaces, and the
        // zero-width space, which Unicode does not count as whitespace.
        var checked = 0
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            XCTAssertEqual(ThaiCharacter.isWhitespace(scalar), scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
            checked += 1
        }
        XCTAssertGreaterThan(checked, 1_000_000)
        XCTAssertTrue(ThaiCharacter.isWhitespace("\u{00A0}"))
        XCTAssertFalse(ThaiCharacter.isWhitespace("\u{200B}"))
        XCTAssertFalse(ThaiCharacter.isWhitespace("ก"))
    }
}
