import PDFText
@testable import ReportLayout
import XCTest

/// Tables ruled with horizontal lines only, on rules and glyphs placed by hand, drawn as the
/// budget volume draws its budget summaries; and rules that make no table.
final class HorizontalRuleTableTests: XCTestCase {
    private let builder = PageLayoutBuilder()

    /// A glyph 8 pt wide and 10 pt high whose top left is at (`x`, `y`).
    private func glyph(_ scalar: Unicode.Scalar, _ x: Double, _ y: Double) -> Glyph {
        Glyph(scalar, Rect(x0: x, y0: y, x1: x + 8, y1: y + 10))
    }

    /// `text` set from `x` on, one glyph after another with no space.
    private func word(_ text: String, _ x: Double, _ y: Double) -> [Glyph] {
        text.unicodeScalars.enumerated().map { glyph($1, x + 8 * Double($0), y) }
    }

    /// A line of prose from x 0 to 296: letters with no gap a column could run down.
    private func prose(_ y: Double) -> [Glyph] { word(String(repeating: "ก", count: 37), 0, y) }

    /// A rule 0.7 pt thick, as InDesign draws them.
    private func rule(_ y: Double, _ x0: Double = 0, _ x1: Double = 300) -> Rect { Rect(x0: x0, y0: y, x1: x1, y1: y + 0.7) }

    private func cells(_ glyphs: [Glyph], _ rules: [Rect]) -> [[[String]]] {
        builder.build(glyphs: glyphs, rules: rules, pageNumber: 1).tableFragments(settings: LayoutSettings())
            .map { $0.rows.map { $0.cells.map(\.text) } }
    }

    func testRulesAboveAndBelowTheHeaderAndUnderTheLastRowMakeATable() {
        // A header, then two rows whose years' cells hold an amount and its unit a space apart;
        // the bottom rule drawn in two pieces that meet, and a footnote across the columns below.
        let glyphs = word("งบ", 10, 5) + word("ป1", 150, 5) + word("ป2", 250, 5)
            + word("รา", 10, 25) + word("12", 140, 25) + word("บ", 162, 25) + word("34", 240, 25) + word("บ", 262, 25)
            + word("นอ", 10, 40) + word("-", 148, 40) + word("บ", 162, 40) + word("-", 248, 40) + word("บ", 262, 40)
            + word(String(repeating: "ห", count: 25), 0, 56)
        let rules = [rule(0), rule(20), rule(53, 0, 150), rule(53, 150, 300)]
        XCTAssertEqual(cells(glyphs, rules), [[["งบ", "ป1", "ป2"], ["รา", "12 บ", "34 บ"], ["นอ", "- บ", "- บ"]]])
    }

    func testATableWithNoRuleUnderItsLastRowEndsWhereItsColumnsDo() {
        // A double rule over the header, one under it, two rows, then a paragraph.
        // The double rule's two lines stand apart (more than `ruleTolerance`), with nothing
        // between them. Rows close below the last rule, as the budget volume sets them; the
        // paragraph just as close.
        let glyphs = word("สว", 10, 5) + word("478", 240, 5) + word("บ", 268, 5)
            + word("1.ส", 10, 19) + word("166", 240, 19) + word("บ", 268, 19)
            + word("2.ส", 10, 32) + word("312", 240, 32) + word("บ", 268, 32)
            + prose(45) + prose(58)
        let rules = [rule(-3), rule(0), rule(16.5)]
        XCTAssertEqual(cells(glyphs, rules), [[["สว", "478 บ"], ["1.ส", "166 บ"], ["2.ส", "312 บ"]]])
    }

    func testALineWithNothingInTheFirstColumnContinuesTheRowAbove() {
        // Too few lines for a table drawn without rulings: only the rules make it one.
        let glyphs = word("งบ", 10, 5) + word("ป", 150, 5)
            + word("รา", 10, 25) + word("กข", 150, 25) + word("คง", 150, 38)
        let rules = [rule(0), rule(20), rule(55)]
        XCTAssertEqual(cells(glyphs, rules), [[["งบ", "ป"], ["รา", "กขคง"]]])
    }

    func testASingleRuleUnderAHeadingIsNoTable() {
        // The heading and a list below it line up in two columns, but one rule rules no rows.
        let glyphs = word("หว", 10, 0) + word("5", 280, 0)
            + word("ก", 10, 20) + word("1", 280, 20) + word("ข", 10, 35) + word("2", 280, 35)
        XCTAssertEqual(cells(glyphs, [rule(14)]), [])
    }

    func testTwoRulesAroundAParagraphAreNoTable() {
        XCTAssertEqual(cells(prose(5) + prose(18) + word("กกกก", 0, 31), [rule(0), rule(45)]), [])
    }

    func testTwoRulesAroundOneLineWithAWideGapAreNoTable() {
        // A heading and its page number, framed: one line across a gap is no column.
        XCTAssertEqual(cells(word("บท", 10, 5) + word("5", 280, 5), [rule(0), rule(20)]), [])
    }

    func testRulesFramingTextWiderThanThemAreNoTable() {
        // Two short rules under and over parts of a page whose lines run past their ends.
        let glyphs = word("งบ", 10, 5) + word("ป", 150, 5) + word("รา", 10, 25) + word("12", 250, 25)
            + word("นอ", 10, 40) + word("34", 250, 40)
        XCTAssertEqual(cells(glyphs, [rule(0, 0, 200), rule(20, 0, 200), rule(55, 0, 200)]), [])
    }

    func testRulesOfATableWithVerticalRulingsAreLeftToIt() {
        // A ruled grid of two columns: read once, as the ruled table it is.
        let rules = [Rect(x0: 0, y0: 0, x1: 300, y1: 0), Rect(x0: 0, y0: 20, x1: 300, y1: 20), Rect(x0: 0, y0: 40, x1: 300, y1: 40),
                     Rect(x0: 0, y0: 0, x1: 0, y1: 40), Rect(x0: 150, y0: 0, x1: 150, y1: 40), Rect(x0: 300, y0: 0, x1: 300, y1: 40)]
        let glyphs = word("ก", 10, 5) + word("1", 160, 5) + word("ข", 10, 25) + word("2", 160, 25)
        XCTAssertEqual(cells(glyphs, rules), [[["ก", "1"], ["ข", "2"]]])
    }
}
