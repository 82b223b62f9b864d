import XCTest
@testable import ThaiText

/// Repair 1: PUA glyph variants U+F700–U+F71A become the Thai scalars they stand for.
final class PUAGlyphMapTests: XCTestCase {
    /// The table of the design notes, written out here by its ranges, independently of
    /// `PUAGlyphMap`.
    private static let designTable: [UInt32: UInt32] = {
        var table: [UInt32: UInt32] = [
            0xF700: 0x0E10,  // ฐ
            0xF70F: 0x0E0D,  // ญ
            0xF710: 0x0E31,  // MAI HAN-AKAT
            0xF711: 0x0E4D,  // NIKHAHIT
            0xF712: 0x0E47,  // MAITAIKHU
        ]
        for offset: UInt32 in 0..<4 { table[0xF701 + offset] = 0x0E34 + offset }
        for offset: UInt32 in 0..<5 {
            table[0xF705 + offset] = 0x0E48 + offset
            table[0xF70A + offset] = 0x0E48 + offset
            table[0xF713 + offset] = 0x0E48 + offset
        }
        for offset: UInt32 in 0..<3 { table[0xF718 + offset] = 0x0E38 + offset }
        return table
    }()

    private let normalizer = ThaiNormalizer()

    func testTheDesignTableCoversTheWholeRange() {
        XCTAssertEqual(Set(Self.designTable.keys), Set(UInt32(0xF700)...UInt32(0xF71A)))
    }

    func testEveryPUACodePointMapsToItsStandardScalar() {
        for (pua, standard) in Self.designTable.sorted(by: { $0.key < $1.key }) {
            let isConsonant = standard == 0x0E10 || standard == 0x0E0D
            // A mark is tested on a consonant it can sit on; ฐ and ญ on their own.
            let input = isConsonant ? ScalarDescription.string(pua) : ScalarDescription.string(0x0E01, pua)
            let expected = isConsonant ? ScalarDescription.string(standard) : ScalarDescription.string(0x0E01, standard)
            XCTAssertEqual(normalizer.normalize(input), expected,
                           "U+\(String(pua, radix: 16, uppercase: true))")
        }
    }

    func testTheMapTableAgreesWithTheDesignTable() {
        XCTAssertEqual(PUAGlyphMap.table.count, Self.designTable.count)
        for entry in PUAGlyphMap.table {
            XCTAssertEqual(Self.designTable[entry.pua], entry.standard.value,
                           "U+\(String(entry.pua, radix: 16, uppercase: true))")
        }
    }

    func testOtherPrivateUseCodePointsAreKept() {
        for value: UInt32 in [0xE000, 0xF6FF, 0xF71B, 0xF71C, 0xF8FF] {
            let input = ScalarDescription.string(0x0E01, value, 0x0E32)
            XCTAssertEqual(normalizer.normalize(input), input, ScalarDescription.describe(input))
        }
    }

    /// As in the text layer of an Acrobat PDFMaker document set in TH SarabunIT๙.
    func testRealWordsWithLowAndLeftVariants() {
        XCTAssertEqual(normalizer.normalize("หน\u{F70B}าที่"), "หน้าที่")
        XCTAssertEqual(normalizer.normalize("เป\u{F712}นธรรม"), "เป็นธรรม")
        XCTAssertEqual(normalizer.normalize("ส\u{F70A}วนราชการ"), "ส่วนราชการ")
        XCTAssertEqual(normalizer.normalize("ผลสัมฤทธิ\u{F70E}"), "ผลสัมฤทธิ์")
        XCTAssertEqual(normalizer.normalize("ตัวช\u{F702}\u{F714}วัด"), "ตัวชี้วัด")
        XCTAssertEqual(normalizer.normalize("ผู\u{F70B}รับผิดชอบ"), "ผู้รับผิดชอบ")
        XCTAssertEqual(normalizer.normalize("ข\u{F710}\u{F706}นตอน"), "ขั้นตอน")
        XCTAssertEqual(normalizer.normalize("\u{F700}านข้อมูล"), "ฐานข้อมูล")
        XCTAssertEqual(normalizer.normalize("สำคั\u{F70F}"), "สำคัญ")
        XCTAssertEqual(normalizer.normalize("ผลสัมฤทธ\u{F701}\u{F717}"), "ผลสัมฤทธิ์")
    }

    /// Mapped in drawing order, a tone mark can come before the vowel it sits above.
    func testMappedVariantsAreReordered() {
        XCTAssertEqual(normalizer.normalize("ตัวช\u{F70B}\u{F702}วัด"), "ตัวชี้วัด")
        XCTAssertEqual(normalizer.normalize("ผ\u{F70B}\u{F719}รับผิดชอบ"), "ผู้รับผิดชอบ")
        XCTAssertEqual(normalizer.normalize("ผลสัมฤทธ\u{F70E}\u{F701}"), "ผลสัมฤทธิ์")
    }
}
