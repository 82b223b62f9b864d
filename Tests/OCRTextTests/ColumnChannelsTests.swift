import PDFText
import XCTest
@testable import OCRText

/// The columns of a table drawn without rulings, found from the ink between rows over the whole
/// table, and tesseract's lines put back on their side of them.
final class ColumnChannelsTests: XCTestCase {
    /// A white page with black blocks (letters' ink) at the given x ranges on rows 40 pixels
    /// high, 60 apart; and one tesseract word per block, all of a row on one line.
    private func page(_ rows: [[ClosedRange<Int>]]) -> (GreyImage, [RecognizedWord]) {
        var image = GreyImage(width: 600, height: 60 * rows.count + 40, dpi: 300, pixels: Array(repeating: 240, count: 600 * (60 * rows.count + 40)))
        var words: [RecognizedWord] = []
        for (index, blocks) in rows.enumerated() {
            let top = 20 + 60 * index
            let line = Rect(x0: Double(blocks.first!.lowerBound), y0: Double(top), x1: Double(blocks.last!.upperBound), y1: Double(top + 40))
            for block in blocks {
                for y in top..<(top + 40) { for x in block { image[x, y] = 20 } }
                words.append(RecognizedWord(text: "ก", rect: Rect(x0: Double(block.lowerBound), y0: Double(top), x1: Double(block.upperBound), y1: Double(top + 40)),
                                            confidence: 90, symbols: [], lineRect: line, spaceBefore: false))
            }
        }
        return (image, words)
    }

    func testAGapDownTheRowsWithCellsLinedUpAfterItIsAColumn() {
        // Left cells end anywhere; right cells start at 300; the gap is 12 to 40 pixels wide.
        let (image, words) = page([[10...200, 300...500], [10...288, 300...420], [10...250, 300...560], [10...270, 300...380]])
        let channels = ColumnChannels().channels(of: words, in: image, ink: 128)
        XCTAssertEqual(channels.count, 1)
        XCTAssertEqual(channels.first?.x.lowerBound ?? 0, 289, accuracy: 1)
        XCTAssertEqual(channels.first?.x.upperBound ?? 0, 300, accuracy: 1)
        XCTAssertEqual(channels.first?.edges.count, 4)
    }

    func testGapsOfRepeatedWordsOrThatLineUpByChanceAreNoColumns() {
        // The same words over each other in every row: their gaps line up, but count once.
        let repeated = page(Array(repeating: [10...100, 112...300, 312...500], count: 4))
        XCTAssertTrue(ColumnChannels().channels(of: repeated.1, in: repeated.0, ink: 128).isEmpty)
        // Gaps of different rows that overlap by chance, with nothing lined up at their edges.
        let chance = page([[10...200, 260...500], [10...216, 245...500], [10...190, 228...500], [10...150, 300...500]])
        XCTAssertTrue(ColumnChannels().channels(of: chance.1, in: chance.0, ink: 128).isEmpty)
    }

    func testALineRunAcrossAColumnIsCutWhereTesseractWroteASpace() {
        // tesseract's box of the right cell's first letter stands 12 pixels left of its ink,
        // inside the channel (100 to 110); it wrote a space before it.
        let line = Rect(x0: 0, y0: 0, x1: 200, y1: 20)
        func word(_ x0: Double, _ x1: Double, spaced: Bool = false) -> RecognizedWord {
            RecognizedWord(text: "ก", rect: Rect(x0: x0, y0: 2, x1: x1, y1: 18), confidence: 90, symbols: [], lineRect: line, spaceBefore: spaced)
        }
        let channel = ColumnChannels.Channel(x: 100...110, y: 0...20, edges: [.init(y: 0...20, left: 100, right: 110)])
        let words = [word(60, 80), word(82, 96), word(98, 108, spaced: true), word(116, 124)]
        let sided = RecognizedGlyphs().sided(words, of: [channel])
        XCTAssertEqual(sided.map(\.rect.x0), [60, 82, 110, 116])
        XCTAssertEqual(sided[1].rect.x1, 100, "the left cell's last letter reaches its ink's edge")
        let glyphs = RecognizedGlyphs().glyphs(of: words, scale: 1, channels: [channel])
        XCTAssertLessThanOrEqual(glyphs[1].rect.x1, 100, "no letter is joined across the channel")
        XCTAssertGreaterThanOrEqual(glyphs[2].rect.x0, 110)
    }
}
