import XCTest
@testable import ThaiText

/// The tone marks OCR drops are put back from a vocabulary, only where a whole word of it
/// stands, and never onto a word that is right as it is.
final class DroppedToneRestorationTests: XCTestCase {
    private let restoration = DroppedToneRestoration(vocabulary: ["การปฏิบัติหน้าที่", "ตัวชี้วัด", "(EIT) ส่วนที่ 1", "เมื่อ"])

    func testMarksDroppedInsideWordsThatAreStillWordsComeBack() {
        XCTAssertEqual(restoration.restore("1.การปฏิบัติหน้าที\t100"), "1.การปฏิบัติหน้าที่\t100")
        XCTAssertEqual(restoration.restore("ผลการประเมินรายตัวชีวัด"), "ผลการประเมินรายตัวชี้วัด")
        XCTAssertEqual(restoration.restore("(EIT) ส่วนที 1"), "(EIT) ส่วนที่ 1")
    }

    func testMaiEkReadForMaiThoIsPutRightWhereTheFormIsNoWord() {
        XCTAssertEqual(restoration.restore("ตัวชี่วัดที่ 2"), "ตัวชี้วัดที่ 2")
    }

    func testTheCorpusWordsComeBackToo() {
        XCTAssertEqual(restoration.restore("ความตังใจของหน่วยงาน"), "ความตั้งใจของหน่วยงาน")
    }

    func testAWordInsideAnotherWordIsLeft() {
        // เมือ is เมื่อ without its mark, but here it is the start of เมือง.
        XCTAssertEqual(restoration.restore("เทศบาลเมืองเมืองพล"), "เทศบาลเมืองเมืองพล")
        // ก็ตาม without its mark, across หลัก|ตาม; การ์ด across การ|ดำเนิน.
        XCTAssertEqual(restoration.restore("ยึดหลักตามมาตรฐาน การดำเนินงาน"), "ยึดหลักตามมาตรฐาน การดำเนินงาน")
    }

    func testTextThatHasItsMarksIsUnchanged() {
        let text = "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ ได้รับ 96.81 คะแนน"
        XCTAssertEqual(restoration.restore(text), text)
    }

    func testAMarkTheTextHasThatTheWordLacksIsNoDroppedMark() {
        // OCR drops marks, it does not add them: หน้าที่ with a MAI EK on หน is another word.
        XCTAssertEqual(restoration.restore("การปฏิบัติหน่าที"), "การปฏิบัติหน่าที")
    }
}
