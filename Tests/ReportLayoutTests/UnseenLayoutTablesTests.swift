import PDFText
@testable import ReportLayout
import XCTest

/// Tables as word processors draw them in layouts the project had not seen (issue 16): a cell set
/// half a line off its neighbour's lines, a long heading's second line in a header row of its
/// own, tables ruled with horizontal lines between every row, and such a table carried over a
/// page break. Glyphs 8 pt wide and 10 pt high, placed by hand.
final class UnseenLayoutTablesTests: XCTestCase {
    private let builder = PageLayoutBuilder()

    private func glyph(_ scalar: Unicode.Scalar, _ x: Double, _ y: Double) -> Glyph {
        Glyph(scalar, Rect(x0: x, y0: y, x1: x + 8, y1: y + 10))
    }

    /// `text` set from `x` on, one glyph after another with no space.
    private func word(_ text: String, _ x: Double, _ y: Double) -> [Glyph] {
        text.unicodeScalars.enumerated().map { glyph($1, x + 8 * Double($0), y) }
    }

    private func horizontal(_ y: Double, _ x0: Double = 0, _ x1: Double = 300) -> Rect { Rect(x0: x0, y0: y, x1: x1, y1: y + 0.5) }
    private func vertical(_ x: Double, _ y0: Double, _ y1: Double) -> Rect { Rect(x0: x, y0: y0, x1: x, y1: y1) }

    /// Each fragment's rows' cells, whitespace and line breaks dropped.
    private func cells(_ glyphs: [Glyph], _ rules: [Rect]) -> [[[String]]] {
        builder.build(glyphs: glyphs, rules: rules, pageNumber: 1).tableFragments(settings: LayoutSettings())
            .map { $0.rows.map { $0.cells.map { $0.text.filter { !$0.isWhitespace } } } }
    }

    // MARK: a cell half a line off

    /// A line of letter runs 16 pt high whose top is at `y`.
    private func line(_ y: Double, _ runs: [(Double, Double)]) -> [Rect] {
        runs.map { Rect(x0: $0.0, y0: y, x1: $0.1, y1: y + 16) }
    }

    func testAColumnSetHalfALineOffItsNeighbourStillSpansTheChannel() {
        // A header across both columns, then one row: the analysis column's lines every 22 pt,
        // and the indicator's name centred beside them, its lines 11 pt off theirs. No line but
        // the header holds text on both sides of the channel.
        let lines = [
            line(0, [(60, 110), (200, 300)]),
            line(22, [(150, 500)]), line(44, [(150, 500)]), line(66, [(150, 500)]),
            line(77, [(60, 120)]),
            line(88, [(150, 500)]),
            line(99, [(60, 120)]),
            line(110, [(150, 500)]), line(132, [(150, 500)]),
        ]
        XCTAssertEqual(UnruledTableFinder(sideBySideStep: 0).find(in: lines), [], "lines one below the other only")
        let tables = UnruledTableFinder().find(in: lines)
        XCTAssertEqual(tables.map(\.lines), [0..<9])
        XCTAssertEqual(tables.first?.columnBoundaries.count, 1)
    }

    // MARK: a header in two rows

    func testALongHeadingsSecondLineInARowOfItsOwnIsOneHeaderRow() {
        // Column 0's heading runs down both header rows; columns 1 and 2 each have their heading's
        // second line in a cell of its own under the first (a rule across them at y 20 only).
        let rules = [
            horizontal(0), horizontal(20, 100, 300), horizontal(40), horizontal(60), horizontal(80),
            vertical(0, 0, 80), vertical(100, 0, 80), vertical(200, 0, 80), vertical(300, 0, 80),
        ]
        let glyphs = word("ตัว", 10, 5) + word("ผล", 110, 5) + word("ตาม", 110, 25) + word("ระยะ", 210, 5) + word("เวลา", 210, 25)
            + word("1", 10, 45) + word("ก", 110, 45) + word("ข", 210, 45)
            + word("2", 10, 65) + word("ค", 110, 65) + word("ง", 210, 65)
        XCTAssertEqual(cells(glyphs, rules), [[["ตัว", "ผลตาม", "ระยะเวลา"], ["1", "ก", "ข"], ["2", "ค", "ง"]]])
    }

    func testAGroupedHeadingKeepsItsTwoRows() {
        // The upper cell of columns 1 and 2 is one (no rule between them above y 20): its
        // columns' headings under it are a level of their own.
        let rules = [
            horizontal(0), horizontal(20, 100, 300), horizontal(40), horizontal(60), horizontal(80),
            vertical(0, 0, 80), vertical(100, 0, 80), vertical(200, 20, 80), vertical(300, 0, 80),
        ]
        let glyphs = word("ตัว", 10, 5) + word("ค่า", 150, 5) + word("67", 110, 25) + word("68", 210, 25)
            + word("1", 10, 45) + word("ก", 110, 45) + word("ข", 210, 45)
            + word("2", 10, 65) + word("ค", 110, 65) + word("ง", 210, 65)
        XCTAssertEqual(cells(glyphs, rules).first?.count, 4)
    }

    // MARK: horizontal rules between every row

    /// A header band and three rows whose first cell wraps to three lines, each band padded
    /// 5 pt above and below its text, ruled at y `top`, +20, +64, +108, +152.
    private func rowRuledTable(top: Double) -> (glyphs: [Glyph], rules: [Rect]) {
        var glyphs = word("หว", 10, top + 5) + word("คอ", 150, top + 5)
        for (row, y) in [top + 25, top + 69, top + 113].enumerated() {
            glyphs += word("\(row + 1).ก", 10, y) + word("ข", 10, y + 12) + word("ค", 10, y + 24) + word("9", 150, y)
        }
        return (glyphs, [top, top + 20, top + 64, top + 108, top + 152].map { horizontal($0) })
    }

    func testATableRuledBetweenEveryRowHasABandForARow() {
        let table = rowRuledTable(top: 0)
        XCTAssertEqual(cells(table.glyphs, table.rules),
                       [[["หว", "คอ"], ["1.กขค", "9"], ["2.กขค", "9"], ["3.กขค", "9"]]])
        // Ruled only over the header and under the last row, each line with text in the first
        // column is a row, as budget summaries set them.
        let budget = [horizontal(0), horizontal(20), horizontal(152)]
        XCTAssertEqual(cells(table.glyphs, budget).first?.count, 10)
    }

    func testABandUnderThePagesTopRuleWithTextInOneColumnIsTheCutRowsRest() {
        // The page repeats the table's top rule over the rest of a row the break cut, whose
        // first cell ended on the page before; the rows below are ruled one by one.
        let table = rowRuledTable(top: 32)
        let glyphs = word("ต่อ", 150, 5) + word("ไป", 150, 17) + table.glyphs
        XCTAssertEqual(cells(glyphs, [horizontal(0)] + table.rules),
                       [[["", "ต่อไป"], ["หว", "คอ"], ["1.กขค", "9"], ["2.กขค", "9"], ["3.กขค", "9"]]])
    }

    func testTheColumnsOfThePageBeforeCarryOnWhereThisPagesCellsEnded() throws {
        // Three columns on the page before; here the first is empty in every row (its cells
        // ended before the break): only the page before's gaps show where it stands.
        var glyphs: [Glyph] = []
        for y in [5.0, 37, 69] {
            glyphs += word("กข", 110, y) + word("คง", 110, y + 12) + word("9", 210, y)
        }
        let letters = LineGrouper(tolerance: 0.3).group(glyphs).map { $0.map(\.rect) }
        let rules = [0.0, 32, 64, 96].map { horizontal($0) }
        let finder = HorizontalRuleTableFinder(tolerance: 2, columnGap: 2, maximumBandLines: 10, maximumLineGap: 0.6)
        let alone = try XCTUnwrap(finder.find(in: rules, lines: letters, besides: []).first)
        XCTAssertEqual(alone.columns.count, 3, "two columns from this page's text")
        let carried = try XCTUnwrap(finder.find(in: rules, lines: letters, besides: [], continuing: [90...100, 190...200]).first)
        XCTAssertEqual(carried.columns.count, 4)
        XCTAssertEqual(carried.textChannels.count, 2)
    }

    // MARK: merging pages whose columns come from text

    private func fragment(_ rows: [[String]], edges: [Double], ruled: Bool, fromText: Bool, page: Int) -> TableFragment {
        var fragment = TableFragment(rows: rows.map { texts in
            TableRow(cells: texts.enumerated().map { column, text in
                TableCell(text: text, page: page, rect: Rect(x0: edges[column], y0: 0, x1: edges[column + 1], y1: 20))
            })
        }, page: page, followsPrevious: page > 1, ruled: ruled)
        fragment.columnsFromText = fromText
        return fragment
    }

    func testAPageOfATableRuledWithHorizontalLinesOnlyCarriesOnTheOneReadFromItsAlignment() {
        // Page 1 shows too few rules to be read by them (its header and a first row cut at the
        // foot); page 2 is read by its rules. The gaps between columns stand a few points apart.
        let first = fragment([["ตัว", "ผล"], ["1.ก", "ข"]], edges: [59, 101, 532], ruled: false, fromText: false, page: 1)
        let second = fragment([["", "ต่อ"], ["2.ค", "ง"]], edges: [56, 104, 538], ruled: true, fromText: true, page: 2)
        let merged = TableMerger().merge([first, second])
        XCTAssertEqual(merged.map { $0.rows.map { $0.cells.map(\.text) } }, [[["ตัว", "ผล"], ["1.ก", "ขต่อ"], ["2.ค", "ง"]]])
        // Two tables ruled with every rule, columns apart, stay two.
        var ruled = second
        ruled.columnsFromText = false
        XCTAssertEqual(TableMerger().merge([first, ruled]).count, 2)
    }
}
