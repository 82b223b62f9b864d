import Foundation
import PDFText
import ReportLayout
import XCTest

/// Pages read by several poppler documents at once give what one document reading them in turn
/// gives: the same text, page for page, and the same content for the parser.
final class ParallelReadingTests: XCTestCase {
    /// The sample, and fixtures whose tables are drawn without rulings (their columns carried
    /// over a page break) and in other fonts.
    private static let pdfs = [Paths.samplePDF] + ["norasi-unruled-landscape.pdf", "tlwgtypist-unruled.pdf", "garuda-ruled.pdf"]
        .map { Paths.fixtures.appendingPathComponent($0).path }

    private func text(of path: String, workers: Int, pages: ClosedRange<Int>? = nil) throws -> [String] {
        let document = try PDFDocument(path: path)
        var written: [String] = []
        try DocumentTextWriter(workers: workers).write(document, pages: pages ?? 1...document.pageCount) { written.append($0) }
        return written
    }

    func testTextIsTheSameWithOneWorkerOrSeveral() throws {
        for path in Self.pdfs {
            let alone = try text(of: path, workers: 1)
            for workers in [2, 3] {
                XCTAssertEqual(try text(of: path, workers: workers), alone, "\(path), \(workers) workers")
            }
        }
    }

    func testTheseFixturesHaveAnUnruledTableCarriedOverAPageBreak() throws {
        // So that the tests above see a page laid out again with the columns of the page before.
        let reader = PDFTextReader()
        let carried = try Self.pdfs.reduce(0) { count, path in
            let document = try PDFDocument(path: path)
            return try count + (1...document.pageCount).filter { !reader.layout(of: try document.page($0)).unruledChannelsAtFoot.isEmpty }.count
        }
        XCTAssertGreaterThan(carried, 0)
    }

    func testAPageRangeIsTheSameWithOneWorkerOrSeveral() throws {
        XCTAssertEqual(try text(of: Paths.samplePDF, workers: 3, pages: 17...20), try text(of: Paths.samplePDF, workers: 1, pages: 17...20))
    }

    func testPagesStayInOrderAndARowCutByABreakIsJoined() throws {
        let pages = try text(of: Paths.samplePDF, workers: 4)
        XCTAssertEqual(pages.count, 25)
        // Measure 8's row starts at the foot of page 18 and goes on at the top of page 19.
        XCTAssertTrue(pages[17].contains("8.การปรับปรุงกระบวนการทำงาน\t"), String(pages[17].suffix(300)))
        XCTAssertTrue(pages[18].hasPrefix("9.การเปิดเผย"), String(pages[18].prefix(100)))
    }

    func testContentIsTheSameWithOneWorkerOrSeveral() throws {
        for path in Self.pdfs {
            let alone = try DocumentContentReader(workers: 1).read(PDFDocument(path: path))
            let several = try DocumentContentReader(workers: 3).read(PDFDocument(path: path))
            XCTAssertEqual(several.lines, alone.lines, path)
            XCTAssertEqual(several.visualLines, alone.visualLines, path)
            XCTAssertEqual(several.tables, alone.tables, path)
            XCTAssertEqual(several.pageCount, alone.pageCount, path)
        }
    }
}
