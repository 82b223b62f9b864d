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

    private func realWorldTables(_ file: String) throws -> [Table] {
        let path = Paths.realWorld.appendingPathComponent(file).path
        guard FileManager.default.fileExists(atPath: path) else {
            throw XCTSkip("../shared/realworld is absent: the real agency PDFs are not redistributable")
        }
        return try DocumentContentReader().read(PDFDocument(path: path)).tables
    }

    private let budgetVolume = "budget_fy2565_doc3_vol17_other-state-agencies_indesign.pdf"

    func testTheEB1ReportHasNoFramesForTablesAndItsMergedCellsKeepTheColumns() throws {
        let tables = try realWorldTables("ita_nysso_eb1-1.2_procurement-analysis-fy2562.pdf")
        // Its four ruled tables; the frames around its three charts are none.
        XCTAssertEqual(tables.map(\.columnCount), [3, 5, 4, 3])
        XCTAssertTrue(tables.allSatisfy { table in table.rows.allSatisfy { $0.cells.count == table.columnCount } })
        // Page 6: the total's label is drawn over the first two columns.
        let byCategory = tables[2]
        XCTAssertEqual(byCategory.rows.count, 8)
        XCTAssertEqual(byCategory.rows[7].cells.map(\.text), ["รวม", "", "๘๖๐,๗๔๖.๔๔", "๑๐๐.๐๐"])
        // Page 8: a title row over all three columns, then a header and two rows of figures.
        let savings = tables[3]
        XCTAssertEqual(savings.rows.count, 4)
        XCTAssertEqual(savings.rows[0].cells.dropFirst().map(\.text), ["", ""])
        XCTAssertEqual(savings.rows[2].cells.map(\.text), ["๘๗๓,๗๖๐.00", "๘๖๐,๗๖๔.๔๔", "๑๓,๐๑๓.๕๖"])
    }

    func testTablesRuledWithHorizontalLinesOnly() throws {
        let tables = try realWorldTables(budgetVolume)
        // Page 9: the volume's budget, ruled above and below its header and under its last row;
        // then the budget by agency, ruled twice above its header and once below, not under its
        // last row. Each year's cell is an amount and its unit.
        let volume = tables.filter { $0.pages == [9] }
        XCTAssertEqual(volume.map { $0.rows.map { $0.cells.map(\.text) } }, [
            [["งบประมาณ", "ปี 2564", "ปี 2565"],
             ["งบประมาณรายจ่าย", "563,199,600 บาท", "478,966,500 บาท"],
             ["เงินนอกงบประมาณ*", "- บาท", "- บาท"]],
            [["ส่วนราชการ", "478,966,500.00 บาท"],
             ["1. สำนักงานคณะกรรมการการแข่งขันทางการค้า", "166,576,700 บาท"],
             ["2. สำนักงานสภาเกษตรกรแห่งชาติ", "312,389,800 บาท"]],
        ])
        // Pages 13 and 27: each agency's budget, the footnote under it and the vision below
        // left out.
        for (page, amounts) in [(13, ["191,976,200 บาท", "166,576,700 บาท"]), (27, ["371,223,400 บาท", "312,389,800 บาท"])] {
            let budget = try XCTUnwrap(tables.first { $0.pages == [page] }, "page \(page)")
            XCTAssertEqual(budget.rows.map { $0.cells.map(\.text) }, [
                ["งบประมาณ", "ปี 2564", "ปี 2565"],
                ["งบประมาณรายจ่าย"] + amounts,
                ["เงินนอกงบประมาณ*", "- บาท", "- บาท"],
            ], "page \(page)")
        }
    }

    func testBudgetTablesWithTwoLevelHeaders() throws {
        let tables = try realWorldTables(budgetVolume)
        // Page 17: plan and output over two header rows, "budget by type" over six columns.
        let plans = try XCTUnwrap(tables.first { $0.pages == [17] && $0.columnCount == 7 })
        XCTAssertEqual(plans.rows.count, 8)
        XCTAssertTrue(plans.rows.allSatisfy { $0.cells.count == 7 })
        XCTAssertTrue(plans.rows[0].cells[0].text.hasPrefix("แผนงาน"))
        XCTAssertTrue(plans.rows[0].cells[0].text.hasSuffix("ผลผลิต / โครงการ"))
        XCTAssertEqual(plans.rows[0].cells.dropFirst().map(\.text), ["งบรายจ่าย", "", "", "", "", ""])
        XCTAssertEqual(plans.rows[1].cells.first?.text, "")
        XCTAssertEqual(plans.rows[1].cells.last?.text, "รวม")
        XCTAssertEqual(plans.rows[2].cells.dropFirst().map(\.text), ["-", "-", "-", "166.5767", "-", "166.5767"])
        XCTAssertEqual(plans.rows[7].cells.dropFirst().map(\.text), ["-", "-", "-", "7.6799", "-", "7.6799"])
        // Its last row's item wraps over three lines: one cell.
        XCTAssertEqual(plans.rows[7].cells[0].text.components(separatedBy: "โครงการ").count, 3)
        // Page 18: the source column over both header rows, budget over one year, estimates over four.
        let sources = try XCTUnwrap(tables.first { $0.pages == [18] })
        XCTAssertEqual(sources.rows.count, 9)
        XCTAssertEqual(sources.rows[0].cells.map(\.text).filter(\.isEmpty).count, 3)
        XCTAssertEqual(sources.rows[1].cells.map(\.text), ["", "ปี 2564", "ปี 2565", "ปี 2566", "ปี 2567", "ปี 2568"])
        XCTAssertEqual(sources.rows[6].cells.dropFirst().map(\.text), ["73.1750", "78.4590", "83.1665", "88.1565", "93.4459"])
    }

    func testBudgetItemsRuledAsOneGroupAreRowsOfTheirOwn() throws {
        let tables = try realWorldTables(budgetVolume)
        // Page 11: rulings only between groups; each budget line is a row of nine cells.
        let byAgency = try XCTUnwrap(tables.first { $0.pages == [11] && $0.columnCount == 9 })
        XCTAssertEqual(byAgency.rows.count, 13)
        XCTAssertEqual(byAgency.rows[2].cells.dropFirst().map(\.text), ["282.8268", "-", "-", "-", "204.3678", "-", "78.4590", "-"])
        XCTAssertTrue(byAgency.rows[6].cells[0].text.hasPrefix("1. สำนักงาน"))
        XCTAssertEqual(byAgency.rows[12].cells.dropFirst().map(\.text), ["4.0847", "-", "-", "-", "4.0847", "-", "-", "-"])
        // Page 10: three plans per strategy, and the total in a box under the last column with
        // its label beside it; the page after starts with no ruled table.
        let strategies = try XCTUnwrap(tables.first { $0.rows.last?.cells.last?.text == "478.9665" })
        XCTAssertEqual(strategies.pages, [10])
        XCTAssertEqual(strategies.rows.count, 8)
        XCTAssertEqual(strategies.rows.dropFirst().dropLast().map { $0.cells.last?.text },
                       ["204.3678", "103.9373", "4.0847", "78.4590", "80.4378", "7.6799"])
        XCTAssertEqual(strategies.rows[7].cells.prefix(4).map(\.text), ["", "", "", ""])
        XCTAssertTrue(strategies.rows[7].cells[4].text.hasPrefix("รวม"))
        // Pages 42–43: one outcome, its indicators each a row with their targets.
        let outcomes = try XCTUnwrap(tables.first { $0.pages == [42, 43] })
        XCTAssertTrue(outcomes.rows.allSatisfy { $0.cells.count == 4 })
        XCTAssertTrue(outcomes.rows[2].cells[0].text.hasPrefix("(1) ผลสัมฤทธิ"))
        XCTAssertEqual(outcomes.rows[3].cells.dropFirst().map(\.text), ["ราย", "3,579,725", "3,647,129"])
        XCTAssertEqual(outcomes.rows[6].cells.dropFirst().map(\.text), ["ขวด", "60,000", "60,000"])
        // Page 21: a plan with its result below it in one year's column stays one row.
        let indicators = try XCTUnwrap(tables.first { $0.pages == [21] && $0.columnCount == 7 })
        XCTAssertEqual(indicators.rows.count, 12)
        XCTAssertEqual(indicators.rows[2].cells[2].text.filter { !$0.isWhitespace }, "80(80)")
    }

    func testAnOutcomeAndItsOneIndicatorAreRowsOfTheirOwn() throws {
        let tables = try realWorldTables(budgetVolume)
        // Pages 28 and 76: an outcome's label over two or four lines, then its one indicator,
        // indented, with the table's only line of targets: two rows of four cells.
        for page in [28, 76] {
            let outcomes = try XCTUnwrap(tables.first { $0.pages == [page] && $0.columnCount == 4 })
            XCTAssertEqual(outcomes.rows.count, 4, "page \(page)")
            XCTAssertTrue(outcomes.rows.allSatisfy { $0.cells.count == 4 })
            XCTAssertTrue(outcomes.rows[2].cells[0].text.hasPrefix("(1) ผลสัมฤทธิ"))
            XCTAssertEqual(outcomes.rows[2].cells.dropFirst().map(\.text), ["", "", ""])
            XCTAssertTrue(outcomes.rows[3].cells[0].text.hasPrefix("- ตัวชี"))
        }
        let page28 = try XCTUnwrap(tables.first { $0.pages == [28] })
        XCTAssertEqual(page28.rows[3].cells.dropFirst().map(\.text), ["ร้อยละ", "65", "65"])
        let page76 = try XCTUnwrap(tables.first { $0.pages == [76] })
        XCTAssertEqual(page76.rows[3].cells.dropFirst().map(\.text), ["เรือง", "30,000", "30,000"])
    }

    func testABudgetTableOverThreePagesWithItsTwoRowHeaderRepeated() throws {
        let tables = try realWorldTables(budgetVolume)
        let targets = try XCTUnwrap(tables.first { $0.pages == [45, 46, 47] })
        XCTAssertEqual(targets.rows.count, 55)
        XCTAssertTrue(targets.rows.allSatisfy { $0.cells.count == 7 })
        // The header's second row once, not again on pages 46 and 47, nor joined to a row.
        XCTAssertEqual(targets.rows.filter { $0.cells[1].text.contains("หน่วยนับ") }.count, 1)
        let lastOfPage45 = try XCTUnwrap(targets.rows.first { $0.cells[2].text == "10,808.0549" })
        XCTAssertEqual(lastOfPage45.cells.dropFirst().map(\.text), ["ล้านบาท", "10,808.0549", "10,657.4922", "10,461.1877", "10,297.3300", "10,297.3300"])
    }
}
