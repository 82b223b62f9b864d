import PDFText
@testable import ReportLayout
import XCTest

/// Ruled tables on rulings and glyphs placed by hand, drawn as the budget volume and the EB1
/// report draw theirs.
final class RuledTableTests: XCTestCase {
    private let builder = PageLayoutBuilder()

    /// A glyph 8 pt wide and 10 pt high whose top left is at (`x`, `y`).
    private func glyph(_ scalar: Unicode.Scalar, _ x: Double, _ y: Double) -> Glyph {
        Glyph(scalar, Rect(x0: x, y0: y, x1: x + 8, y1: y + 10))
    }

    private func horizontal(_ y: Double, _ x0: Double, _ x1: Double) -> Rect { Rect(x0: x0, y0: y, x1: x1, y1: y) }
    private func vertical(_ x: Double, _ y0: Double, _ y1: Double) -> Rect { Rect(x0: x, y0: y0, x1: x, y1: y1) }

    private func cells(_ glyphs: [Glyph], _ rules: [Rect]) -> [[[String]]] {
        builder.build(glyphs: glyphs, rules: rules, pageNumber: 1).tableFragments(settings: LayoutSettings())
            .map { $0.rows.map { $0.cells.map(\.text) } }
    }

    func testATwoLevelHeaderComesOutOnTheTablesColumns() {
        // Column 0's header cell runs down both header rows (no rule across it at y 20) and
        // its text stands in the lower one; the other header cell runs over columns 1 and 2,
        // its text across the rule between them.
        let rules = [
            horizontal(0, 0, 300), horizontal(20, 100, 300), horizontal(40, 0, 300), horizontal(60, 0, 300),
            vertical(0, 0, 60), vertical(100, 0, 60), vertical(200, 20, 60), vertical(300, 0, 60),
        ]
        let glyphs = [glyph("ก", 10, 15), glyph("ข", 196, 5), glyph("ค", 110, 25), glyph("ง", 210, 25),
                      glyph("1", 10, 45), glyph("2", 110, 45), glyph("3", 210, 45)]
        XCTAssertEqual(cells(glyphs, rules), [[["ก", "ข", ""], ["", "ค", "ง"], ["1", "2", "3"]]])
    }

    func testACellOverSeveralColumnsKeepsTheRowAsWideAsTheTable() {
        // A total row whose label runs over the first two columns.
        let rules = [
            horizontal(0, 0, 300), horizontal(20, 0, 300), horizontal(40, 0, 300),
            vertical(0, 0, 40), vertical(100, 0, 20), vertical(200, 0, 40), vertical(300, 0, 40),
        ]
        let glyphs = [glyph("1", 10, 5), glyph("ก", 110, 5), glyph("9", 210, 5),
                      glyph("ร", 90, 25), glyph("9", 210, 25)]
        XCTAssertEqual(cells(glyphs, rules), [[["1", "ก", "9"], ["ร", "", "9"]]])
    }

    func testTextBesideABoxUnderOneColumnStandsInItsColumn() {
        // Below the table, a box under the last column holds the total; its label stands to
        // the box's left, under the middle column, with no rule around it.
        let rules = [
            horizontal(0, 0, 300), horizontal(20, 0, 300), horizontal(40, 200, 300),
            vertical(0, 0, 20), vertical(100, 0, 20), vertical(200, 0, 40), vertical(300, 0, 40),
        ]
        let glyphs = [glyph("ก", 10, 5), glyph("ข", 110, 5), glyph("1", 210, 5),
                      glyph("ร", 150, 25), glyph("9", 210, 25)]
        XCTAssertEqual(cells(glyphs, rules), [[["ก", "ข", "1"], ["", "ร", "9"]]])
    }

    /// One ruled row 50 pt high over three columns.
    private let band = [
        Rect(x0: 0, y0: 0, x1: 300, y1: 0), Rect(x0: 0, y0: 50, x1: 300, y1: 50),
        Rect(x0: 0, y0: 0, x1: 0, y1: 50), Rect(x0: 100, y0: 0, x1: 100, y1: 50),
        Rect(x0: 200, y0: 0, x1: 200, y1: 50), Rect(x0: 300, y0: 0, x1: 300, y1: 50),
    ]

    func testItemsRuledAsOneGroupComeOutAsRowsOfTheirOwn() {
        // A group label with no numbers, then two items, each with a number in both columns
        // of numbers on its own line; the second item's label wraps.
        let glyphs = [glyph("ห", 10, 3), glyph("ก", 10, 16), glyph("7", 110, 16), glyph("8", 210, 16),
                      glyph("ข", 10, 29), glyph("-", 110, 29), glyph("9", 210, 29), glyph("ค", 10, 40)]
        XCTAssertEqual(cells(glyphs, band), [[["ห", "", ""], ["ก", "7", "8"], ["ขค", "-", "9"]]])
    }

    func testAnOutcomeAndItsOneIndicatorAreRowsOfTheirOwn() {
        // An outcome over two lines, then its one indicator, indented, with the only line of
        // numbers: the numbers stand a line off the middle, beside a line that starts a paragraph.
        let glyphs = [glyph("ห", 10, 3), glyph("ก", 10, 16), glyph("ข", 25, 29), glyph("7", 110, 29), glyph("8", 210, 29)]
        XCTAssertEqual(cells(glyphs, band), [[["หก", "", ""], ["ข", "7", "8"]]])
    }

    func testNumbersBesideAWrappedLabelKeepTheRowWhole() {
        // A label over three lines with its numbers centred beside the middle one: one row.
        let centred = [glyph("ห", 10, 3), glyph("ก", 10, 16), glyph("ข", 10, 29), glyph("7", 110, 16), glyph("8", 210, 16)]
        XCTAssertEqual(cells(centred, band), [[["หกข", "7", "8"]]])
        // Its numbers beside the last line, which starts where the line above does: one row.
        let below = [glyph("ห", 10, 3), glyph("ก", 10, 16), glyph("ข", 10, 29), glyph("7", 110, 29), glyph("8", 210, 29)]
        XCTAssertEqual(cells(below, band), [[["หกข", "7", "8"]]])
    }

    func testAPlanAndItsResultInOneColumnKeepTheRowWhole() {
        // 80 and, below it, (80) in the first year's column only: one row.
        let glyphs = [glyph("ก", 10, 5), glyph("ข", 10, 18), glyph("8", 110, 5), glyph("(", 110, 18), glyph("8", 118, 18),
                      glyph(")", 126, 18), glyph("9", 210, 5)]
        XCTAssertEqual(cells(glyphs, band), [[["กข", "8 (8)", "9"]]])
        // In two years' columns: still one item.
        let both = glyphs.dropLast() + [glyph("9", 210, 5), glyph("(", 210, 18), glyph("9", 218, 18), glyph(")", 226, 18)]
        XCTAssertEqual(cells(Array(both), band), [[["กข", "8 (8)", "9 (9)"]]])
    }

    func testBoxesJoinedByLinesAreNoTable() {
        // An organisation chart: one box, three under it, two under those, joined by
        // connector lines, so that all its lines touch. Its boxes stand each on edges of their
        // own: no row crosses half the edges of all of them.
        func box(_ x0: Double, _ x1: Double, _ y0: Double, _ y1: Double) -> [Rect] {
            [horizontal(y0, x0, x1), horizontal(y1, x0, x1), vertical(x0, y0, y1), vertical(x1, y0, y1)]
        }
        let rules = box(110, 190, 0, 20) + [vertical(150, 20, 30), horizontal(30, 40, 260)]
            + [vertical(40, 30, 40), vertical(150, 30, 40), vertical(260, 30, 40)]
            + box(0, 80, 40, 60) + box(110, 190, 40, 60) + box(220, 300, 40, 60)
            + [vertical(150, 60, 70), horizontal(70, 90, 210), vertical(90, 70, 80), vertical(210, 70, 80)]
            + box(50, 130, 80, 100) + box(170, 250, 80, 100)
        let glyphs = [glyph("ก", 140, 5), glyph("ข", 10, 45), glyph("ค", 120, 45), glyph("ง", 230, 45),
                      glyph("จ", 60, 85), glyph("ฉ", 180, 85)]
        let layout = builder.build(glyphs: glyphs, rules: rules, pageNumber: 1)
        XCTAssertTrue(layout.lines.allSatisfy { $0.table == nil })
        XCTAssertEqual(layout.lines.count, 3)
    }

    func testAFrameOfOneCellIsNotATable() {
        // A frame around a chart's title: its text stays prose.
        let rules = [horizontal(0, 0, 300), horizontal(100, 0, 300), vertical(0, 0, 100), vertical(300, 0, 100)]
        let layout = builder.build(glyphs: [glyph("ก", 10, 5), glyph("1", 150, 50)], rules: rules, pageNumber: 1)
        XCTAssertTrue(layout.lines.allSatisfy { $0.table == nil })
        XCTAssertEqual(layout.tableFragments(settings: LayoutSettings()).count, 0)
        // Split by a rule, one column still is.
        let split = rules + [horizontal(50, 0, 300)]
        XCTAssertTrue(builder.build(glyphs: [glyph("ก", 10, 5)], rules: split, pageNumber: 1).lines.allSatisfy { $0.table == nil })
    }
}

final class RuledTableMergerTests: XCTestCase {
    private func row(_ texts: String...) -> TableRow {
        TableRow(cells: texts.map { TableCell(text: $0) })
    }

    func testATwoRowHeaderRepeatedOnTheNextPageIsDroppedWhole() {
        let header = [row("แผนงาน", "งบรายจ่าย", ""), row("", "งบบุคลากร", "รวม")]
        let tables = TableMerger().merge([
            TableFragment(rows: header + [row("1. ก", "-", "78.4590")], page: 1, followsPrevious: false, ruled: true),
            TableFragment(rows: header + [row("2. ข", "-", "80.4378")], page: 2, followsPrevious: true, ruled: true),
        ])
        XCTAssertEqual(tables.count, 1)
        XCTAssertEqual(tables[0].rows.map { $0.cells.map(\.text) }, [
            ["แผนงาน", "งบรายจ่าย", ""], ["", "งบบุคลากร", "รวม"], ["1. ก", "-", "78.4590"], ["2. ข", "-", "80.4378"],
        ])
        XCTAssertEqual(tables[0].pages, [1, 2])
    }

    func testARuledTableAndAnUnruledOneAreNeverOneTable() {
        let ruled = TableFragment(rows: [row("ก", "ข", "ค"), row("1", "2", "3")], page: 1, followsPrevious: false, ruled: true)
        // The same columns, even the header again: still another table.
        let unruled = TableFragment(rows: [row("ก", "ข", "ค"), row("4", "5", "6")], page: 2, followsPrevious: true)
        XCTAssertEqual(TableMerger().merge([ruled, unruled]).count, 2)
        // Fewer columns: not spread over the ruled table's columns either.
        let narrow = TableFragment(rows: [row("3 สรุป", "2565")], page: 2, followsPrevious: true)
        XCTAssertEqual(TableMerger().merge([ruled, narrow]).count, 2)
    }

    func testAGroupHeadingAtTheTopOfAPageStartsARowOfItsOwn() {
        // The table numbers its rows, but its group headings have no number and no score; one
        // more such heading at the top of the next page is not the rest of the row above.
        let tables = TableMerger().merge([
            TableFragment(rows: [row("ตัวชี้วัด", "คะแนน"), row("แบบวัด (IIT)", ""), row("1.การปฏิบัติหน้าที่", "100"),
                                 row("5.การแก้ไขปัญหา", "100")], page: 3, followsPrevious: false, ruled: true),
            TableFragment(rows: [row("ตัวชี้วัด", "คะแนน"), row("แบบวัด (EIT)", ""), row("6.คุณภาพ", "98.71")],
                          page: 4, followsPrevious: true, ruled: true),
        ])
        XCTAssertEqual(tables.count, 1)
        XCTAssertEqual(tables[0].rows.map { $0.cells[0].text },
                       ["ตัวชี้วัด", "แบบวัด (IIT)", "1.การปฏิบัติหน้าที่", "5.การแก้ไขปัญหา", "แบบวัด (EIT)", "6.คุณภาพ"])
    }

    func testARowCutAfterTheTablesFirstRowIsJoinedWhenTheRowsBelowAreNumbered() {
        // One row above to judge the numbering by; the rows after the cut are numbered too.
        let tables = TableMerger().merge([
            TableFragment(rows: [row("ตัวชี้วัด", "ผลการวิเคราะห์"), row("3.1 จุดแข็ง", "จากผลคะแนน")],
                          page: 3, followsPrevious: false, ruled: true),
            TableFragment(rows: [row("ตัวชี้วัด", "ผลการวิเคราะห์"), row("จำนวน 9 ตัวชี้วัด", "ในหน่วยงาน"),
                                 row("2.การใช้งบประมาณ", "จาก"), row("3.การใช้อำนาจ", "จาก")],
                          page: 4, followsPrevious: true, ruled: true),
        ])
        XCTAssertEqual(tables[0].rows.map { $0.cells[0].text },
                       ["ตัวชี้วัด", "3.1 จุดแข็งจำนวน 9 ตัวชี้วัด", "2.การใช้งบประมาณ", "3.การใช้อำนาจ"])
    }
}
