import XCTest
import ThaiText

/// Repair 3: the same mark twice on one letter (pdfplumber, InDesign exports) is one mark.
final class DoubledMarkTests: XCTestCase {
    func testDoubledToneMark() {
        assertNormalizes("ไปส\u{0E48}\u{0E48}การ", to: "ไปส่การ")  // pdfplumber; no vowel is invented
        assertNormalizes("หน\u{0E48}\u{0E48}วยงาน", to: "หน่วยงาน")
        assertNormalizes("ผู\u{0E49}\u{0E49}รับผิดชอบ", to: "ผู้รับผิดชอบ")
        assertNormalizes("ดังนั\u{0E49}\u{0E49}น", to: "ดังนั้น")
    }

    func testDoubledVowels() {
        assertNormalizes("สารบั\u{0E31}ญ", to: "สารบัญ")
        assertNormalizes("ประจำปี\u{0E35}", to: "ประจำปี")
        assertNormalizes("ผลสั\u{0E31}มฤทธิ์", to: "ผลสัมฤทธิ์")
        assertNormalizes("ผ\u{0E39}\u{0E39}\u{0E49}รับผิดชอบ", to: "ผู้รับผิดชอบ")
    }

    func testEveryMarkOfAClusterDoubled() {
        assertNormalizes("ตัวชี\u{0E35}\u{0E49}\u{0E49}วัด", to: "ตัวชี้วัด")
        assertNormalizes("ตัวช\u{0E35}\u{0E49}\u{0E35}\u{0E49}วัด", to: "ตัวชี้วัด")
        assertNormalizes("ผลสัมฤทธิ\u{0E34}\u{0E4C}\u{0E4C}", to: "ผลสัมฤทธิ์")
        assertNormalizes("ขั\u{0E31}\u{0E49}\u{0E49}นตอน", to: "ขั้นตอน")
    }

    func testTripledMark() {
        assertNormalizes("ส\u{0E48}\u{0E48}\u{0E48}วน", to: "ส่วน")
    }

    /// Two different tone marks on one letter: we do not know which is right, so both stay.
    func testDifferentMarksAreKept() {
        assertUnchanged("ก\u{0E48}\u{0E49}")
        assertUnchanged("ก\u{0E34}\u{0E35}")
    }

    /// Letters doubled in real words are not marks and stay.
    func testDoubledLettersAreKept() {
        assertUnchanged("ธรรมาภิบาล")
        assertUnchanged("สัมฤทธิ์ผลตามมาตรฐาน")
    }

    /// A mark doubled on two neighbouring letters is two marks.
    func testSameMarkOnTwoLettersIsKept() {
        assertUnchanged("ที่ที่")
        assertUnchanged("ปีปี")
    }
}
