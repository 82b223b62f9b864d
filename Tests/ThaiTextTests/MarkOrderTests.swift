import Foundation
import XCTest
import ThaiText

/// Repair 5 and 8: marks of one letter in canonical order, and NFC agreeing with it.
final class MarkOrderTests: XCTestCase {
    func testToneMarkBeforeUpperVowel() {
        assertNormalizes("ก\u{0E48}\u{0E34}", to: "ก\u{0E34}\u{0E48}")
        assertNormalizes("ตัวช\u{0E49}\u{0E35}วัด", to: "ตัวชี้วัด")
        assertNormalizes("คำสั่ง ท\u{0E48}\u{0E35} ๑๖/๒๕๖๘", to: "คำสั่ง ที่ ๑๖/๒๕๖๘")
        assertNormalizes("ข\u{0E49}\u{0E31}นตอน", to: "ขั้นตอน")
        assertNormalizes("ดังน\u{0E49}\u{0E31}น", to: "ดังนั้น")
    }

    func testToneMarkBeforeLowerVowel() {
        assertNormalizes("ผ\u{0E49}\u{0E39}รับผิดชอบ", to: "ผู้รับผิดชอบ")
        assertNormalizes("ไปส\u{0E48}\u{0E39}การ", to: "ไปสู่การ")
    }

    func testThanthakhatBeforeVowel() {
        assertNormalizes("ผลสัมฤทธ\u{0E4C}\u{0E34}", to: "ผลสัมฤทธิ์")
    }

    func testNikhahitGoesLast() {
        assertNormalizes("ก\u{0E4D}\u{0E48}", to: "ก\u{0E48}\u{0E4D}")
        assertNormalizes("ก\u{0E4D}\u{0E34}", to: "ก\u{0E34}\u{0E4D}")
    }

    func testCorrectOrderIsKept() {
        for text in ["ตัวชี้วัด", "ดังนั้น", "ผู้รับผิดชอบ", "ขั้นตอน", "ผลสัมฤทธิ์", "ไปสู่การ", "เป็น"] {
            assertUnchanged(text)
        }
    }

    /// Every pair and triple of marks on one letter comes out in canonical order, and NFC
    /// (which sorts SARA U/UU at 103, PHINTHU at 9 and the tone marks at 107) leaves it so.
    func testOutputIsInCanonicalOrderAndNFC() {
        let marks: [UInt32] = [0x0E31] + Array(0x0E34...0x0E3A) + Array(0x0E47...0x0E4E)
        let normalizer = ThaiNormalizer()
        var checked = 0
        for first in marks {
            for second in marks {
                for third in [nil] + marks.map(Optional.some) {
                    var input = ScalarDescription.string(0x0E01, first, second)
                    if let third { input.unicodeScalars.append(Unicode.Scalar(third)!) }
                    let output = normalizer.normalize(input)
                    let outputMarks = Array(output.unicodeScalars.dropFirst())
                    let orders = outputMarks.map { ThaiCharacter.markOrder($0)! }
                    XCTAssertEqual(orders, orders.sorted(), ScalarDescription.describe(output))
                    XCTAssertEqual(Set(outputMarks.map(\.value)), Set([first, second] + (third.map { [$0] } ?? [])),
                                   "the same marks, without repeats: \(ScalarDescription.describe(output))")
                    XCTAssertEqual(outputMarks.count, Set(outputMarks).count, ScalarDescription.describe(output))
                    XCTAssertTrue(output.precomposedStringWithCanonicalMapping.unicodeScalars
                                    .elementsEqual(output.unicodeScalars), ScalarDescription.describe(output))
                    assertStable(output)
                    checked += 1
                }
            }
        }
        XCTAssertEqual(checked, marks.count * marks.count * (marks.count + 1))
    }

    /// PHINTHU (class 9) and SARA U (class 103) have the same rank in our order; NFC puts
    /// PHINTHU first, and the result is stable.
    func testPhinthuAndSaraUFollowNFC() {
        assertNormalizes("ก\u{0E38}\u{0E3A}", to: "ก\u{0E3A}\u{0E38}")
        assertUnchanged("ก\u{0E3A}\u{0E38}")
        assertNormalizes("ก\u{0E48}\u{0E3A}", to: "ก\u{0E3A}\u{0E48}")
    }

    /// NFC's own job: decomposed Latin letters are composed.
    func testLatinIsComposed() {
        assertNormalizes("Cafe\u{0301} ตัวชี้วัด", to: "Caf\u{00E9} ตัวชี้วัด")
    }

    /// A non-Thai combining mark among Thai marks makes NFC move marks next to each other;
    /// the result must still be stable.
    func testForeignCombiningMarkAmongThaiMarksIsStable() {
        let normalizer = ThaiNormalizer()
        for input in [
            ScalarDescription.string(0x0E01, 0x0E48, 0x0E34, 0x0334, 0x0E48),
            ScalarDescription.string(0x0E01, 0x0E48, 0x0E48, 0xFFFD, 0x0334, 0x0E48),
            ScalarDescription.string(0x0E01, 0x200B, 0x0301, 0x0E38),
            ScalarDescription.string(0x0E01, 0x0020, 0x0301, 0x0E38),
        ] {
            let once = normalizer.normalize(input)
            assertStable(once)
        }
    }
}
