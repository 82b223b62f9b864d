import XCTest
import ThaiText

extension XCTestCase {
    /// Asserts that `ThaiNormalizer` turns `input` into `expected`, showing code points when
    /// it does not.
    func assertNormalizes(_ input: String, to expected: String,
                          file: StaticString = #filePath, line: UInt = #line) {
        let output = ThaiNormalizer().normalize(input)
        // Scalar by scalar: Swift's String == treats canonically equivalent strings as
        // equal, which would hide mark order (ก ่ ุ == ก ุ ่) and NFC.
        XCTAssertEqual(Array(output.unicodeScalars), Array(expected.unicodeScalars),
                       "\(ScalarDescription.describe(input)) gave \(ScalarDescription.describe(output)), expected \(ScalarDescription.describe(expected))",
                       file: file, line: line)
    }

    func assertUnchanged(_ input: String, file: StaticString = #filePath, line: UInt = #line) {
        assertNormalizes(input, to: input, file: file, line: line)
    }

    /// Asserts that normalising `text` again changes nothing, scalar by scalar.
    func assertStable(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        assertNormalizes(text, to: text, file: file, line: line)
    }
}
