import PDFText
import XCTest
@testable import OCRText

/// A sheared scan's leaning upright lines made upright, so that its table's columns are found;
/// a page that stands upright, or has no upright lines, is left as it is.
final class PageUnshearerTests: XCTestCase {
    /// RulingFinderTests' table with its upright lines leaning `degrees` (right going down).
    static func shearedTable(_ degrees: Double) -> GreyImage {
        let page = RulingFinderTests.tablePage()
        let slope = tan(degrees * .pi / 180)
        var out = page
        for y in 0..<page.height {
            let shift = Int((Double(y - page.height / 2) * slope).rounded())
            for x in 0..<page.width {
                let from = x - shift
                out[x, y] = from >= 0 && from < page.width ? page[from, y] : 240
            }
        }
        return out
    }

    func testALeaningTableStandsUprightAndItsColumnsAreFound() {
        let sheared = Self.shearedTable(1.2)
        let finder = RulingFinder()
        // Leaning, each upright ruling covers 11 columns of pixels over the table's height.
        XCTAssertEqual(finder.rulings(in: sheared).filter { !$0.horizontal }.map(\.across.count), [11, 11, 11])
        let (upright, lean) = PageUnshearer().upright(sheared)
        XCTAssertEqual(lean, 1.2, accuracy: 0.2)
        let columns = finder.rulings(in: upright).filter { !$0.horizontal }.sorted { $0.across.lowerBound < $1.across.lowerBound }
        XCTAssertEqual(columns.map(\.across), [100...102, 600...602, 1097...1099])
    }

    func testAnUprightPageOrOneWithoutLinesIsLeft() {
        XCTAssertEqual(PageUnshearer().upright(RulingFinderTests.tablePage()).lean, 0)
        var blank = GreyImage(width: 800, height: 600, dpi: 300, pixels: Array(repeating: 240, count: 800 * 600))
        // Short strokes, as letters are: no line to stand upright.
        for row in stride(from: 50, to: 550, by: 60) {
            for column in stride(from: 40, to: 760, by: 37) {
                for y in row..<(row + 25) { for x in column..<(column + 6) { blank[x, y] = 20 } }
            }
        }
        XCTAssertEqual(PageUnshearer().upright(blank).lean, 0)
    }
}
