import Foundation
import ThaiText
import XCTest

/// `ThaiDate` itself: only real days, ISO text, Buddhist years, JSON as ISO strings.
final class ThaiDateTests: XCTestCase {
    func testISOTextIsZeroPadded() throws {
        let date = try XCTUnwrap(ThaiDate(year: 2025, month: 10, day: 1))
        XCTAssertEqual(date.iso, "2025-10-01")
        XCTAssertEqual(date.buddhistYear, 2568)
        XCTAssertEqual(ThaiDate(buddhistYear: 2569, month: 9, day: 30)?.iso, "2026-09-30")
    }

    func testOnlyRealDaysCanBeMade() {
        XCTAssertNil(ThaiDate(year: 2025, month: 9, day: 31))
        XCTAssertNil(ThaiDate(year: 2025, month: 13, day: 1))
        XCTAssertNil(ThaiDate(year: 2025, month: 0, day: 1))
        XCTAssertNil(ThaiDate(year: 2025, month: 1, day: 0))
        XCTAssertNil(ThaiDate(buddhistYear: Int.min, month: 1, day: 1))
        XCTAssertNotNil(ThaiDate(year: 2025, month: 12, day: 31))
    }

    func testLeapYears() {
        XCTAssertNotNil(ThaiDate(buddhistYear: 2567, month: 2, day: 29))  // 2024
        XCTAssertNil(ThaiDate(buddhistYear: 2566, month: 2, day: 29))  // 2023
        XCTAssertNotNil(ThaiDate(year: 2000, month: 2, day: 29))
        XCTAssertNil(ThaiDate(year: 1900, month: 2, day: 29))
    }

    func testOrder() throws {
        let start = try XCTUnwrap(ThaiDate(year: 2025, month: 10, day: 1))
        let end = try XCTUnwrap(ThaiDate(year: 2026, month: 9, day: 30))
        XCTAssertLessThan(start, end)
        XCTAssertGreaterThan(try XCTUnwrap(ThaiDate(year: 2025, month: 10, day: 2)), start)
    }

    func testJSONIsTheISOString() throws {
        let range = ThaiDateRange(start: ThaiDate(year: 2025, month: 10, day: 1), end: nil)
        let data = try JSONEncoder().encode(range)
        XCTAssertEqual(String(decoding: data, as: UTF8.self), #"{"start":"2025-10-01"}"#)
        XCTAssertEqual(try JSONDecoder().decode(ThaiDateRange.self, from: data), range)
        XCTAssertThrowsError(try JSONDecoder().decode([ThaiDate].self, from: Data(#"["2025-09-31"]"#.utf8)))
        XCTAssertThrowsError(try JSONDecoder().decode([ThaiDate].self, from: Data(#"["2025-9-1"]"#.utf8)))
    }
}
