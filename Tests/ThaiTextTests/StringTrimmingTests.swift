import Foundation
import ThaiText
import XCTest

/// The trimming and replacing the readers use instead of Foundation's: the same strings out,
/// for every scalar at either end.
final class StringTrimmingTests: XCTestCase {
    func testTrimmingGivesWhatFoundationGivesForEveryScalar() {
        for value in UInt32(0)...0x10FFFF where value < 0x3100 || value % 97 == 0 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let edge = String(scalar)
            for text in [edge + "ตัวชี้วัด" + edge, edge + edge + " ก " + edge, edge, " \(edge)\u{0E34}"] {
                XCTAssertEqual(text.trimmingWhitespace(), text.trimmingCharacters(in: .whitespaces), "U+\(String(value, radix: 16))")
                XCTAssertEqual(text.trimmingWhitespaceAndNewlines(), text.trimmingCharacters(in: .whitespacesAndNewlines),
                               "U+\(String(value, radix: 16))")
            }
        }
    }

    func testASubstringIsTrimmedToo() {
        let line = "  ๑. การปฏิบัติหน้าที่ \t| 96.81\n"
        XCTAssertEqual(line.split(separator: "|")[0].trimmingWhitespace(), "๑. การปฏิบัติหน้าที่")
        XCTAssertEqual(line.split(separator: "|")[1].trimmingWhitespaceAndNewlines(), "96.81")
    }

    func testReplacingAScalarGivesWhatFoundationGives() {
        for text in ["คะแนน\t96.81\tผ่าน", "ไม่มี", "\r\n\tก\u{0E49}\t", ""] {
            XCTAssertEqual(text.replacingScalar("\t", with: " "), text.replacingOccurrences(of: "\t", with: " "))
            XCTAssertEqual(text.replacingScalar("\n", with: " "), text.replacingOccurrences(of: "\n", with: " "))
        }
    }
}
