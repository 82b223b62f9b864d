import PDFText
import ReportLayout
import XCTest

/// The indicator table of an item-level report drawn without rulings, cut by a page break after
/// indicator 8 (Tests/Fixtures/kinds, Sawasdee, landscape): on the next page indicators 9 and 10
/// number their rows `9` and `10`, and `10` is wider than the column's `1`–`8`. The column edge
/// of the page before must not cut it: a word over an edge keeps the edge from carrying on.
final class CarriedColumnEdgeTests: XCTestCase {
    func testANumberWiderThanItsColumnIsNotCutByThePageBeforesEdge() throws {
        let path = Paths.packageRoot.appendingPathComponent("Tests/Fixtures/kinds/b-khoksamran-2566-sawasdee.pdf").path
        let content = try DocumentContentReader().read(PDFDocument(path: path))
        let indicators = try XCTUnwrap(content.tables.first { table in
            table.rows.first?.cells.contains { $0.text.contains("คะแนนรายตัวชี้วัด") } ?? false
        })
        let texts = indicators.rows.flatMap { $0.cells.map(\.text) }
        XCTAssertTrue(texts.contains { $0.contains("10 การป้องกันการทุจริต") || $0 == "10" }, texts.joined(separator: " | "))
        XCTAssertFalse(texts.contains { $0.hasPrefix("0 การป้องกัน") || $0.hasSuffix(" 1") }, texts.joined(separator: " | "))
    }
}
