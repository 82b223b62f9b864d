import ThaiText
import XCTest

/// The parser meets any text without trapping: random mixes of the pieces dates are made
/// of, huge digit runs, lone marks. Errors are fine; a crash fails the whole test run.
final class ThaiDateRobustnessTests: XCTestCase {
    private static let pieces = [
        "1", "31", "๑", "2568", "๒๕๖๘", "68", "99999999999999999999", "0", " ", "\n", "–", "-", "—",
        "ตุลาคม", "ต.ค.", "ต.", "ค.", "ก.ย", "พ.ศ.", "ค.ศ.", "ถึง", "จนถึง", "ตั้งแต่", "ภายใน",
        "ปีงบประมาณ", "วันที่", "เดือน", ".", ":", "น.", "เวลา", "13.30", "\u{0E4D}", "\u{0E32}",
        "\u{F70E}", "\u{200B}", "🌐", "a", "(", ")", "กุมภาพันธ์", "29",
        // The item-level reports' periods: undotted months, two-digit years, ถึง glued on.
        "มค", "มีค", "กพ", "ก.พ.", "67", "๖๗", "30", "ถึงกันยายน", "มีค่า",
    ]

    func testRandomPiecesNeverTrap() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let parser = ThaiDateParser()
        var readDates = 0
        for _ in 0..<3000 {
            var text = ""
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let count = Int(state >> 60) + 1
            for _ in 0..<count {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += Self.pieces[Int(state >> 33) % Self.pieces.count]
            }
            if (try? parser.date(in: text)) != nil { readDates += 1 }
            _ = try? parser.period(in: text)
            _ = parser.time(in: text)
        }
        // The generator does reach real dates, so the loop exercises more than rejection.
        XCTAssertGreaterThan(readDates, 0)
    }

    func testHugeInputs() throws {
        let digits = String(repeating: "9", count: 100_000)
        XCTAssertThrowsError(try ThaiDateParser().date(in: "1 ตุลาคม " + digits))
        XCTAssertNil(try ThaiDateParser().period(in: digits + " " + digits))
        XCTAssertNil(ThaiDateParser().time(in: digits + "." + digits + " น."))
        let months = String(repeating: "ต.ค.", count: 20_000)
        XCTAssertNil(try ThaiDateParser().date(in: months))
    }
}
