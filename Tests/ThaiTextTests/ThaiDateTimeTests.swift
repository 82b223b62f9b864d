import ThaiText
import XCTest

/// `ThaiDateParser.time(in:)`.
final class ThaiDateTimeTests: XCTestCase {
    private let parser = ThaiDateParser()

    private func assertTime(_ text: String, _ hour: Int?, _ minute: Int? = nil,
                            file: StaticString = #filePath, line: UInt = #line) {
        let time = parser.time(in: text)
        XCTAssertEqual(time?.hour, hour, text, file: file, line: line)
        XCTAssertEqual(time?.minute, hour == nil ? nil : (minute ?? 0), text, file: file, line: line)
    }

    func testSeedEventTimes() {
        assertTime("วันที่ 14 มกราคม 2568 เวลา 13.30 น. นายกิตติโชติ", 13, 30)
        assertTime("วันที่ 31 มกราคม 2568 เวลา 14.30 น. นายกิตติโชติ", 14, 30)
        assertTime("วันที่ 4 มีนาคม 2568 นายชาวุธวิทย์ เทศศรีเมือง ณ ห้องประชุมแก่นเมือง ชั้น 1", nil)
    }

    func testForms() {
        assertTime("13.30 น.", 13, 30)
        assertTime("13:30 น.", 13, 30)
        assertTime("เวลา 13.30", 13, 30)
        assertTime("๑๓.๓๐ นาฬิกา", 13, 30)
        assertTime("เวลา 9 น.", 9)
        assertTime("09.00 – 12.00 น.", 9)
        assertTime("ประชุมเวลา 08.30น.", 8, 30)
    }

    func testNumbersThatAreNoTimes() {
        assertTime("97.28 คะแนน", nil)
        assertTime("ร้อยละ 98.81", nil)
        assertTime("ข้อ 4.1.3 เรื่อง", nil)
        assertTime("ใช้เวลา 1.30 ชั่วโมง", nil)
        assertTime("เวลา 2 ชั่วโมง", nil)
        assertTime("25.30 น.", nil)
        assertTime("13.75 น.", nil)
        assertTime("จำนวน 2 น.ส. สมศรี", nil)
        assertTime("5 นาที", nil)
        assertTime("", nil)
        assertTime("99999999999999999999999.30 น.", nil)
    }
}
