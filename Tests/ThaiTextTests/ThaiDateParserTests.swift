import ThaiText
import XCTest

/// `ThaiDateParser.date(in:)`: one date in running text.
final class ThaiDateParserTests: XCTestCase {
    private let parser = ThaiDateParser()

    private func assertDate(_ text: String, _ iso: String?, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(try parser.date(in: text)?.iso, iso, text, file: file, line: line)
    }

    func testFullMonthNames() {
        assertDate("1 ตุลาคม 2568", "2025-10-01")
        assertDate("1 มกราคม 2568", "2025-01-01")
        assertDate("28 กุมภาพันธ์ 2568", "2025-02-28")
        assertDate("31 มีนาคม 2568", "2025-03-31")
        assertDate("30 เมษายน 2568", "2025-04-30")
        assertDate("31 พฤษภาคม 2568", "2025-05-31")
        assertDate("30 มิถุนายน 2568", "2025-06-30")
        assertDate("31 กรกฎาคม 2568", "2025-07-31")
        assertDate("31 สิงหาคม 2568", "2025-08-31")
        assertDate("30 กันยายน 2569", "2026-09-30")
        assertDate("30 พฤศจิกายน 2568", "2025-11-30")
        assertDate("31 ธันวาคม 2568", "2025-12-31")
    }

    func testAbbreviatedMonths() {
        let abbreviations = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
        for (index, abbreviation) in abbreviations.enumerated() {
            let month = index + 1
            let expected = "2025-" + (month < 10 ? "0" : "") + "\(month)-01"
            assertDate("1 \(abbreviation) 2568", expected)
        }
    }

    func testAbbreviationsWithoutDotsOrWithSpaces() {
        assertDate("1 ต.ค 2568", "2025-10-01")
        assertDate("1 ต. ค. 2568", "2025-10-01")
        assertDate("1 ตค 2568", "2025-10-01")
        assertDate("1 มี.ค 68", "2025-03-01")
        assertDate("1ต.ค.68", "2025-10-01")
        assertDate("วันที่ 9 เม. ย. 2568", "2025-04-09")
    }

    func testTwoDigitYearsAreBuddhist() {
        assertDate("1 ต.ค. 68", "2025-10-01")
        assertDate("30 ก.ย. 69", "2026-09-30")
    }

    func testThaiDigits() {
        assertDate("๑ ตุลาคม ๒๕๖๘", "2025-10-01")
        assertDate("๓๐ ก.ย. ๖๙", "2026-09-30")
    }

    func testEraWords() {
        assertDate("1 ตุลาคม พ.ศ. 2568", "2025-10-01")
        assertDate("1 ตุลาคม พ.ศ.2568", "2025-10-01")
        assertDate("1 ตุลาคม พุทธศักราช 2568", "2025-10-01")
        assertDate("1 ตุลาคม ค.ศ. 2025", "2025-10-01")
        assertDate("1 ตุลาคม 2025", "2025-10-01")
    }

    /// The seed's events, as written.
    func testSeedEvents() {
        assertDate("วันที่ 14 มกราคม 2568 เวลา 13.30 น. นายกิตติโชติ เตรียมเวชวุฒิไกร", "2025-01-14")
        assertDate("วันที่ 31 มกราคม 2568 เวลา 14.30 น. นายกิตติโชติ", "2025-01-31")
        assertDate("วันที่ 4 มีนาคม 2568 นายชาวุธวิทย์ เทศศรีเมือง หัวหน้าฝ่ายบริการและเผยแพร่วิชาการ", "2025-03-04")
    }

    func testADayWithoutYearIsPassedOver() {
        // The social-media caption of the seed.
        assertDate(" 14 มกราคม · 🌐", nil)
        assertDate("14 มกราคม · 🌐\n#ชักซ้อมการประเมินฯ (ITA) 2568\nวันที่ 14 มกราคม 2568 เวลา 13.30 น.", "2025-01-14")
    }

    func testAPeriodWithASharedYearGivesItsStart() {
        assertDate("1 ต.ค. – 31 ธ.ค. 2568", "2025-10-01")
        assertDate("1 – 31 ตุลาคม 2568", "2025-10-01")
    }

    func testNoDate() {
        assertDate("", nil)
        assertDate("ประจำปีงบประมาณ พ.ศ. 2568", nil)
        assertDate("ตุลาคม 2568", nil)
        assertDate("มีค่าคะแนน เท่ากับ 97.28 คะแนน", nil)
        assertDate("คำสั่งเทศบาลเมืองเมืองพล ที่ ๑๖/๒๕๖๘", nil)
        assertDate("มติ ก.พ. 2 ครั้ง", nil)
        assertDate("ประชุม ก.พ. 500 คน วันที่ 3 มีนาคม 2568", "2025-03-03")
        // ส.ค. as the tail of อ.ส.ค., and letters that only spell a month inside words.
        assertDate("อ.ส.ค. 2568", nil)
        assertDate("1 ตคม 2568", nil)
        XCTAssertNil(try parser.period(in: "อ.ส.ค. 2568"))
        XCTAssertNil(try parser.period(in: "1 ตคม 2568"))
    }

    func testImpossibleDaysThrow() {
        XCTAssertThrowsError(try parser.date(in: "31 กันยายน 2568")) {
            XCTAssertEqual($0 as? ThaiDateError, .noSuchDay(day: 31, month: 9, year: 2568))
        }
        XCTAssertThrowsError(try parser.date(in: "29 กุมภาพันธ์ 2566")) {
            XCTAssertEqual($0 as? ThaiDateError, .noSuchDay(day: 29, month: 2, year: 2566))
        }
        XCTAssertThrowsError(try parser.date(in: "0 ตุลาคม 2568")) {
            XCTAssertEqual($0 as? ThaiDateError, .noSuchDay(day: 0, month: 10, year: 2568))
        }
        assertDate("29 กุมภาพันธ์ 2567", "2024-02-29")
    }

    func testAYearThatIsNoYearThrows() {
        XCTAssertThrowsError(try parser.date(in: "1 ตุลาคม 256")) {
            guard case .unreadable(let fragment)? = $0 as? ThaiDateError else { return XCTFail("\($0)") }
            XCTAssertEqual(fragment, "1 ตุลาคม 256")
        }
        XCTAssertThrowsError(try parser.date(in: "1 ตุลาคม 99999999999999999999999999999"))
    }

    /// The month names survive PDF damage that the normaliser repairs: a decomposed SARA AM
    /// nowhere here, but a zero-width space and a PUA tone mark.
    func testDamagedText() {
        assertDate("1 ตุ\u{200B}ลาคม 2568", "2025-10-01")
        assertDate("28 กุมภาพันธ\u{F70E} 2568", "2025-02-28")  // PUA THANTHAKHAT
        assertDate("31 กรกฏาคม 2568", "2025-07-31")  // the common misspelling
    }
}
