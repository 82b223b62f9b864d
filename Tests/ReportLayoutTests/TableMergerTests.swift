import PDFText
@testable import ReportLayout
import XCTest

final class TableMergerTests: XCTestCase {
    private func row(_ texts: String...) -> TableRow {
        TableRow(cells: texts.map { TableCell(text: $0) })
    }

    func testRepeatedHeaderIsDroppedAndEmptyFirstCellContinuesTheRowAbove() {
        let tables = TableMerger().merge([
            TableFragment(rows: [row("ตัวชี้วัด", "ผลการวิเคราะห์"), row("1.การปฏิบัติหน้าที่", "จากผลคะแนนโดยภาพรวม")], followsPrevious: false),
            TableFragment(rows: [row("ตัวชี้วัด", "ผลการวิเคราะห์"), row("", "คะแนนเท่ากับ ร้อยละ 100"), row("2.การใช้งบประมาณ", "จาก")], followsPrevious: true),
        ])
        XCTAssertEqual(tables.count, 1)
        XCTAssertEqual(tables[0].rows.map { $0.cells.map(\.text) }, [
            ["ตัวชี้วัด", "ผลการวิเคราะห์"],
            ["1.การปฏิบัติหน้าที่", "จากผลคะแนนโดยภาพรวมคะแนนเท่ากับ ร้อยละ 100"],
            ["2.การใช้งบประมาณ", "จาก"],
        ])
    }

    /// A scan's repeated two-row header whose first row OCR garbled (letters moved across
    /// cells, as tesseract read it) is still the header: its second row reads alike in its
    /// place. The row cut by the page break is then joined whole, not to the garbled header.
    func testARepeatedHeaderWhoseFirstRowOCRGarbledIsDropped() {
        func read(_ texts: String...) -> TableRow {
            TableRow(cells: texts.map { TableCell(text: $0, ocrConfidence: 80) })
        }
        let top = read("ประเด็น", "ผลการประเมิน", "ข้อค้นพบ", "การดำเนินการ", "การติดตามประเมินผล")
        let second = read("", "(คะแนน)", "", "ผู้รับผิดชอบ/ผู้ที่เกี่ยวข้อง", "")
        let tables = TableMerger().merge([
            TableFragment(rows: [top, second, read("O16 ข้อมูลเชิงสถิติ", "0", "ไม่ได้เผยแพร่", "ทุกสำนัก", "ตรวจความ")], followsPrevious: false),
            TableFragment(rows: [read("ประเด็น", "ผลการ ข้", "อค้นพบ", "การดำเนินกเwซาdนร", "การติดตามประเมินผล"),
                                 read("", "(คะแนน)", "", "ผู้รับผิดชอบ/ผู้ที่เกี่ยว", ""),
                                 read("การให้บริการ", "", "ข้อมูลครบทุกเดือน", "กอง", "ครบถ้วน"),
                                 read("O33 การประเมินความเสี่ยง", "0", "ยังไม่ครอบคลุม", "สำนักปลัด", "รายงานผล")], followsPrevious: true),
        ])
        XCTAssertEqual(tables.count, 1)
        XCTAssertEqual(tables[0].rows.map { $0.cells[0].text }, ["ประเด็น", "", "O16 ข้อมูลเชิงสถิติการให้บริการ", "O33 การประเมินความเสี่ยง"])
        XCTAssertEqual(tables[0].rows[2].cells[3].text, "ทุกสำนักกอง")
    }

    /// A two-row header read as two rows on one page (from its text's alignment) and as one on
    /// the other (between rules, `TwoLevelHeader`), as t-sawasdee-13-landscape-hrules-2rowheader-low
    /// read it: the one row is the two's repeat, either way round, and the cut row is joined.
    func testATwoRowHeaderRepeatedAsOneRowOrOneRepeatedAsTwoIsDropped() {
        let upper = row("ตัวชี้วัด", "ผลการวิเคราะห์ตัวชี้วัดตาม", "ระยะเวลาในการ")
        let lower = row("", "หลักเกณฑ์การประเมิน ITA", "ดำเนินการ")
        let joined = row("ตัวชี้วัด", "ผลการวิเคราะห์ตัวชี้วัดตาม\nหลักเกณฑ์การประเมิน ITA", "ระยะเวลาในการ\nดำเนินการ")
        let cut = row("1.การปฏิบัติหน้าที่", "จากผลคะแนนโดยภาพรวม", "1 ตุลาคม 2568 ถึง")
        let rest = row("", "คะแนนเท่ากับ ร้อยละ 100", "30 กันยายน 2569")
        let next = row("2.การใช้งบประมาณ", "จากผลคะแนน", "1 ตุลาคม 2568")
        for (first, second) in [([upper, lower], [joined]), ([joined], [upper, lower])] {
            let tables = TableMerger().merge([
                TableFragment(rows: first + [cut], followsPrevious: false),
                TableFragment(rows: second + [rest, next], followsPrevious: true),
            ])
            XCTAssertEqual(tables.count, 1)
            XCTAssertEqual(tables[0].rows.count, first.count + 2)
            XCTAssertEqual(tables[0].rows[first.count].cells[2].text, "1 ตุลาคม 2568 ถึง 30 กันยายน 2569")
        }
    }

    func testARowCutWithinItsFirstCellIsRejoinedWhenSomeOfItsCellsEndedBeforeTheBreak() {
        let header = row("ประเด็น", "คะแนน", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ")
        let tables = TableMerger().merge([
            TableFragment(rows: [header, row("i1 เจ้าหน้าที่", "81.2", "สำนักปลัด", "ตุลาคม 2566"),
                                 row("i7 ท่านทราบข้อมูลเกี่ยวกับงบ", "i7 = 80.54", "สำนักคลัง", "ตุลาคม 2566 ถึง")], followsPrevious: false),
            // The rest of the row: its units ended on the page before; its questions and period go on.
            TableFragment(rows: [header, row("ประมาณ i8 ท่านเคยเข้าไปมีส่วนร่วม", "i8 = 82.02", "", "กันยายน 2567"),
                                 row("i26 มาตรการ", "78.06", "ทุกสำนักกอง", "1 ตุลาคม 2566")], followsPrevious: true),
        ])
        XCTAssertEqual(tables[0].rows.count, 4)
        XCTAssertEqual(tables[0].rows[2].cells.map(\.text), ["i7 ท่านทราบข้อมูลเกี่ยวกับงบประมาณ i8 ท่านเคยเข้าไปมีส่วนร่วม",
                                                        "i7 = 80.54 i8 = 82.02", "สำนักคลัง", "ตุลาคม 2566 ถึงกันยายน 2567"])
    }

    func testInATableOfCodedRowsARowWithoutItsCodeContinuesTheRowAboveButNotWhenItHasItsOwnScore() {
        let header = row("ประเด็น", "คะแนน", "ผู้รับผิดชอบ")
        let measures = TableMerger().merge([
            TableFragment(rows: [header, row("i26 มาตรการป้องกัน", "78.06", "สำนักปลัด"), row("e6 หน่วยงานมีช่อง", "65.23", "สำนั")],
                          followsPrevious: false),
            TableFragment(rows: [header, row("ทางเผยแพร่ข้อมูล", "", "กปลัด"), row("e13 หน่วยงานมีระบบ", "70.10", "กองช่าง")], followsPrevious: true),
        ])
        XCTAssertEqual(measures[0].rows.map { $0.cells[0].text }, ["ประเด็น", "i26 มาตรการป้องกัน", "e6 หน่วยงานมีช่องทางเผยแพร่ข้อมูล", "e13 หน่วยงานมีระบบ"])
        XCTAssertEqual(measures[0].rows[2].cells[2].text, "สำนักปลัด")
        // A table of question scores: an indicator's row at the page's top has its own score.
        let scores = TableMerger().merge([
            TableFragment(rows: [row("ประเด็นการประเมิน", "คะแนนที่ได้"), row("i11 เจ้าหน้าที่", "88.10"), row("i12 หน่วยงาน", "90.00")],
                          followsPrevious: false),
            TableFragment(rows: [row("ประเด็นการประเมิน", "คะแนนที่ได้"), row("ตัวชี้วัดที่ 3 การใช้อำนาจ", "93.09"), row("i13 ท่าน", "95.00")],
                          followsPrevious: true),
        ])
        XCTAssertEqual(scores[0].rows.count, 5)
        XCTAssertTrue(TableContinuation.startsWithRowCode("i7 ท่านทราบ"))
        XCTAssertTrue(TableContinuation.startsWithRowCode("(O 36)"))
        XCTAssertFalse(TableContinuation.startsWithRowCode("ITA 2566"))
        XCTAssertFalse(TableContinuation.startsWithRowCode("ตัวชี้วัดที่ 3"))
    }

    func testAHeadingOrANumberedRowAtThePagesTopIsARowOfItsOwn() {
        let header = row("รายการ", "หน่วย", "2564", "2565")
        let tables = TableMerger().merge([
            TableFragment(rows: [header, row("1. การบริหาร", "", "", ""), row("- เงินรายได้", "ล้านบาท", "2,314", "2,423")], followsPrevious: false),
            TableFragment(rows: [header, row("2. การช่วยเหลือผู้ประสบภัย", "", "", ""), row("ผลผลิต", "ล้านบาท", "10", "")], followsPrevious: true),
        ])
        XCTAssertEqual(tables[0].rows.map { $0.cells[0].text }, ["รายการ", "1. การบริหาร", "- เงินรายได้", "2. การช่วยเหลือผู้ประสบภัย", "ผลผลิต"])
    }

    func testARowThatFillsAWholePageIsJudgedWithTheRowsOfTheNextPage() {
        let header = row("ตัวชี้วัด", "โครงการ", "ระยะเวลา")
        let tables = TableMerger().merge([
            TableFragment(rows: [header, row("1.การปฏิ", "การปรับปรุง", "1 ตุลาคม")], followsPrevious: false),
            TableFragment(rows: [header, row("บัติหน้าที่", "ระบบการทำงาน", "2568")], followsPrevious: true),
            TableFragment(rows: [header, row("", "ต่อ", "ถึง 30 กันยายน 2569"), row("2.การใช้งบประมาณ", "ก", "ข"), row("3.การใช้อำนาจ", "ค", "ง")],
                          followsPrevious: true),
        ])
        XCTAssertEqual(tables[0].rows.map { $0.cells[0].text }, ["ตัวชี้วัด", "1.การปฏิบัติหน้าที่", "2.การใช้งบประมาณ", "3.การใช้อำนาจ"])
        XCTAssertEqual(tables[0].rows[1].cells[2].text, "1 ตุลาคม 2568 ถึง 30 กันยายน 2569")
    }

    func testAWordCutByThePageBreakIsRejoined() {
        let tables = TableMerger().merge([
            TableFragment(rows: [row("ก", "ข"), row("1.x", "ผู้รับผิดชอบ สำนักป")], followsPrevious: false),
            TableFragment(rows: [row("ก", "ข"), row("", "ลัด")], followsPrevious: true),
        ])
        XCTAssertEqual(tables[0].rows[1].cells[1].text, "ผู้รับผิดชอบ สำนักปลัด")
    }

    func testInANumberedTableARowWithoutItsNumberContinuesTheRowAbove() {
        let tables = TableMerger().merge([
            TableFragment(rows: [row("ตัวชี้วัด", "x"), row("8.การ", "ก"), row("9.การเปิดเผย", "ข")], followsPrevious: false),
            TableFragment(rows: [row("ตัวชี้วัด", "x"), row("ข้อมูล", "ค"), row("10.การป้องกัน", "ง")], followsPrevious: true),
        ])
        XCTAssertEqual(tables[0].rows.map { $0.cells[0].text }, ["ตัวชี้วัด", "8.การ", "9.การเปิดเผยข้อมูล", "10.การป้องกัน"])
        XCTAssertTrue(TableContinuation.startsWithRowNumber("๑๐. การ"))
        XCTAssertTrue(TableContinuation.startsWithRowNumber("(3) ข"))
        XCTAssertFalse(TableContinuation.startsWithRowNumber("2568 ปี"))
    }

    func testSeparateTablesStaySeparate() {
        let merger = TableMerger()
        // Not directly following: prose between.
        XCTAssertEqual(merger.merge([
            TableFragment(rows: [row("a", "b")], followsPrevious: false),
            TableFragment(rows: [row("a", "b")], followsPrevious: false),
        ]).count, 2)
        // Another number of columns.
        XCTAssertEqual(merger.merge([
            TableFragment(rows: [row("a", "b")], followsPrevious: false),
            TableFragment(rows: [row("a", "b", "c")], followsPrevious: true),
        ]).count, 2)
        // Following, as many columns, but neither the header again nor the same column edges.
        let left = TableFragment(rows: [TableRow(cells: [TableCell(text: "เครื่องมือ", rect: Rect(x0: 50, y0: 0, x1: 400, y1: 10)),
                                                         TableCell(text: "คะแนนรวม", rect: Rect(x0: 400, y0: 0, x1: 540, y1: 10))])],
                                 page: 3, followsPrevious: false)
        let right = TableFragment(rows: [TableRow(cells: [TableCell(text: "ตัวชี้วัด", rect: Rect(x0: 50, y0: 0, x1: 450, y1: 10)),
                                                          TableCell(text: "คะแนน", rect: Rect(x0: 450, y0: 0, x1: 540, y1: 10))])],
                                  page: 4, followsPrevious: true)
        XCTAssertEqual(merger.merge([left, right]).count, 2)
    }
}

/// The text of merged tables is repaired once whole, not page by page.
final class MergedTableRepairTests: XCTestCase {
    func testAWordCutByAPageBreakIsRepairedWhole() throws {
        let reader = DocumentContentReader()
        try XCTSkipIf(reader.reader.repairer == nil, "libthai's dictionary is not installed (bash Scripts/setup.sh)")
        let header = TableRow(cells: [TableCell(text: "ตัวชี้วัด"), TableCell(text: "ระยะเวลา")])
        let tables = reader.tables(from: [
            TableFragment(rows: [header, TableRow(cells: [TableCell(text: "2.การใช้งบประมาณ"), TableCell(text: "1 ตุลาคม 2568 ถึง 30 กันยา")])],
                          page: 11, followsPrevious: false),
            TableFragment(rows: [header, TableRow(cells: [TableCell(text: ""), TableCell(text: "ยน 2569")])],
                          page: 12, followsPrevious: true),
        ])
        XCTAssertEqual(tables.count, 1)
        XCTAssertEqual(tables[0].rows[1].cells[1].text, "1 ตุลาคม 2568 ถึง 30 กันยายน 2569")
    }
}
