import PDFText
import ReportLayout
import XCTest

/// The measures table read from its text's alignment, where one page alone does not show its
/// columns right (issue 16): rendered without rulings or ruled with horizontal lines only, in
/// Norasi (Tests/Fixtures/pdf, seed lines 111–130: the measures header and measures 1–5).
final class TableColumnsAcrossPagesTests: XCTestCase {
    private func measures(_ fixture: String) throws -> Table {
        let path = Paths.fixtures.appendingPathComponent(fixture + ".pdf").path
        let tables = try DocumentContentReader().read(PDFDocument(path: path)).tables
        return try XCTUnwrap(tables.first { $0.rows.first?.cells.first?.text == "ตัวชี้วัด" },
                             tables.map { "\($0.rows.count)x\($0.columnCount)" }.joined(separator: " "))
    }

    /// The page's text as `ita text` writes it, page by page.
    private func pages(_ fixture: String) throws -> [String] {
        let document = try PDFDocument(path: Paths.fixtures.appendingPathComponent(fixture + ".pdf").path)
        var pages: [String] = []
        try DocumentTextWriter().write(document, pages: 1...document.pageCount) { pages.append($0) }
        return pages
    }

    private func compact(_ text: String) -> String { text.filter { !$0.isWhitespace } }

    /// Each row's period and the header's period heading, spaces aside.
    private func periods(of table: Table) -> [String] {
        table.rows.map { row in row.cells.count > 4 ? compact(row.cells[4].text) : "" }
    }

    /// On a wide page every period cell wraps alike (`1 ตุลาคม` / `2568 ถึง 30` / `กันยายน
    /// 2569`): the space before `30` lines up in every row, under the heading `ระยะเวลาใน` /
    /// `การดำเนินการ`, which crosses it. That heading is one column's, wrapped; a heading over
    /// two columns has a sub-heading over each.
    func testAHeadingWrappedInItsColumnIsNoHeadingOverTwo() throws {
        let table = try measures("norasi-unruled-landscape-wide")
        XCTAssertEqual(table.columnCount, 6)
        XCTAssertEqual(table.rows.count, 6)
        let periods = periods(of: table)
        XCTAssertEqual(periods.first, "ระยะเวลาในการดำเนินการ")
        for period in periods.dropFirst() { XCTAssertEqual(period, "1ตุลาคม2568ถึง30กันยายน2569") }
    }

    /// A table starting low on a page: its header and a cut first row alone there leave too
    /// few lines for the narrow column edges to line up, which the next page's rows show. The
    /// first page is read with the next page's columns, where its own lines leave them open.
    func testATableStartingLowTakesTheNextPagesColumnsWithoutRulings() throws {
        let table = try measures("norasi-unruled-justify-low")
        XCTAssertEqual(table.columnCount, 6)
        XCTAssertEqual(table.rows.count, 6)
        XCTAssertEqual(periods(of: table)[1], "1ตุลาคม2568ถึง30กันยายน2569")
        XCTAssertEqual(compact(table.rows[1].cells[0].text), "1.การปฏิบัติหน้าที่")
    }

    func testATableStartingLowTakesTheNextPagesColumnsWithHorizontalRules() throws {
        let table = try measures("norasi-hrules-landscape-low")
        XCTAssertEqual(table.columnCount, 6)
        XCTAssertEqual(table.rows.count, 6)
        XCTAssertEqual(periods(of: table)[1], "1ตุลาคม2568ถึง30กันยายน2569")
        XCTAssertEqual(compact(table.rows[1].cells[0].text), "1.การปฏิบัติหน้าที่")
    }

    /// `ita text` reads the first page with the next page's columns too: its header is one
    /// line of six cells.
    func testTheTextOfATableStartingLowHasItsColumnsOnItsFirstPage() throws {
        for fixture in ["norasi-unruled-justify-low", "norasi-hrules-landscape-low"] {
            let pages = try pages(fixture)
            let first = try XCTUnwrap(pages.firstIndex { $0.contains("ตัวชี้วัด") }, fixture)
            let header = try XCTUnwrap(pages[first].split(separator: "\n").first { $0.hasPrefix("ตัวชี้วัด") })
            XCTAssertEqual(header.split(separator: "\t", omittingEmptySubsequences: false).count, 6, "\(fixture): \(header)")
        }
    }

    /// A two-row header (`ผลการวิเคราะห์ตัวชี้วัดตาม` over `หลักเกณฑ์การประเมิน ITA`) read as two
    /// rows on the page a table ruled with horizontal lines only starts low on (from its text's
    /// alignment), and as one on the next (between rules): that one row is its repeat, dropped,
    /// and the first row the page break cut is joined.
    func testATwoRowHeaderRepeatedAsOneRowIsDropped() throws {
        let table = try measures("sawasdee-hrules-2rowheader-low")
        XCTAssertEqual(table.columnCount, 6)
        XCTAssertEqual(table.rows.count, 7)
        XCTAssertEqual(compact(table.rows[1].cells[2].text), "หลักเกณฑ์การประเมินITA")
        XCTAssertEqual(compact(table.rows[2].cells[0].text), "1.การปฏิบัติหน้าที่")
        XCTAssertEqual(periods(of: table)[2], "1ตุลาคม2568ถึง30กันยายน2569")
        XCTAssertEqual(compact(table.rows[3].cells[0].text), "2.การใช้งบประมาณ")
    }

    /// The next section's heading right under the last rule of a table ruled row by row, the
    /// page's text going on below it, is no row of the table.
    func testAHeadingUnderATablesLastRuleIsNoRow() throws {
        let path = Paths.fixtures.appendingPathComponent("norasi-hrules-landscape-scores.pdf").path
        let tables = try DocumentContentReader().read(PDFDocument(path: path)).tables
        let scores = try XCTUnwrap(tables.first { $0.rows.first.map { compact($0.cells[0].text) } == "ตัวชี้วัดการประเมินITA" })
        XCTAssertEqual(scores.rows.count, 14)
        XCTAssertEqual(scores.rows.last.map { compact($0.cells[0].text) }, "10.การป้องกันการทุจริต")
        XCTAssertFalse(tables.contains { $0.rows.contains { $0.cells.contains { $0.text.contains("3.การวิเคราะห์") } } })
    }
}
