import PDFText
import XCTest
@testable import OCRText

/// Latin nonsense the English model read inside a Thai line is told from a report's English.
/// The words and confidences are tesseract's on the tuning scans (make-scans.py --set
/// tuning-large).
final class StrayLatinWordsTests: XCTestCase {
    private let line = Rect(x0: 200, y0: 1000, x1: 2200, y1: 1060)
    private func word(_ text: String, _ confidence: Double, _ x0: Double, spaceBefore: Bool = false) -> RecognizedWord {
        RecognizedWord(text: text, rect: Rect(x0: x0, y0: 1005, x1: x0 + 40, y1: 1050), confidence: confidence,
                       symbols: [], lineRect: line, spaceBefore: spaceBefore)
    }

    func testUnsureLatinTouchingThaiIsStray() {
        let words = [word("ของ", 93, 200, spaceBefore: true), word("ere", 41, 240), word("มี", 92, 280)]
        XCTAssertEqual(StrayLatinWords().strays(in: words).map(\.indices), [[1]])
        // Thai on one side only is enough (`เสริมจao&al สร้าง`).
        let after = [word("จ", 90, 200), word("ao&al", 55, 240), word("สร้าง", 93, 300, spaceBefore: true)]
        XCTAssertEqual(StrayLatinWords().strays(in: after).map(\.indices), [[1]])
    }

    func testAReportsEnglishIsLeftAsRead() {
        // Read surely, even touching Thai.
        XCTAssertEqual(StrayLatinWords().strays(in: [word("ไทย", 93, 200), word("(ITA)", 92, 240)]), [])
        // Read unsurely, but standing apart with spaces (`ภายใน (Internal Integrity`).
        let apart = [word("ภายใน", 93, 200), word("(Internal", 37, 260, spaceBefore: true),
                     word("Integrity", 93, 400, spaceBefore: true)]
        XCTAssertEqual(StrayLatinWords().strays(in: apart), [])
        // Digits and marks are no Latin letters.
        XCTAssertEqual(StrayLatinWords().strays(in: [word("ข้อ", 93, 200), word("2.5", 40, 240)]), [])
    }

    func testAWordOnAnotherLineDoesNotTouch() {
        var other = word("ของ", 93, 200)
        other.lineRect = Rect(x0: 200, y0: 900, x1: 2200, y1: 960)
        XCTAssertEqual(StrayLatinWords().strays(in: [other, word("ere", 41, 240, spaceBefore: true)]), [])
    }

    private func rect(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) -> Rect { Rect(x0: x0, y0: y0, x1: x1, y1: y1) }

    /// `ผู้` cut out of its line as a line of its own and read `ere` (garuda-ruled, 300 dpi).
    func testALatinLineLevelWithThaiBesideItIsStray() {
        let left = rect(238, 628, 1312, 707), right = rect(1360, 628, 2241, 700), own = rect(1323, 631, 1357, 706)
        let words = [RecognizedWord(text: "ของ", rect: rect(1250, 640, 1312, 700), confidence: 93, symbols: [], lineRect: left),
                     RecognizedWord(text: "ere", rect: own, confidence: 67, symbols: [], lineRect: own),
                     RecognizedWord(text: "มี", rect: rect(1360, 640, 1400, 700), confidence: 93, symbols: [], lineRect: right)]
        XCTAssertEqual(StrayLatinWords().strays(in: words).map(\.indices), [[1]])
        // A line two line heights away across is no part of that line.
        var far = words
        far[1].rect = rect(2400, 631, 2434, 706)
        far[1].lineRect = far[1].rect
        XCTAssertEqual(StrayLatinWords().strays(in: far), [])
    }

    /// The marks of `ขับเคลื่อน` cut off as a row and read `aA A` (69 and 82: unsure together).
    func testALatinRowJustOverAThaiLineIsAMarkRow() {
        let row = rect(523, 2913, 675, 2954), line = rect(475, 2951, 736, 2986)
        let words = [RecognizedWord(text: "aA", rect: rect(523, 2913, 554, 2954), confidence: 69, symbols: [], lineRect: row),
                     RecognizedWord(text: "A", rect: rect(640, 2913, 675, 2954), confidence: 82, symbols: [], lineRect: row),
                     RecognizedWord(text: "ขับเคลื่อน", rect: line, confidence: 92, symbols: [], lineRect: line)]
        let strays = StrayLatinWords().strays(in: words)
        XCTAssertEqual(strays.map(\.indices), [[0, 1]])
        XCTAssertEqual(strays.map(\.isMarkRow), [true])
        // English read surely over a Thai line is a line of the report.
        var sure = words
        sure[0].confidence = 93
        sure[1].confidence = 95
        XCTAssertEqual(StrayLatinWords().strays(in: sure), [])
    }

    /// The `ู` of `ผู้รับผิดชอบ` cut off under its line and read `qa` (umpush, 250 dpi).
    func testASmallLatinRowJustUnderAThaiLineIsAMarkRow() {
        let line = rect(3014, 275, 3196, 331), row = rect(3021, 332, 3044, 353)
        let words = [RecognizedWord(text: "ผู้รับผิดชอบ", rect: line, confidence: 90, symbols: [], lineRect: line),
                     RecognizedWord(text: "qa", rect: row, confidence: 73, symbols: [], lineRect: row)]
        XCTAssertEqual(StrayLatinWords().strays(in: words).map(\.isMarkRow), [true])
        // A line as tall as the Thai one below it is a line of text.
        var tall = words
        tall[1].rect = rect(3021, 335, 3150, 385)
        tall[1].lineRect = tall[1].rect
        XCTAssertEqual(StrayLatinWords().strays(in: tall), [])
    }

    func testOnlyThaiReadingsReplace() {
        XCTAssertTrue(StrayLatinWords.isThaiOnly("ผู้"))
        XCTAssertTrue(StrayLatinWords.isThaiOnly("การ ถูก"))
        XCTAssertFalse(StrayLatinWords.isThaiOnly("ผู้a"))
        XCTAssertFalse(StrayLatinWords.isThaiOnly(""))
        XCTAssertFalse(StrayLatinWords.isThaiOnly("\u{0E49}\u{0E4D}"), "marks alone would stand on no letter")
    }
}
