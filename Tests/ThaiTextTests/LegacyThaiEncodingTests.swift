import ThaiText
import XCTest

final class LegacyThaiEncodingTests: XCTestCase {
    func testWindows874DecodesThaiLettersMarksDigitsAndPunctuation() {
        // "ประจำปี ๒๕๖๘ “ผ่านดี”" as Windows-874 bytes.
        let bytes: [UInt8] = [0xBB, 0xC3, 0xD0, 0xA8, 0xD3, 0xBB, 0xD5, 0x20, 0xF2, 0xF5, 0xF6, 0xF8, 0x20,
                              0x93, 0xBC, 0xE8, 0xD2, 0xB9, 0xB4, 0xD5, 0x94]
        XCTAssertEqual(LegacyThaiEncoding.decodeWindows874(bytes), "ประจำปี ๒๕๖๘ “ผ่านดี”")
        XCTAssertTrue(LegacyThaiEncoding.looksLikeWindows874(bytes))
    }

    func testBytesUndefinedInWindows874AreRefused() {
        XCTAssertNil(LegacyThaiEncoding.decodeWindows874([0xBB, 0xFC]))
        XCTAssertFalse(LegacyThaiEncoding.looksLikeWindows874([0xBB, 0xFC]))
        // Windows-1252 text with its low quotation mark (0x84), undefined in 874.
        XCTAssertFalse(LegacyThaiEncoding.looksLikeWindows874([0x84, 0x41, 0x93]))
        // Mostly punctuation, hardly any Thai: not Thai text.
        XCTAssertFalse(LegacyThaiEncoding.looksLikeWindows874([0x93, 0x94, 0x96, 0x97, 0xA1]))
        XCTAssertFalse(LegacyThaiEncoding.looksLikeWindows874(Array("plain ascii".utf8)))
    }
}
