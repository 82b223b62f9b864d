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

    func testATablesHeaderAndTwoRowsAtThePagesFootAreATable() {
        // The tool table's first page: three lines, which the next page carries on. Higher on a
        // page (no foot), three lines are too few.
        let lines = [
            line(0, [(60, 500)]),                      // prose
            line(1, [(150, 230), (440, 520)]),         // header
            line(2, [(60, 400), (450, 470)]),
            line(3, [(60, 420), (450, 480)]),
        ]
        XCTAssertEqual(UnruledTableFinder().find(in: lines), [])
        XCTAssertEqual(UnruledTableFinder().find(in: lines, foot: 4).map(\.lines), [1..<4])
        // A page number below the table is page furniture: the table still runs to the foot.
        let numbered = lines + [line(4, [(280, 290)])]
        XCTAssertEqual(UnruledTableFinder().find(in: numbered, foot: 4).map(\.lines), [1..<4])
        // Two lines are not a table anywhere.
        XCTAssertEqual(UnruledTableFinder().find(in: Array(lines.prefix(3)), foot: 3), [])
    }

    func testAMonospacedSpaceInOnePlaceOnTwoLinesIsNoColumnEdge() {
        // Tlwg Typo: a space is 9 points, wider than `wideChannel` (0.4 line heights). The tool
        // table's rows `(EIT) ส่วนที่ 1` and `(EIT) ส่วนที่ 2` put their two spaces at the same x,
        // leaving channels there; the prose above shows them to be the page's word spaces.
        let prose = (0..<3).map { row in
            line(row, stride(from: 60.0 + 13 * Double(row), to: 480, by: 59).map { ($0, $0 + 50) })
        }
        let table = [
            line(3, [(130, 190), (440, 500)]),                         // header
            line(4, [(60, 230), (450, 480)]),                          // (IIT)
            line(5, [(60, 240), (249, 300), (309, 318), (450, 480)]),  // (EIT) ส่วนที่ 1
            line(6, [(60, 240), (249, 300), (309, 318), (450, 475)]),  // (EIT) ส่วนที่ 2
            line(7, [(60, 200), (450, 480)]),                          // (OIT)
        ]
        let tables = UnruledTableFinder().find(in: prose + table)
        XCTAssertEqual(tables.map(\.lines), [3..<8])
        XCTAssertEqual(tables.first?.columnBoundaries.count, 1)
        // Where words are spaced less than the gaps (a proportional font), those gaps are columns.
        let proportional = (0..<3).map { row in
            line(row, stride(from: 60.0 + 13 * Double(row), to: 480, by: 54).map { ($0, $0 + 50) })
        }
        XCTAssertEqual(UnruledTableFinder().find(in: proportional + table).first?.columnBoundaries.count, 3)
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

    func testAParagraphsLastLineAboveTheTableDoesNotCloseItsChannels() {
        // The paragraph's last line ends before the last column: it has words on one side of
        // that channel only and is not the table's, but its words cross the other two channels.
        let lines = [
            line(0, [(60, 200), (206, 300), (306, 440)]),
            line(1, [(60, 100), (112, 240), (252, 430), (446, 510)]),
            line(2, [(60, 104), (112, 245), (252, 440), (446, 500)]),
            line(3, [(60, 90), (112, 230), (252, 420), (446, 515)]),
            line(4, [(112, 200), (252, 410)]),
            line(5, [(60, 95), (112, 235), (252, 435), (446, 505)]),
        ]
        let tables = UnruledTableFinder().find(in: lines)
        XCTAssertEqual(tables.map(\.lines), [1..<6])
        XCTAssertEqual(tables.first?.columnBoundaries.count, 3)
    }

    func testAHeadingBelowTheTableDoesNotCloseItsChannels() {
        // The last page of a table: its header (four lines) and the rest of one cell, then a
        // heading at the margin whose words cross the first two channels.
        let lines = [
            line(0, [(60, 95), (115, 240), (270, 390), (420, 490)]),
            line(1, [(62, 98), (110, 245), (262, 380), (412, 480)]),
            line(2, [(65, 90), (150, 200), (300, 350), (420, 460)]),
            line(3, [(70, 85), (140, 220), (310, 330), (430, 450)]),
            line(4, [(110, 240)]),
            line(5, [(110, 230)]),
            line(6, [(110, 245)]),
            line(7, [(110, 200)]),
            line(8, [(110, 238)]),
            line(9, [(56, 300)]),
        ]
        let tables = UnruledTableFinder().find(in: lines)
        XCTAssertEqual(tables.map(\.lines), [0..<9])
        XCTAssertEqual(tables.first?.columnBoundaries.count, 3)
    }

    func testTextOfAFurtherColumnDoesNotLineUpAChannel() {
        // A word space in the centred header of the first column leaves a narrow channel; the
        // scores that line up beyond it stand in the next column, after the real edge.
        let lines = [
            line(0, [(259, 391), (397, 422), (679, 730)]),
            line(1, [(59, 277), (628, 673)]),
            line(2, [(59, 319), (324, 363)]),
            line(3, [(59, 196), (628, 673)]),
            line(4, [(59, 231), (628, 673)]),
        ]
        let tables = UnruledTableFinder().find(in: lines)
        XCTAssertEqual(tables.map(\.lines), [0..<5])
        XCTAssertEqual(tables.first?.columnBoundaries.count, 1)
        XCTAssertEqual(tables.first?.column(of: 300), 0)
    }

    func testAProseSpaceAboveATableIsNoColumnEdge() {
        // A paragraph, then a two-column table. The paragraph's first line has a space at x 578
        // that every line below leaves open; the scores after it line up at 635, not at 581.
        let lines = [
            line(0, [(56, 353), (358, 396), (401, 576), (581, 642), (647, 686), (691, 732), (737, 768)]),
            line(1, [(56, 287), (292, 441)]),
            line(2, [(56, 203), (208, 489)]),
            line(3, [(313, 376), (669, 748)]),
            line(4, [(59, 368), (373, 405), (635, 665)]),
            line(5, [(59, 381), (386, 423), (429, 470), (475, 485), (635, 681)]),
            line(6, [(59, 381), (386, 423), (429, 470), (475, 485), (635, 665)]),
        ]
        let tables = UnruledTableFinder().find(in: lines)
        XCTAssertEqual(tables.map(\.lines), [3..<7])
        XCTAssertEqual(tables.first?.columnBoundaries.count, 1)
    }

    func testANarrowChannelOfTheTableOnThePageBeforeIsKept() {
        // A table carried on from the page before: the rest of a cell, then a row at the foot of
        // the page whose last column holds two lines, too few to line up after its narrow channel.
        let lines = [
            line(0, [(65, 105), (130, 290), (330, 390), (420, 470)]),
            line(1, [(120, 300)]),
            line(2, [(120, 280)]),
            line(3, [(120, 290)]),
            line(4, [(60, 100), (120, 300), (320, 400), (405, 470)]),
            line(5, [(60, 90), (120, 250), (320, 380), (405, 440)]),
        ]
        XCTAssertEqual(UnruledTableFinder().find(in: lines).first?.columnBoundaries.count, 2)
        let continued = UnruledTableFinder().find(in: lines, continuing: [110...120, 300...320, 399...406])
        XCTAssertEqual(continued.map(\.lines), [0..<6])
        XCTAssertEqual(continued.first?.columnBoundaries.count, 3)
        XCTAssertEqual(continued.first?.column(of: 420), 3)
    }

    func testAHeadingBetweenTwoTablesEndsTheFirst() {
        // The tool table (scores after x 440), the heading 2.4 at the margin, then the indicator
        // table (names up to 353, scores after 435): read as one, their channels leave only
        // x 430–435 open, and the heading stood inside the table.
        let lines = [
            line(0, [(216, 278), (454, 521)]),
            line(1, [(59, 353), (359, 386), (392, 430), (440, 468)]),
            line(2, [(59, 69)]),
            line(3, [(59, 293), (299, 331), (440, 481)]),
            line(4, [(56, 79), (85, 250)]),
            line(5, [(171, 291), (296, 318), (466, 505)]),
            line(6, [(59, 337), (343, 365)]),
            line(7, [(59, 171), (435, 463)]),
            line(8, [(59, 185), (435, 463)]),
            line(9, [(59, 154), (435, 463)]),
            line(10, [(59, 250), (435, 463)]),
        ]
        let tables = UnruledTableFinder().find(in: lines)
        XCTAssertEqual(tables.map(\.lines), [0..<4, 5..<11])
        XCTAssertEqual(tables.map(\.columnBoundaries.count), [1, 1])
    }

    func testAHeaderCentredOverNarrowerCellsMakesNoColumnOfItsOwn() {
        // The scores keep to the left of their column (628–666), its header is centred over it
        // (681–729): a wide gap lies between them, but no line has text on both sides of it.
        let lines = [
            line(0, [(264, 384), (391, 417), (681, 729)]),
            line(1, [(59, 342), (348, 379)]),
            line(2, [(59, 175), (628, 653)]),
            line(3, [(59, 184), (628, 653)]),
            line(4, [(59, 153), (628, 653)]),
            line(5, [(59, 243), (628, 666)]),
        ]
        let tables = UnruledTableFinder().find(in: lines)
        XCTAssertEqual(tables.map(\.lines), [0..<6])
        XCTAssertEqual(tables.first?.columnBoundaries.count, 1)
        XCTAssertEqual(tables.first?.column(of: 700), 1)
    }

    func testAJustifiedProseLineWhoseSpaceFallsOnTheColumnEdgeIsNoRow() {
        // The paragraph above the table: its word spaces are all 6 points, and one of them
        // (140–146) falls on the table's column edge, where the cells' text starts.
        let lines = [
            line(0, [(60, 100), (106, 140), (146, 300), (306, 500)]),
            line(1, [(70, 120), (250, 330)]),          // header
            line(2, [(60, 130), (146, 480)]),
            line(3, [(60, 110), (146, 470)]),
            line(4, [(60, 125), (146, 490)]),
            line(5, [(60, 115), (146, 480)]),
        ]
        let tables = UnruledTableFinder().find(in: lines)
        XCTAssertEqual(tables.map(\.lines), [1..<6])
        XCTAssertEqual(tables.first?.columnBoundaries.count, 1)
    }
}
