import XCTest
import ThaiText

extension XCTestCase {
    /// Asserts that `ThaiNormalizer` turns `input` into `expected`, showing code points when
    /// it does not.
    func assertNormalizes(_ input: String, to expected: String,
                          file: StaticString = #filePath, line: UInt = #line) {
        let output = ThaiNormalizer().normalize(input)
        XCTAssertEqual(output, expected,
                       "\(ScalarDescription.describe(input)) gave \(ScalarDescription.describe(output)), expected \(ScalarDescription.describe(expected))",
                       file: file, line: line)
    }

    func assertUnchanged(_ input: String, file: StaticString = #filePath, line: UInt = #line) {
        assertNormalizes(input, to: input, file: file, line: line)
    }
}
