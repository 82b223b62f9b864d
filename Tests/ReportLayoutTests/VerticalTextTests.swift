import Foundation
import PDFText
@testable import ReportLayout
import XCTest

/// Text turned a quarter turn (a narrow column's header written up or down the page) is read
/// in its own order, in the cell it stands in.
final class VerticalTextTests: XCTestCase {
    func testAHeaderWrittenUpAndOneWrittenDownAreReadInTheirCells() throws {
        // A ruled table of three columns: `Weight` is written upward (rotated a quarter turn
        // to the left), `Down` downward; the rows below are upright.
        let rules = [180, 130, 110, 90].map { "20 \($0) m 220 \($0) l S" } + [20, 120, 170, 220].map { "\($0) 90 m \($0) 180 l S" }
        let text = [
            "1 0 0 1 30 150 Tm (Item) Tj", "0 1 -1 0 150 135 Tm (Weight) Tj", "0 -1 1 0 190 175 Tm (Down) Tj",
            "1 0 0 1 30 115 Tm (apple) Tj", "1 0 0 1 140 115 Tm (5) Tj", "1 0 0 1 190 115 Tm (7) Tj",
            "1 0 0 1 30 95 Tm (pear) Tj", "1 0 0 1 140 95 Tm (3) Tj", "1 0 0 1 190 95 Tm (9) Tj",
        ]
        let content = rules.joined(separator: "\n") + "\nBT /F1 10 Tf\n" + text.joined(separator: "\n") + "\nET"
        let url = try HandMadePDF.write(content: content)
        defer { try? FileManager.default.removeItem(at: url) }
        let tables = try DocumentContentReader().read(PDFDocument(path: url.path)).tables
        XCTAssertEqual(tables.map { $0.rows.map { $0.cells.map(\.text) } },
                       [[["Item", "Weight", "Down"], ["apple", "5", "7"], ["pear", "3", "9"]]])
    }

    func testWordsOfATurnedLineStayApart() throws {
        let content = "BT /F1 10 Tf 0 1 -1 0 150 20 Tm (Total score) Tj 0 -1 1 0 200 180 Tm (a b c d e) Tj ET"
        let url = try HandMadePDF.write(content: content)
        defer { try? FileManager.default.removeItem(at: url) }
        let page = try PDFDocument(path: url.path).page(1)
        let lines = PDFTextReader().layout(of: page).lines.map(\.text)
        // Up to three spaces are kept; more, and the words run together inside the box.
        XCTAssertEqual(Set(lines), ["Total score", "abcde"])
    }

    func testTextOffThePageIsNotRead() throws {
        // A cover's spine drawn on the bleed beside the page.
        let content = "BT /F1 10 Tf 1 0 0 1 30 150 Tm (Cover) Tj 0 -1 1 0 -8 180 Tm (Spine) Tj ET"
        let url = try HandMadePDF.write(content: content)
        defer { try? FileManager.default.removeItem(at: url) }
        let page = try PDFDocument(path: url.path).page(1)
        XCTAssertEqual(String(String.UnicodeScalarView(page.glyphs.map(\.scalar))), "Cover")
    }

    func testAThaiRunWrittenUpwardKeepsItsMarksOnTheirLetters() {
        // น้ำหนัก as EB2 2.6 (PowerPoint) draws it up a column 11 points wide: each letter
        // above the one before, marks at the end of their letter's advance, a little past it,
        // and a space with no advance after น (where PowerPoint draws ำ's NIKHAHIT).
        func glyph(_ scalar: Unicode.Scalar, from bottom: Double, to top: Double, order: Int) -> Glyph {
            Glyph(scalar, Rect(x0: 499.2, y0: top, x1: 510.1, y1: bottom), drawingOrder: order, vertical: true)
        }
        let run = [
            glyph("น", from: 84.5, to: 77.0, order: 1), glyph(" ", from: 77.0, to: 77.0, order: 2),
            glyph("\u{0E49}", from: 76.3, to: 76.3, order: 2),
            glyph("\u{0E33}", from: 77.0, to: 71.5, order: 3), glyph("ห", from: 71.5, to: 64.0, order: 4),
            glyph("น", from: 64.0, to: 56.5, order: 5), glyph("\u{0E31}", from: 55.2, to: 55.2, order: 6),
            glyph("ก", from: 56.5, to: 49.1, order: 7),
        ]
        let straight = VerticalRunStraightener().straighten(run)
        XCTAssertTrue(straight.allSatisfy { !$0.vertical && $0.scalar != " " })
        // One line across the column's box, letters in drawing order from its left.
        XCTAssertEqual(Set(straight.map(\.rect.midY)).count, 1)
        XCTAssertTrue(straight.allSatisfy { $0.rect.x0 >= 499.2 && $0.rect.x1 <= 510.1 })
        let layout = PageLayoutBuilder().build(glyphs: run, pageNumber: 1)
        XCTAssertEqual(PDFTextReader().normalizer.normalize(layout.text), "น้ำหนัก\n")
    }
}
