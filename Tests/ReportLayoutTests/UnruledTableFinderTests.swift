import PDFText
@testable import ReportLayout
import XCTest

/// Tables drawn without rulings, found from where the letters stand (lines of 16 pt).
final class UnruledTableFinderTests: XCTestCase {
    /// A line at row `row` with a letter run over each x range.
    private func line(_ row: Int, _ runs: [(Double, Double)]) -> [Rect] {
        let y = Double(row) * 22
        return runs.map { Rect(x0: $0.0, y0: y, x1: $0.1, y1: y + 16) }
    }

    func testAToolTableWithoutTheHeadingUnderIt() {
        let lines = [
            line(0, [(60, 500)]),                      // prose
            line(1, [(213, 280), (440, 520)]),         // header, centred
            line(2, [(60, 400), (450, 470)]),
            line(3, [(60, 420), (450, 480)]),
            line(4, [(60, 120)]),                      // ส่วนที่ 1, wrapped in its cell
            line(5, [(60, 420), (450, 470)]),
            line(6, [(60, 380), (450, 480)]),
            line(7, [(57, 277)]),                      // 2.4 heading: starts at the margin
        ]
        let tables = UnruledTableFinder().find(in: lines)
        XCTAssertEqual(tables.map(\.lines), [1..<7])
        XCTAssertEqual(tables.first?.columnBoundaries.count, 1)
        XCTAssertEqual(tables.first?.column(of: 455), 1)
    }

    func testProseWhoseSpacesLeaveANarrowChannelIsNoTable() {
        // Five lines whose word spaces (5 points, a third of the line height) happen to leave a
        // channel at x 300: the words after it start anywhere.
        let lines = [
            line(0, [(60, 296), (302, 540)]),
            line(1, [(60, 200), (303, 520)]),
            line(2, [(60, 280), (311, 530)]),
            line(3, [(60, 297), (318, 400)]),
            line(4, [(60, 150), (323, 535)]),
        ]
        XCTAssertEqual(UnruledTableFinder().find(in: lines), [])
    }

    func testAWideChannelIsAColumnEdgeEvenIfItsTextDoesNotLineUp() {
        // The last column holds one line on this page: its edge is known by its width alone.
        let lines = [
            line(0, [(60, 120), (160, 300), (340, 400)]),
            line(1, [(60, 110), (160, 290)]),
            line(2, [(60, 115), (160, 280)]),
            line(3, [(60, 118), (160, 295), (352, 380)]),
        ]
        let tables = UnruledTableFinder().find(in: lines)
        XCTAssertEqual(tables.map(\.lines), [0..<4])
        XCTAssertEqual(tables.first?.columnBoundaries.count, 2)
    }
}
