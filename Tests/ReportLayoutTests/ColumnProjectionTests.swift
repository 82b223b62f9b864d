import PDFText
@testable import ReportLayout
import XCTest

/// A page of a table drawn without rulings on which one column's edge did not show.
final class ColumnProjectionTests: XCTestCase {
    private func cell(_ text: String, _ x0: Double, _ x1: Double, y: Double = 0) -> TableCell {
        TableCell(text: text, page: 1, rect: Rect(x0: x0, y0: y, x1: x1, y1: y + 20))
    }

    /// The measures table's header and a row on page 1, in four columns.
    private var firstPage: TableFragment {
        TableFragment(rows: [
            TableRow(cells: [cell("ตัวชี้วัด", 60, 125), cell("ขั้นตอน", 125, 440), cell("ระยะเวลา", 440, 620), cell("ผู้รับผิดชอบ", 620, 780)]),
            TableRow(cells: [cell("1.การปฏิบัติหน้าที่", 60, 125, y: 30), cell("1.จัดให้มี", 125, 440, y: 30),
                             cell("1 ตุลาคม 2568 ถึง", 440, 620, y: 30), cell("สำนักปลัด", 620, 780, y: 30)]),
        ], page: 1, followsPrevious: false)
    }

    func testAPageWithoutOneColumnsEdgeIsSpreadOverTheTablesColumns() {
        // Page 2: the responsible column is empty, so its channel merged with the period's; the
        // header there holds the same words cut otherwise.
        let secondPage = TableFragment(rows: [
            TableRow(cells: [cell("ตัวชี้วัด", 60, 125), cell("ขั้นตอน", 125, 440), cell("ระยะ ผู้รับ\nเวลา ผิดชอบ", 440, 780)]),
            TableRow(cells: [cell("", 60, 125, y: 30), cell("2.เผยแพร่", 125, 440, y: 30), cell("30 กันยายน 2569", 440, 610, y: 30)]),
            TableRow(cells: [cell("2.การใช้งบประมาณ", 60, 125, y: 60), cell("1.จัดให้มี", 125, 440, y: 60), cell("1 ตุลาคม", 440, 600, y: 60)]),
        ], page: 2, followsPrevious: true)
        let tables = TableMerger().merge([firstPage, secondPage])
        XCTAssertEqual(tables.count, 1)
        XCTAssertEqual(tables[0].pages, [1, 2])
        XCTAssertEqual(tables[0].rows.map { $0.cells.map(\.text) }, [
            ["ตัวชี้วัด", "ขั้นตอน", "ระยะเวลา", "ผู้รับผิดชอบ"],
            ["1.การปฏิบัติหน้าที่", "1.จัดให้มี 2.เผยแพร่", "1 ตุลาคม 2568 ถึง 30 กันยายน 2569", "สำนักปลัด"],
            ["2.การใช้งบประมาณ", "1.จัดให้มี", "1 ตุลาคม", ""],
        ])
        XCTAssertEqual(tables[0].rows[2].cells[3].rect?.x0, 620)
    }

    func testACellOverNoSingleColumnIsNotProjected() {
        let fragment = TableFragment(rows: [TableRow(cells: [cell("ก", 60, 125), cell("ข", 125, 780)])], page: 2, followsPrevious: true)
        let columns = [60.0...125.0, 125.0...440.0, 440.0...620.0, 620.0...780.0]
        // 125–780 lies over three columns, over none by half its width.
        XCTAssertNil(ColumnProjection().project(fragment, onto: columns))
    }

    func testAHeaderCutIntoOtherCellsHoldsTheSameText() {
        let header = TableRow(cells: [TableCell(text: "ระยะเวลา"), TableCell(text: "ผู้รับผิดชอบ")])
        XCTAssertTrue(TableRow(cells: [TableCell(text: "ระยะ ผู้รับ\nเวลา ผิดชอบ")]).holdsTheSameText(as: header))
        XCTAssertFalse(TableRow(cells: [TableCell(text: "ระยะเวลา")]).holdsTheSameText(as: header))
    }
}
