import ThaiText
import XCTest

/// Periods as the NACC's item-level reports (2566–2568) write them in their measures table:
/// months without days, abbreviated months with or without dots and two-digit years, ถึง
/// left out or glued to a date, Thai digits. All are fiscal year 2567 unless said.
final class ThaiDateItemLevelPeriodTests: XCTestCase {
    private let parser = ThaiDateParser()

    /// The twelve abbreviations as typed with dots and without, with the month's last day in
    /// 2567 (2024, a leap year).
    private static let abbreviations: [(dotted: String, undotted: String, month: Int, lastDay: Int)] = [
        ("ม.ค.", "มค", 1, 31), ("ก.พ.", "กพ", 2, 29), ("มี.ค.", "มีค", 3, 31), ("เม.ย.", "เมย", 4, 30),
        ("พ.ค.", "พค", 5, 31), ("มิ.ย.", "มิย", 6, 30), ("ก.ค.", "กค", 7, 31), ("ส.ค.", "สค", 8, 31),
        ("ก.ย.", "กย", 9, 30), ("ต.ค.", "ตค", 10, 31), ("พ.ย.", "พย", 11, 30), ("ธ.ค.", "ธค", 12, 31),
    ]

    /// Months without days stand for whole months: the first day of the first, the last day
    /// of the last.
    func testMonthsOnly() {
        assertPeriod("ตุลาคม 2566 ถึงกันยายน 2567", "2023-10-01", "2024-09-30")
        assertPeriod("ต.ค. 66 - ก.ย. 67", "2023-10-01", "2024-09-30")
        assertPeriod("ตค 66 - กย 67", "2023-10-01", "2024-09-30")
        assertPeriod("เดือนตุลาคม 2566 – เดือนกันยายน 2567", "2023-10-01", "2024-09-30")
        assertPeriod("ตุลาคม 2566 – มีนาคม 2567", "2023-10-01", "2024-03-31")
        assertPeriod("มกราคม – มิถุนายน 2567", "2024-01-01", "2024-06-30")
    }

    /// The year written once, at the end: the start is in the same year, or the year before
    /// when its month comes after the end's.
    func testYearWrittenOnceAtTheEnd() {
        assertPeriod("ตุลาคม – ธันวาคม 2566", "2023-10-01", "2023-12-31")
        assertPeriod("ตุลาคม – มีนาคม 2567", "2023-10-01", "2024-03-31")
        assertPeriod("ต.ค. – มี.ค. 67", "2023-10-01", "2024-03-31")
        assertPeriod("เมษายน – กันยายน 2567", "2024-04-01", "2024-09-30")
    }

    /// February ends on the 29th in a Gregorian leap year (2567 = 2024), the 28th otherwise.
    func testFebruaryEndsOnItsLastDay() {
        assertPeriod("กุมภาพันธ์ 2567", "2024-02-01", "2024-02-29")
        assertPeriod("กุมภาพันธ์ 2566", "2023-02-01", "2023-02-28")
        assertPeriod("มกราคม – กุมภาพันธ์ 2567", "2024-01-01", "2024-02-29")
        assertPeriod("ธ.ค. 66 - ก.พ. 67", "2023-12-01", "2024-02-29")
    }

    func testAbbreviatedMonthsAndTwoDigitYears() {
        assertPeriod("1 มค 67 ถึง 31 มีค 67", "2024-01-01", "2024-03-31")
        assertPeriod("1 ต.ค.66 - 30 ก.ย.67", "2023-10-01", "2024-09-30")
        assertPeriod("1 ตค.66 - 30 กย.67", "2023-10-01", "2024-09-30")
        assertPeriod("ม.ค. 67", "2024-01-01", "2024-01-31")
        assertPeriod("มค.67", "2024-01-01", "2024-01-31")
        assertPeriod("มค 67", "2024-01-01", "2024-01-31")
    }

    func testEveryAbbreviationWithAndWithoutDots() {
        for month in Self.abbreviations {
            let number = (month.month < 10 ? "0" : "") + "\(month.month)"
            for written in [month.dotted, month.undotted] {
                assertPeriod("1 \(written) 67 ถึง \(month.lastDay) \(written) 67", "2024-\(number)-01",
                             "2024-\(number)-\(month.lastDay)")
                assertPeriod("\(written) 67", "2024-\(number)-01", "2024-\(number)-\(month.lastDay)")
                assertPeriod("\(written)67", "2024-\(number)-01", "2024-\(number)-\(month.lastDay)")
            }
        }
    }

    /// ก.พ. is also the Civil Service Commission, and a month abbreviation alone is no date.
    func testAMonthAbbreviationAloneIsNoDate() throws {
        XCTAssertNil(try parser.period(in: "สำนักงาน ก.พ."))
        XCTAssertNil(try parser.period(in: "สำนักงาน กพ"))
        XCTAssertNil(try parser.period(in: "ตามหลักเกณฑ์ของ ก.พ. 2 ครั้ง"))
        // มีค is the start of มีค่า ("is worth"), not March.
        XCTAssertNil(try parser.period(in: "ตัวชี้วัดที่ 1 มีค่า 30 คะแนน"))
        XCTAssertNil(try parser.period(in: "ทุกสำนักกอง"))
        XCTAssertNil(try parser.period(in: "สำนักปลัด และทุกสำนักกอง"))
    }

    /// Two dates with nothing between them: the ถึง left out.
    func testMissingUntilBetweenTwoDates() throws {
        assertPeriod("1 มีนาคม 30 กันยายน 2567", "2024-03-01", "2024-09-30")
        assertPeriod("1 ตุลาคม 2566 31 มีนาคม 2567", "2023-10-01", "2024-03-31")
        assertPeriod("1 มีค 30 กย 67", "2024-03-01", "2024-09-30")
        assertPeriod("1 ต.ค. 66 31 มี.ค. 67", "2023-10-01", "2024-03-31")
        // The 30 of "30 กันยายน" is the day of the end, not the year 2530 of the start.
        XCTAssertEqual(try parser.date(in: "1 มีนาคม 30 กันยายน 2567")?.iso, "2024-03-01")
        // One date alone, with a two-digit number after it that no month follows, is still
        // the date with its year.
        assertPeriod("1 ต.ค. 66 30 คน", "2023-10-01", "2023-10-01")
    }

    func testMissingUntilStillChecksTheDays() {
        XCTAssertThrowsError(try parser.period(in: "1 มีนาคม 31 กันยายน 2567")) { error in
            XCTAssertEqual(error as? ThaiDateError, .noSuchDay(day: 31, month: 9, year: 2567))
        }
        XCTAssertThrowsError(try parser.period(in: "1 ตุลาคม 2567 31 มีนาคม 2567")) { error in
            XCTAssertEqual(error as? ThaiDateError, .endBeforeStart)
        }
    }

    /// A date glued to the word or the date before it.
    func testGluedDates() {
        assertPeriod("1 ตุลาคม 2566 ถึง 31มีนาคม 2567", "2023-10-01", "2024-03-31")
        assertPeriod("1ตุลาคม2566ถึง31มีนาคม2567", "2023-10-01", "2024-03-31")
        assertPeriod("1 ตุลาคม 2566 ถึงวันที่31มีนาคม 2567", "2023-10-01", "2024-03-31")
        assertPeriod("ถึงกันยายน 2567", nil, "2024-09-30")
        assertPeriod("1 มค67ถึง31 มีค67", "2024-01-01", "2024-03-31")
    }

    func testThaiDigits() {
        assertPeriod("๑ ต.ค. ๖๖ – ๓๐ ก.ย. ๖๗", "2023-10-01", "2024-09-30")
        assertPeriod("๑ มค ๖๗ ถึง ๓๑ มีค ๖๗", "2024-01-01", "2024-03-31")
        assertPeriod("ตุลาคม ๒๕๖๖ ถึงกันยายน ๒๕๖๗", "2023-10-01", "2024-09-30")
        assertPeriod("ต.ค. – มี.ค. ๖๗", "2023-10-01", "2024-03-31")
        assertPeriod("๑ มีนาคม ๓๐ กันยายน ๒๕๖๗", "2024-03-01", "2024-09-30")
        assertPeriod("๑ ตุลาคม ๒๕๖๖ ถึง ๓๑มีนาคม ๒๕๖๗", "2023-10-01", "2024-03-31")
        assertPeriod("กุมภาพันธ์ ๒๕๖๗", "2024-02-01", "2024-02-29")
    }
}
