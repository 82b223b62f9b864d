@testable import ITAKit
import XCTest

/// `containsExactly`: the byte search the readers and rules use instead of Foundation's.
final class ExactSearchTests: XCTestCase {
    func testFindsThaiWordsScalarForScalar() {
        let line = "ผลการประเมินมีค่าคะแนน เท่ากับ 97.28 คะแนน อยู่ในระดับ “ผ่านดี”"
        XCTAssertTrue(line.containsExactly("คะแนน"))
        XCTAssertTrue(line.containsExactly("“ผ่านดี”"))
        XCTAssertTrue(line.containsExactly("97.28"))
        XCTAssertFalse(line.containsExactly("ผ่านดีเยี่ยม"))
        // A word whose tone mark the text lacks is another word.
        XCTAssertFalse("แผ่นพับประชาสัมพันธ์".containsExactly("แผน"))
        XCTAssertTrue("แผนปฏิบัติการ".containsExactly("แผน"))
    }

    func testEdgesOfTheText() {
        XCTAssertTrue("ปี".containsExactly("ปี"))
        XCTAssertTrue("ประจำปี".containsExactly("ปี"))
        XCTAssertTrue("ปีงบประมาณ".containsExactly("ปี"))
        XCTAssertFalse("ป".containsExactly("ปี"), "a word longer than the text")
        XCTAssertFalse("".containsExactly("ปี"))
        XCTAssertTrue("ปี".containsExactly(""), "the empty word is in every text, as in the standard library")
        // A partial match just before the end must not read past it.
        XCTAssertFalse("ITA 256".containsExactly("2568"))
    }

    func testSubstringsAndRepeatedPrefixes() {
        let line = "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล"
        let tail = line.dropFirst(9)
        XCTAssertTrue(tail.containsExactly("การเปิดเผย"))
        XCTAssertFalse(tail.containsExactly("ตัวชี้วัด"), "the part of the string before the substring is not searched")
        // The first bytes match many times before the whole word does.
        XCTAssertTrue("คะคะคะแคะแนน".containsExactly("คะแนน"))
        XCTAssertFalse("คะคะคะแคะแน".containsExactly("คะแนน"))
    }
}
