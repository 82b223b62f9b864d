import PDFText
import XCTest
@testable import OCRText

/// tesseract's words become glyphs as a text layer gives them: letters edge to edge within a
/// word, a mark with no width at the end of its letter, a space only where tesseract writes one.
final class RecognizedGlyphsTests: XCTestCase {
    private let line = Rect(x0: 0, y0: 10, x1: 300, y1: 30)

    private func word(_ text: String, _ x0: Double, _ x1: Double, symbols: [(String, Double, Double)] = [],
                      spaceBefore: Bool = false, confidence: Double = 90) -> RecognizedWord {
        RecognizedWord(text: text, rect: Rect(x0: x0, y0: 12, x1: x1, y1: 28), confidence: confidence,
                       symbols: symbols.map { .init(text: $0.0, rect: Rect(x0: $0.1, y0: 12, x1: $0.2, y1: 28)) },
                       lineRect: line, spaceBefore: spaceBefore)
    }

    func testAMarkStandsWithoutWidthAtTheEndOfItsLetter() {
        // "มี" boxed as ม and the mark ี on its own.
        let glyphs = RecognizedGlyphs().glyphs(of: [word("มี", 10, 22, symbols: [("ม", 10, 20), ("ี", 12, 22)])], scale: 1)
        XCTAssertEqual(glyphs.map { String($0.scalar) }, ["ม", "ี"])
        XCTAssertEqual(glyphs[1].rect.width, 0)
        XCTAssertEqual(glyphs[1].rect.x0, glyphs[0].rect.x1)
        // Its line's height, and a little leading above and below, as a font's box has.
        let leading = 20 * RecognizedGlyphs().lineLeading
        XCTAssertEqual(glyphs[0].rect.y0, 10 - leading, accuracy: 1e-9, "a glyph has its line's height")
        XCTAssertEqual(glyphs[0].rect.y1, 30 + leading, accuracy: 1e-9)
    }

    /// A line of low letters alone (`ม`, the end of a word a narrow cell wrapped) stands as tall
    /// as a typical line, so that the gap above it reads as a wrapped line's, not a paragraph's.
    func testALineOfLowLettersIsAsTallAsATypicalLine() {
        let low = Rect(x0: 0, y0: 44, x1: 300, y1: 52)
        let words = [word("ตุลาค", 10, 60), word("ถึง", 70, 100),
                     RecognizedWord(text: "ม", rect: Rect(x0: 10, y0: 44, x1: 18, y1: 52), confidence: 90, symbols: [], lineRect: low, spaceBefore: false)]
        let glyphs = RecognizedGlyphs().glyphs(of: words, scale: 1)
        let m = glyphs.last!
        XCTAssertEqual(m.rect.y1 - m.rect.y0, glyphs[0].rect.y1 - glyphs[0].rect.y0, accuracy: 1e-9)
        XCTAssertEqual(m.rect.y1, 52 + 20 * RecognizedGlyphs().lineLeading, accuracy: 1e-9)
    }

    func testWordsWithoutASpaceMeetAndASpacedWordKeepsItsGap() {
        let words = [word("ได้", 10, 30), word("ี", 31, 35), word("รับ", 40, 60), word("ผล", 80, 100, spaceBefore: true)]
        let glyphs = RecognizedGlyphs().glyphs(of: words, scale: 1)
        let letters = glyphs.filter { !RecognizedGlyphs.isMark($0.scalar) }
        // ได้ runs on to รับ's first letter over the lone mark between them.
        XCTAssertEqual(letters.first { $0.scalar == "ด" }?.rect.x1, 40)
        XCTAssertEqual(letters.first { $0.scalar == "ร" }?.rect.x0, 40)
        XCTAssertEqual(letters.first { $0.scalar == "ผ" }?.rect.x0, 80, "a word after a space keeps its gap")
    }

    func testAWideGapIsNotJoinedEvenWithoutASpace() {
        // Two columns of a table without rulings, which tesseract read as one line.
        let glyphs = RecognizedGlyphs().glyphs(of: [word("การ", 10, 40), word("จัด", 200, 230)], scale: 1)
        XCTAssertEqual(glyphs.first { $0.scalar == "ร" }?.rect.x1, 40)
    }

    func testAMarksOverlongBoxDoesNotStretchItsWord() {
        // tesseract gave ่ a box running on over the next letters.
        let stretched = word("“ผ่", 208, 252, symbols: [("“", 208, 213), ("ผ", 212, 218), ("่", 215, 252)])
        let fitted = RecognizedGlyphs.fittedToLetters(stretched)
        XCTAssertEqual(fitted.rect.x1, 218)
    }

    func testTheLineTextSaysWhereSpacesAre() {
        var line = Substring("เทศบาลเมืองเมืองพล ได้รับ")
        XCTAssertFalse(TesseractEngine.consume("เท", from: &line))
        XCTAssertFalse(TesseractEngine.consume("ศบาลเมืองเมืองพล", from: &line))
        XCTAssertTrue(TesseractEngine.consume("ได้", from: &line))
        XCTAssertFalse(TesseractEngine.consume("รับ", from: &line))
        XCTAssertTrue(TesseractEngine.consume("ไม่อยู่", from: &line), "a word the line does not go on with counts as spaced")
    }
}
