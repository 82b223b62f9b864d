import ThaiText
import XCTest

/// `ThaiDateParser.period(in:)`: the period column of the measures table and its variants.
final class ThaiDatePeriodTests: XCTestCase {
    private let parser = ThaiDateParser()

    private func assertThrows(_ text: String, _ expected: ThaiDateError? = nil,
                              file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try parser.period(in: text), text, file: file, line: line) { error in
            XCTAssertNotNil(error as? ThaiDateError, file: file, line: line)
            if let expected { XCTAssertEqual(error as? ThaiDateError, expected, text, file: file, line: line) }
        }
    }

    /// Every period cell of the seed's measures table.
    func testSeedMeasurePeriods() throws {
        var cells: [String] = []
        for line in try SeedText.lines() {
            let row: [Substring] = line.split(separator: "\t", omittingEmptySubsequences: false)
            // Measure rows: six cells, an indicator in the first (not the repeated header).
            if row.count == 6, !row[0].isEmpty, row[0] != "ตัวชี้วัด" { cells.append(String(row[4])) }
        }
        XCTAssertEqual(cells.count, 10)
        for cell in cells {
            assertPeriod(cell, "2025-10-01", "2026-09-30")
        }
        XCTAssertTrue(cells.contains("1 ตุลาคม 2568 ถึง 30 กันยายน 2569"))
        XCTAssertTrue(cells.contains("<p>1 ตุลาคม 2568 ถึง 30 กันยายน 2569</p>"))
    }

    func testDashesAndWords() {
        for text in ["1 ตุลาคม 2568 – 30 กันยายน 2569", "1 ตุลาคม 2568 — 30 กันยายน 2569",
                     "1 ตุลาคม 2568 - 30 กันยายน 2569", "1 ตุลาคม 2568-30 กันยายน 2569",
                     "1 ต.ค. 2568 - 30 ก.ย. 2569", "1 ต.ค. 68 – 30 ก.ย. 69",
                     "1 ตุลาคม 2568 จนถึง 30 กันยายน 2569", "ตั้งแต่วันที่ 1 ตุลาคม 2568 ถึงวันที่ 30 กันยายน 2569",
                     "๑ ตุลาคม ๒๕๖๘ – ๓๐ กันยายน ๒๕๖๙", "ระหว่างวันที่ 1 ต.ค. 2568 ถึง 30 ก.ย. 2569",
                     "1 ตุลาคม 2568 –\n30 กันยายน 2569"] {
            assertPeriod(text, "2025-10-01", "2026-09-30")
        }
    }

    func testMonthPrecision() {
        assertPeriod("ตุลาคม 2568 – กันยายน 2569", "2025-10-01", "2026-09-30")
        assertPeriod("ต.ค. 68 - ก.ย. 69", "2025-10-01", "2026-09-30")
        assertPeriod("เดือนตุลาคม 2568 ถึงเดือนกุมภาพันธ์ 2569", "2025-10-01", "2026-02-28")
        assertPeriod("ตุลาคม 2566 – กุมภาพันธ์ 2567", "2023-10-01", "2024-02-29")
        assertPeriod("ธันวาคม 2568", "2025-12-01", "2025-12-31")
    }

    func testFiscalYear() {
        assertPeriod("ปีงบประมาณ พ.ศ. 2569", "2025-10-01", "2026-09-30")
        assertPeriod("ตลอดปีงบประมาณ 2569", "2025-10-01", "2026-09-30")
        assertPeriod("ประจำปีงบประมาณ พ.ศ.2568", "2024-10-01", "2025-09-30")
        assertPeriod("ปีงบประมาณ 69", "2025-10-01", "2026-09-30")
        assertPeriod("ปีงบประมาณ 2569 - 2570", "2025-10-01", "2027-09-30")
        // Explicit dates win over the fiscal year they are in.
        assertPeriod("ปีงบประมาณ 2569 (1 ต.ค. 68 – 31 ธ.ค. 68)", "2025-10-01", "2025-12-31")
    }

    func testSharedYearAndMonth() {
        assertPeriod("1 ต.ค. – 31 ธ.ค. 2568", "2025-10-01", "2025-12-31")
        assertPeriod("1 ต.ค. – 30 ก.ย. 2569", "2025-10-01", "2026-09-30")
        assertPeriod("ตุลาคม – ธันวาคม 2568", "2025-10-01", "2025-12-31")
        assertPeriod("1 – 31 ตุลาคม 2568", "2025-10-01", "2025-10-31")
        assertPeriod("1 ต.ค. 2568 – 30 ก.ย.", "2025-10-01", "2026-09-30")
    }

    func testOneEndOnly() {
        assertPeriod("ภายใน 30 กันยายน 2569", nil, "2026-09-30")
        assertPeriod("ภายในเดือนธันวาคม 2568", nil, "2025-12-31")
        assertPeriod("ถึง 30 กันยายน 2569", nil, "2026-09-30")
        assertPeriod("ตั้งแต่ 1 ตุลาคม 2568 เป็นต้นไป", "2025-10-01", nil)
        assertPeriod("1 ตุลาคม 2568 -", "2025-10-01", nil)
        assertPeriod("14 มกราคม 2568", "2025-01-14", "2025-01-14")
    }

    func testNoDateAtAll() throws {
        XCTAssertNil(try parser.period(in: ""))
        XCTAssertNil(try parser.period(in: "ทุกไตรมาส"))
        XCTAssertNil(try parser.period(in: "ระยะเวลาในการดำเนินการ"))
        XCTAssertNil(try parser.period(in: "สำนักงาน ก.พ."))
        XCTAssertNil(try parser.period(in: "ปี 2568"))
    }

    func testImpossibleAndUnreadable() {
        assertThrows("1 ตุลาคม 2568 – 31 กันยายน 2569", .noSuchDay(day: 31, month: 9, year: 2569))
        assertThrows("29 กุมภาพันธ์ 2566 – 30 กันยายน 2569", .noSuchDay(day: 29, month: 2, year: 2566))
        assertThrows("30 กันยายน 2569 – 1 ตุลาคม 2568", .endBeforeStart)
        assertThrows("ปีงบประมาณ 2570 - 2569", .endBeforeStart)
        assertThrows("ตุลาคม – ธันวาคม")
        assertThrows("1 ตุลาคม – 30 กันยายน")
        assertThrows("14 มกราคม · 🌐")
        assertThrows("1 ตุลาคม 256 – 30 กันยายน 2569")
        assertThrows("ปีงบประมาณ 256")
        assertThrows("ตุลาคม 256 – กันยายน 2569")
        assertThrows("ตุลาคม 2568 – กันยายน 25690")
        assertThrows("ภายใน ตุลาคม 256")
        assertThrows("1 ตุลาคม 2568 – 30 กันยายน 123456789012345678901234567890")
    }
}
