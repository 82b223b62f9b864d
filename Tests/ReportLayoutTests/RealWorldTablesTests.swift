import Foundation
import PDFText
import ReportLayout
import XCTest

/// Ruled tables of a real agency PDF (../shared/realworld, not in the repository): each row
/// one row with its cells, numbers intact, a table whole across a page break.
final class RealWorldTablesTests: XCTestCase {
    func testProcurementTablesOfTheEB1Report() throws {
        let path = Paths.realWorld.appendingPathComponent("ita_nysso_eb1-1.2_procurement-analysis-fy2562.pdf").path
        guard FileManager.default.fileExists(atPath: path) else {
            throw XCTSkip("../shared/realworld is absent: the real agency PDFs are not redistributable")
        }
        let tables = try DocumentContentReader().read(PDFDocument(path: path)).tables
        // The budget table runs from page 4 onto page 5: one table, nine rows and a total.
        let budget = try XCTUnwrap(tables.first { $0.rows.first?.cells.last?.text.contains("วงเงินที่ได้รับ") ?? false })
        XCTAssertEqual(budget.pages, [4, 5])
        XCTAssertEqual(budget.rows.count, 10)
        XCTAssertTrue(budget.rows.allSatisfy { $0.cells.count == 3 })
        XCTAssertEqual(budget.rows.dropFirst().map { $0.cells[0].text }, ["๑", "๒", "๓", "๔", "๕", "๖", "๗", "๘", "รวม"])
        XCTAssertEqual(budget.rows.dropFirst().map { $0.cells[2].text },
                       ["๒๕๐,๐๐๐.๐๐", "๑๔๐,๐๐๐.๐๐", "๑๖๐,๐๐๐.๐๐", "๑๐,๐๐๐.๐๐", "๒๐,๐๐๐.๐๐", "๔,๐๐๐.๐๐", "๙,๗๖๐.๐๐", "๒๘๐,๐๐๐.๐๐", "๘๗๓,๗๖๐.๐๐"])
        // Procurement by method: five columns, numbers in each.
        let methods = try XCTUnwrap(tables.first { $0.columnCount == 5 })
        XCTAssertEqual(methods.rows.map(\.cells.count), [5, 5, 5, 5])
        XCTAssertEqual(methods.rows[1].cells.map(\.text), ["๑", "การจัดซื้อจัดจ้างแบบเฉพาะเจาะจง", "๖", "๕๘๑,๐๙๖.๐๐", "๖๗.๕๑"])
        XCTAssertEqual(methods.rows[3].cells.last?.text, "๑๐๐")
    }

    func testServiceTargetTableOfTheBudgetVolume() throws {
        let path = Paths.realWorld.appendingPathComponent("budget_fy2565_doc3_vol17_other-state-agencies_indesign.pdf").path
        guard FileManager.default.fileExists(atPath: path) else {
            throw XCTSkip("../shared/realworld is absent: the real agency PDFs are not redistributable")
        }
        let document = try PDFDocument(path: path)
        let layout = PDFTextReader().layout(of: try document.page(16))
        let tables = TableMerger().merge(layout.tableFragments(settings: LayoutSettings()))
        // Page 16: service targets and budget, years 2564–2568, checked against the page.
        let targets = try XCTUnwrap(tables.first { $0.rows.contains { $0.cells.contains { $0.text == "191.9762" } } })
        XCTAssertEqual(targets.rows.count, 11)
        XCTAssertEqual(targets.rows[1].cells.dropFirst().map(\.text), ["หน่วยนับ", "ปี 2564", "ปี 2565", "ปี 2566", "ปี 2567", "ปี 2568"])
        XCTAssertEqual(targets.rows[2].cells.dropFirst().map(\.text), ["ล้านบาท", "191.9762", "166.5767", "161.3478", "166.3378", "171.6272"])
        XCTAssertEqual(targets.rows[4].cells.dropFirst(2).map(\.text), ["-", "-", "-", "-", "-"])
        // The four numbered goals are one cell of one row, in four paragraphs.
        XCTAssertTrue(targets.rows[5].cells[0].text.hasPrefix("1. สามารถ"))
        XCTAssertTrue(targets.rows[5].cells[0].text.contains("4. ประชาชน"))
        XCTAssertEqual(targets.rows[7].cells.dropFirst().map(\.text), ["หน่วยงาน", "-", "6", "7", "8", "9"])
        XCTAssertEqual(targets.rows[10].cells.first?.text, "เงินนอกงบประมาณ")
    }
}
