import ThaiText
import XCTest

extension XCTestCase {
    /// Asserts that `ThaiDateParser.period(in:)` reads `text` as the period from `start` to
    /// `end` (ISO dates; nil for an end the text leaves open), without throwing.
    func assertPeriod(_ text: String, _ start: String?, _ end: String?,
                      file: StaticString = #filePath, line: UInt = #line) {
        do {
            let period = try ThaiDateParser().period(in: text)
            XCTAssertNotNil(period, text, file: file, line: line)
            XCTAssertEqual(period?.start?.iso, start, "start of \(text)", file: file, line: line)
            XCTAssertEqual(period?.end?.iso, end, "end of \(text)", file: file, line: line)
        } catch {
            XCTFail("\(text): \(error)", file: file, line: line)
        }
    }
}
