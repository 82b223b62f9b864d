import Foundation
import PDFText
import XCTest
@testable import OCRText

/// Numbers in Thai digits read by the digits' shapes: from digits drawn here out of the
/// templates' own grids (dots, dashes, digits run together, a number and a word), and from a
/// scanned list page, where tesseract alone misreads them.
final class ThaiDigitReaderTests: XCTestCase {
    /// A 300 dpi strip of white paper with `text` written in Laksaman's digits 40 pixels high
    /// (`.` a dot on the line, `-` a dash at mid height, ` ` a wide gap), `gap` pixels apart.
    static func strip(_ text: String, gap: Int = 6, height: Int = 40) -> (GreyImage, RulingGrid.Cell) {
        let laksaman = Dictionary(ThaiDigitShape.templateData.prefix(10).map { ($0.0, ($0.1, $0.2)) }, uniquingKeysWith: { a, _ in a })
        var marks: [(width: Int, ink: (Int, Int) -> Bool)] = []
        for character in text {
            switch character {
            case ".": marks.append((6, { _, y in y >= height - 6 }))
            case "-": marks.append((16, { _, y in y >= height / 2 - 2 && y < height / 2 + 2 }))
            case " ": marks.append((height * 2, { _, _ in false }))
            default:
                let (aspect, hex) = laksaman[character]!
                let values = hex.map { $0.hexDigitValue ?? 0 }
                let width = Int((aspect * Double(height)).rounded())
                marks.append((width, { x, y in values[(y * 16 / height) * 16 + x * 16 / width] >= 8 }))
            }
        }
        let width = marks.map(\.width).reduce(0, +) + gap * (marks.count - 1) + 40
        var image = GreyImage(width: width, height: height + 40, dpi: 300, pixels: Array(repeating: 240, count: width * (height + 40)))
        var left = 20
        for mark in marks {
            for y in 0..<height { for x in 0..<mark.width where mark.ink(x, y) { image[left + x, 20 + y] = 20 } }
            left += mark.width + gap
        }
        return (image, RulingGrid.Cell(x0: 0, y0: 0, x1: width, y1: height + 40))
    }

    func testReadsDigitsDotsAndDashes() {
        let reader = ThaiDigitReader()
        for number in ["๙๑.๖๖", "๒๙.๒๓", "๔๒๒", "๑๖๐", "๓๐.๐๐", "๕.๔๑", "-"] {
            let (image, box) = Self.strip(number)
            XCTAssertEqual(reader.read(image, in: box)?.text, number)
        }
    }

    func testDigitsRunTogetherAreParted() {
        // Each digit touches the next, as a scan's thickened strokes join them.
        let (image, box) = Self.strip("๔๒๒", gap: -1)
        XCTAssertEqual(ThaiDigitReader().read(image, in: box)?.text, "๔๒๒")
    }

    func testTwoNumbersOrACutDigitAreNotReadAsOne() {
        let (two, box) = Self.strip("๒๙ ๓๑")
        XCTAssertNil(ThaiDigitReader().read(two, in: box))
        // The box cuts the number's first digit: the reading is not to be trusted.
        let (image, whole) = Self.strip("๒๙.๒๓")
        XCTAssertNil(ThaiDigitReader().read(image, in: RulingGrid.Cell(x0: 30, y0: 0, x1: whole.x1, y1: whole.y1)))
    }

    func testOnlyWhatMayBeAThaiNumberIsReadAgain() {
        XCTAssertTrue(ThaiDigitReader.mayBeThaiNumber("๒๕.ส๕"))
        XCTAssertTrue(ThaiDigitReader.mayBeThaiNumber("ta.’"))
        XCTAssertTrue(ThaiDigitReader.mayBeThaiNumber("NERS"))
        XCTAssertTrue(ThaiDigitReader.mayBeThaiNumber("en"))
        // Arabic digits are the English model's to read; Thai words are no numbers.
        XCTAssertFalse(ThaiDigitReader.mayBeThaiNumber("25.90"))
        XCTAssertFalse(ThaiDigitReader.mayBeThaiNumber("ผ่านดีเยี่ยม"))
        XCTAssertFalse(ThaiDigitReader.mayBeThaiNumber("วิทยาลัยเทคนิคนาดี"))
    }

    /// The tuning list's office scan (make-lists.py's t4: 1-bit pages at 200 dpi on a 22-inch
    /// page, sheared half a degree): page 2 holds rows 1-9.
    static let officeScan = "Tests/Fixtures/lists/t4-colleges-2568-letter-office.pdf"

    static func fixture(_ path: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(path).path
    }

    func testAScannedListsFiguresAreReadByShapeWhereTesseractMisreadsThem() throws {
        let document = try PDFDocument(path: Self.fixture(Self.officeScan))
        let page = try document.page(2)
        var settings = OCRSettings()
        let image = try document.image(ofPage: 2, dpi: settings.renderingDPI(for: page))
        let truth = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.fixture(
            "Tests/Fixtures/lists/t4-colleges-2568-letter-office.truth.json")))) as? [String: Any]
        let rows = (truth?["rows"] as? [[String: Any]] ?? []).filter { ($0["rank"] as? Int ?? 0) <= 9 }
        XCTAssertEqual(rows.count, 9)
        let figures = rows.flatMap { row in
            [row["total"] as? Double].compactMap { $0 } + ((row["tools"] as? [String: Double]) ?? [:]).values
        }.map { String(format: "%.2f", $0).map { $0.isNumber ? Character(String(UnicodeScalar(0x0E50 + $0.wholeNumberValue!)!)) : $0 } }
            .map { String($0) }
        func found(_ settings: OCRSettings) throws -> Int {
            let words = try PageRecognizer(settings: settings).recognize(image).words.map(\.text)
            return figures.filter(words.contains).count
        }
        XCTAssertEqual(try found(settings), figures.count)
        settings.readsThaiDigitsByShape = false
        XCTAssertLessThan(try found(settings), figures.count / 2)
    }
}
