import PDFText
import XCTest
@testable import OCRText

/// Rulings found in a drawn page: long runs of ink, across and down, merged over the pixel rows
/// a line covers; letters' strokes and paper grain are no rulings.
final class RulingFinderTests: XCTestCase {
    /// A 300 dpi page of white paper with a 2-column table of 3 rows drawn in grey lines 3 px
    /// thick, and a "letter" (a short thick stroke) in each cell.
    static func tablePage() -> GreyImage {
        var image = GreyImage(width: 1200, height: 900, dpi: 300, pixels: Array(repeating: 240, count: 1200 * 900))
        func fill(_ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int, _ value: UInt8) {
            for y in y0..<y1 { for x in x0..<x1 { image[x, y] = value } }
        }
        for y in [100, 300, 500, 700] { fill(100, y, 1100, y + 3, 190) }
        for x in [100, 600, 1097] { fill(x, 100, x + 3, 703, 190) }
        for (x, y) in [(150, 180), (650, 180), (150, 380), (650, 580)] { fill(x, y, x + 40, y + 30, 20) }
        return image
    }

    func testFindsEveryRulingOnceAtItsPlace() {
        let rulings = RulingFinder().rulings(in: Self.tablePage())
        let horizontal = rulings.filter(\.horizontal).sorted { $0.across.lowerBound < $1.across.lowerBound }
        let vertical = rulings.filter { !$0.horizontal }.sorted { $0.across.lowerBound < $1.across.lowerBound }
        XCTAssertEqual(horizontal.map(\.across), [100...102, 300...302, 500...502, 700...702])
        XCTAssertEqual(horizontal.map(\.along), Array(repeating: 100...1099, count: 4))
        XCTAssertEqual(vertical.map(\.across), [100...102, 600...602, 1097...1099])
    }

    func testLettersAndGrainAreNoRulings() {
        var image = GreyImage(width: 600, height: 400, dpi: 300, pixels: Array(repeating: 235, count: 600 * 400))
        // Strokes a tenth of an inch long, and grain a little darker than the paper.
        for y in 50..<60 { for x in 100..<130 { image[x, y] = 10 } }
        for x in 300..<310 { for y in 100..<128 { image[x, y] = 10 } }
        for index in stride(from: 0, to: image.pixels.count, by: 7) { image.pixels[index] = 225 }
        XCTAssertEqual(RulingFinder().rulings(in: image), [])
    }

    func testErasingPaintsRulingsWhiteAndLeavesLetters() {
        let page = Self.tablePage()
        let finder = RulingFinder()
        let clean = finder.erasing(finder.rulings(in: page), from: page)
        XCTAssertEqual(clean[500, 101], 255)
        XCTAssertEqual(clean[601, 400], 255)
        XCTAssertEqual(clean[160, 190], 20, "a letter inside a cell stays")
    }

    func testRulesAreInPointsWithoutThickness() {
        let finder = RulingFinder()
        let rules = finder.rules(finder.rulings(in: Self.tablePage()), dpi: 300)
        let top = rules.first { $0.y0 == $0.y1 && $0.y0 < 30 }
        XCTAssertEqual(top?.x0 ?? 0, 24, accuracy: 0.01)
        XCTAssertEqual(top?.x1 ?? 0, 264, accuracy: 0.01)
        XCTAssertEqual(top?.y0 ?? 0, 24.36, accuracy: 0.01)
    }

    func testTheGridGivesTheTablesCells() {
        let page = Self.tablePage()
        let cells = RulingGrid(tolerance: 10, minimumCell: 20).cells(of: RulingFinder().rulings(in: page))
        XCTAssertEqual(cells.count, 6)
        XCTAssertEqual(cells.first, RulingGrid.Cell(x0: 103, y0: 103, x1: 600, y1: 300))
        XCTAssertTrue(cells.contains(RulingGrid.Cell(x0: 603, y0: 503, x1: 1097, y1: 700)))
    }
}
