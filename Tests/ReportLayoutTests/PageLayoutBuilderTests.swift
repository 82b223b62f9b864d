import PDFText
import ReportLayout
import ThaiText
import XCTest

/// The layout on glyphs placed by hand, with the geometry real PDFs give.
final class PageLayoutBuilderTests: XCTestCase {
    private let builder = PageLayoutBuilder()

    /// Glyphs of one line at `y`, each `(scalar, x0, x1)`; marks have x0 == x1.
    private func line(_ items: [(Unicode.Scalar, Double, Double)], y: Double = 100) -> [Glyph] {
        items.map { Glyph($0.0, Rect(x0: $0.1, y0: y, x1: $0.2, y1: y + 18.2)) }
    }

    func testMarkDrawnAfterTheNextConsonantGoesBackOnItsBase() {
        // ตัวชี้วัด as the sample draws it (Laksaman 16 pt): MAI THO comes after ว in drawing
        // order, but its origin (207.43) is at the right edge of ช (206.84).
        let glyphs = line([
            ("ต", 183.66, 191.86), ("\u{0E31}", 191.86, 191.86), ("ว", 191.86, 198.94),
            ("ช", 198.94, 206.84), ("\u{0E35}", 206.84, 206.84), ("ว", 206.83, 213.87),
            ("\u{0E49}", 207.43, 207.43), ("\u{0E31}", 213.91, 213.91), ("ด", 213.91, 222.14),
        ])
        XCTAssertEqual(builder.build(glyphs: glyphs, pageNumber: 1).text, "ตัวชี้วัด\n")
    }

    func testToneMarkDrawnBeforeItsVowelIsReordered() {
        let glyphs = line([("ก", 10, 18), ("\u{0E48}", 18, 18), ("\u{0E34}", 18.2, 18.2), ("น", 18, 26)])
        XCTAssertEqual(builder.build(glyphs: glyphs, pageNumber: 1).text, "กิ่น\n")
    }

    func testShadowTextIsKeptOnce() {
        let word = line([("ผ", 10, 18), ("ล", 18, 26)])
        let shadow = word.map { Glyph($0.scalar, Rect(x0: $0.rect.x0 + 1, y0: $0.rect.y0 + 1, x1: $0.rect.x1 + 1, y1: $0.rect.y1 + 1)) }
        XCTAssertEqual(builder.build(glyphs: shadow + word, pageNumber: 1).text, "ผล\n")
    }

    func testRepeatedLettersAreNotTakenForShadows() {
        let glyphs = line([("ก", 10, 18), ("ก", 18, 26), (".", 26, 29), (".", 29, 32)])
        XCTAssertEqual(builder.build(glyphs: glyphs, pageNumber: 1).text, "กก..\n")
    }

    func testDistributedJustificationDoesNotSplitWords() {
        // Every letter 2 pt apart (Thai distributed), one real space (2 + 5 pt) after การ.
        var x = 10.0
        var items: [(Unicode.Scalar, Double, Double)] = []
        for (index, scalar) in "การประเมินคุณธรรม".unicodeScalars.enumerated() {
            if ThaiCharacter.isCombiningMark(scalar) {
                items.append((scalar, x - 2, x - 2))
                continue
            }
            if index == 3 { x += 5 }
            items.append((scalar, x, x + 8))
            x += 10
        }
        XCTAssertEqual(builder.build(glyphs: line(items), pageNumber: 1).text, "การ ประเมินคุณธรรม\n")
    }

    func testKerningAfterAnUpperVowelIsNotAWordSpace() {
        // ปีงบ: 1.68 pt after ปี in the sample; poppler writes "ปี งบ".
        let glyphs = line([("ป", 245.60, 252.89), ("\u{0E35}", 252.89, 252.89), ("ง", 254.57, 260.76), ("บ", 260.76, 269.76)])
        XCTAssertEqual(builder.build(glyphs: glyphs, pageNumber: 1).text, "ปีงบ\n")
    }

    func testCellsFarApartOnOneLineAreSeparatedByATab() {
        let glyphs = line([("ส", 187, 195), ("ร", 195, 202), ("9", 471, 479), ("8", 479, 487)])
        XCTAssertEqual(builder.build(glyphs: glyphs, pageNumber: 1).text, "สร\t98\n")
    }

    func testLinesComeTopToBottomWithParagraphGaps() {
        let glyphs = line([("ข", 10, 18)], y: 200) + line([("ก", 10, 18)], y: 100) + line([("ค", 10, 18)], y: 119)
        XCTAssertEqual(builder.build(glyphs: glyphs, pageNumber: 1).text, "ก\nค\n\nข\n")
    }

    func testRuledCellsAreReadWholeRowByRow() {
        // Two cells of one row; the left cell wraps onto a second line inside the word.
        let rules = [
            Rect(x0: 0, y0: 90, x1: 200, y1: 90), Rect(x0: 0, y0: 140, x1: 200, y1: 140),
            Rect(x0: 0, y0: 90, x1: 0, y1: 140), Rect(x0: 100, y0: 90, x1: 100, y1: 140),
            Rect(x0: 200, y0: 90, x1: 200, y1: 140),
        ]
        let glyphs = line([("ส", 5, 13), ("ำ", 13, 20), ("น", 20, 28), ("1", 150, 157)], y: 95)
            + line([("ก", 5, 13)], y: 114)
        XCTAssertEqual(builder.build(glyphs: glyphs, rules: rules, pageNumber: 1).text, "สำนก\t1\n")
    }

    func testReplacementGlyphsOfInDesignExportsAreResolved() {
        // As the budget volume draws them: U+FFFD for the NIKHAHIT of ประจำ, for the SARA AA
        // half of สำ, and trailing a doubled MAI EK.
        let nikhahit = line([("จ", 144.85, 160.45), ("\u{FFFD}", 160.45, 160.45), ("า", 160.45, 174.61)])
        XCTAssertEqual(PDFTextReader().normalizer.normalize(builder.build(glyphs: nikhahit, pageNumber: 1).text), "จำ\n")
        let saraAa = line([("ส", 429.46, 436.60), ("ำ", 436.60, 436.60), ("\u{FFFD}", 436.60, 442.69), ("น", 442.69, 451.63)])
        XCTAssertEqual(builder.build(glyphs: saraAa, pageNumber: 1).text, "สำน\n")
        let trailer = line([("น", 120, 129.98), ("\u{0E48}", 129.98, 129.98), ("\u{0E48}", 129.98, 129.98),
                            ("\u{FFFD}", 129.98, 129.98), ("ว", 130, 138)])
        XCTAssertEqual(builder.build(glyphs: trailer, pageNumber: 1).text, "น่ว\n")
    }

    func testAnUnexplainedReplacementCharacterIsKept() {
        let glyphs = line([("A", 10, 18), ("\u{FFFD}", 18, 26), ("B", 26, 34)])
        XCTAssertEqual(builder.build(glyphs: glyphs, pageNumber: 1).text, "A\u{FFFD}B\n")
    }

    func testUnruledTableCellsAreReadWholeRowByRow() {
        // Three rows of two columns drawn without rulings; the left cell of the second row
        // wraps inside a word. The channel between the columns (x 60–66) is as narrow as a
        // word space but runs down every line; rows stand apart by cell padding.
        let glyphs = line([("ก", 10, 18), ("1", 66, 73)], y: 100)
            + line([("ส", 10, 18), ("ำ", 18, 25), ("ข", 66, 74), ("ค", 74, 82)], y: 130)
            + line([("น", 10, 18), ("ง", 66, 74)], y: 148.5)
            + line([("ร", 10, 18), ("3", 66, 73)], y: 180)
        XCTAssertEqual(builder.build(glyphs: glyphs, pageNumber: 1).text, "ก\t1\n\nสำน\tขคง\n\nร\t3\n")
    }

    func testProseWithSpacesIsNotTakenForATable() {
        let glyphs = line([("ก", 10, 18), ("ข", 22.5, 30), ("ค", 30, 38)], y: 100)
            + line([("ง", 10, 18), ("จ", 18, 26), ("ฉ", 30.5, 38)], y: 119)
            + line([("ช", 10, 18), ("ซ", 22.5, 30), ("ฌ", 30, 38)], y: 138)
        XCTAssertEqual(builder.build(glyphs: glyphs, pageNumber: 1).text, "ก ขค\nงจ ฉ\nช ซฌ\n")
    }

    func testAWideMarkGoesToTheBaseItWasDrawnWith() {
        // Tlwg Mono: each letter has an 8.4 pt cell; a mark is drawn in the cell after its base,
        // and the next letter in that same cell. Drawing order tells them apart: ชื่อ.
        let y = 100.0
        func glyph(_ scalar: Unicode.Scalar, _ x: Double, _ order: Int) -> Glyph {
            Glyph(scalar, Rect(x0: x, y0: y, x1: x + 8.4, y1: y + 18.2), drawingOrder: order)
        }
        let glyphs = [glyph("ช", 10, 1), glyph("\u{0E37}", 18.4, 2), glyph("\u{0E48}", 18.4, 3), glyph("อ", 18.4, 4)]
        XCTAssertEqual(builder.build(glyphs: glyphs, pageNumber: 1).text, "ชื่อ\n")
    }

    func testAnUnruledTableKeepsTheColumnsOfThePageBefore() {
        // Letters a, b, c, d in four columns drawn without rulings; the last two stand 5 points
        // apart, a narrow channel. On the page before, every row has a d that starts at the
        // channel; on this page only the row at the foot does, too few lines to line up.
        func row(_ index: Int, _ cells: [(Unicode.Scalar, Double, Double)]) -> [Glyph] {
            line(cells, y: 100 + 22 * Double(index))
        }
        let full: [(Unicode.Scalar, Double, Double)] = [("a", 60, 100), ("b", 120, 300), ("c", 320, 400), ("d", 405, 470)]
        let before = builder.build(glyphs: (0..<5).flatMap { row($0, full) }, pageNumber: 1)
        XCTAssertEqual(before.unruledChannelsAtFoot.count, 3)
        let glyphs = row(0, [("a", 65, 105), ("b", 130, 290), ("c", 330, 390), ("d", 420, 470)])
            + row(1, [("b", 120, 300)]) + row(2, [("b", 120, 280)]) + row(3, [("b", 120, 290)])
            + row(4, full) + row(5, [("a", 60, 90), ("b", 120, 250), ("c", 320, 380), ("d", 405, 440)])
        let alone = builder.build(glyphs: glyphs, pageNumber: 2)
        XCTAssertEqual(alone.lines.last?.segments.count, 3)
        let carried = builder.build(glyphs: glyphs, pageNumber: 2, continuing: before.unruledChannelsAtFoot)
        XCTAssertEqual(carried.lines.last?.segments.map(\.text), ["a", "b", "c", "d"])
    }

    func testAWrappedCellInATableOfShortRowsStaysInItsRow() {
        // Five rows of two columns drawn without rulings, 28 points apart; only the third row's
        // left cell wraps, its second line 20 points below the first. No gap is wider than the
        // usual one (the rows'), but that one is narrower by far.
        let glyphs = line([("ก", 10, 18), ("1", 100, 107)], y: 100)
            + line([("ข", 10, 18), ("2", 100, 107)], y: 128)
            + line([("ค", 10, 18), ("3", 100, 107)], y: 156)
            + line([("ง", 10, 18)], y: 176)
            + line([("จ", 10, 18), ("4", 100, 107)], y: 204)
            + line([("ฉ", 10, 18), ("5", 100, 107)], y: 232)
        XCTAssertEqual(builder.build(glyphs: glyphs, pageNumber: 1).text, "ก\t1\nข\t2\nคง\t3\nจ\t4\nฉ\t5\n")
    }

    func testATableStartedAtThePagesFootIsCarriedOnAtTheTopOfTheNext() {
        // A4, 842 points high. Page 1 ends with a table's header and its first row, two lines
        // of it: three lines, too few for a table anywhere but at the page's foot.
        let page1 = line([("p", 60, 480)], y: 600) + line([("h", 150, 170), ("s", 400, 420)], y: 760)
            + line([("a", 60, 200), ("1", 330, 460)], y: 788) + line([("b", 60, 180), ("2", 330, 470)], y: 808)
        let foot = builder.build(glyphs: page1, pageNumber: 1, pageHeight: 842)
        XCTAssertEqual(foot.lines.compactMap(\.table).count, 2)
        XCTAssertEqual(foot.lines.last?.segments.map(\.text), ["a b", "1 2"])
        XCTAssertEqual(foot.unruledChannelsAtFoot.count, 1)
        // The same lines high on a taller page are no table.
        XCTAssertEqual(builder.build(glyphs: page1, pageNumber: 1, pageHeight: 2000).lines.compactMap(\.table), [])

        // Page 2 repeats the header, then carries on the row's second cell, then prose.
        let page2 = line([("h", 150, 170), ("s", 400, 420)], y: 60) + line([("3", 330, 470)], y: 88)
            + line([("q", 60, 480)], y: 130) + line([("r", 60, 470)], y: 150)
        let carried = builder.build(glyphs: page2, pageNumber: 2, pageHeight: 842, continuing: foot.unruledChannelsAtFoot)
        XCTAssertEqual(carried.lines.filter { $0.table != nil }.map { $0.segments.map(\.text) }, [["h", "s"], ["", "3"]])
        XCTAssertEqual(builder.build(glyphs: page2, pageNumber: 2, pageHeight: 842).lines.compactMap(\.table), [])
        // Merged, the header is dropped and the row whole.
        let table = TableMerger().merge(foot.tableFragments(settings: LayoutSettings()) + carried.tableFragments(settings: LayoutSettings()))
        XCTAssertEqual(table.map { $0.rows.map { $0.cells.map(\.text) } }, [[["h", "s"], ["a b", "1 2 3"]]])
    }

    func testANumberedListWithAHangingIndentIsNoTable() {
        // Items `1.`–`4.` with their text at a tab stop, one item wrapped: two columns to the
        // eye, but the first holds only numbers.
        func item(_ number: Unicode.Scalar, _ y: Double) -> [Glyph] {
            line([(number, 60, 68), (".", 68, 71), ("ก", 100, 300)], y: y)
        }
        let list = item("1", 100) + item("2", 122) + line([("ข", 100, 250)], y: 144) + item("3", 166) + item("4", 188)
        let layout = builder.build(glyphs: list, pageNumber: 1)
        XCTAssertEqual(layout.lines.compactMap(\.table), [])
        // With a header over the numbers, the same lines are a table.
        let table = line([("ล", 55, 75), ("ร", 150, 200)], y: 78) + list
        XCTAssertEqual(Set(builder.build(glyphs: table, pageNumber: 1).lines.compactMap(\.table)).count, 1)
    }
}
