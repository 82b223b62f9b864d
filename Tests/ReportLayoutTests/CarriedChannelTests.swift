import PDFText
@testable import ReportLayout
import XCTest

/// A column edge of the page before vouches for one edge on the next page, not for every gap
/// inside it. The words' boxes of the top of a page of the sample rendered in TH KoHo, 16 pt,
/// landscape, without rulings (Benchmarks/govfonts tuning set, page 4): the last two rows of
/// the score table under its repeated header, then a heading and a paragraph whose word spaces
/// (`(Integrity and Transparency Assessment`) fall between the indicators and the scores, where
/// the page before's channel ran from x 396 to 628.
final class CarriedChannelTests: XCTestCase {
    private func line(_ y: Double, _ words: [(Double, Double)]) -> [Rect] {
        words.map { Rect(x0: $0.0, y0: y, x1: $0.1, y1: y + 20.8) }
    }

    private var lines: [[Rect]] {
        [
            line(57.8, [(285.5, 375.6), (379.6, 396.5), (687.9, 722.5)]),
            line(82.3, [(59.8, 150.8), (628.1, 660.6)]),
            line(106.8, [(59.8, 176.0), (628.1, 660.6)]),
            line(128.3, [(56.8, 182.9)]),
            line(155.3, [(56.8, 446.0), (450.4, 496.5), (500.4, 519.6), (523.4, 596.2), (600.1, 660.4), (664.3, 666.5),
                         (670.4, 690.4), (694.5, 726.2)]),
            line(174.2, [(56.8, 119.9), (123.7, 174.1), (178.0, 380.6), (384.7, 401.6), (405.6, 523.5), (527.4, 608.0),
                         (611.9, 735.1)]),
        ]
    }

    func testACarriedEdgeVouchesForOneGapOnly() throws {
        let finder = UnruledTableFinder(minimumChannel: 0.15)
        let tables = finder.find(in: lines, top: 0, continuing: [396.5...628.1])
        let table = try XCTUnwrap(tables.first)
        XCTAssertEqual(table.lines, 0..<3)
        XCTAssertEqual(table.channels.count, 1, "\(table.channels)")
        // The edge is where the scores start, not a word space of the paragraph below.
        let edge = try XCTUnwrap(table.columnBoundaries.first)
        XCTAssertGreaterThan(edge, 596.2)
        XCTAssertLessThan(edge, 628.1)
    }
}
