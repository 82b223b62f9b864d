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

    func testTheDesignTableCoversTheWholeRange() {
        XCTAssertEqual(Set(Self.designTable.keys), Set(UInt32(0xF700)...UInt32(0xF71A)))
    }

    func testEveryPUACodePointMapsToItsStandardScalar() {
        for (pua, standard) in Self.designTable.sorted(by: { $0.key < $1.key }) {
            let isConsonant = standard == 0x0E10 || standard == 0x0E0D
            // A mark is tested on a consonant it can sit on; ฐ and ญ on their own.
            let input = isConsonant ? ScalarDescription.string(pua) : ScalarDescription.string(0x0E01, pua)
            let expected = isConsonant ? ScalarDescription.string(standard) : ScalarDescription.string(0x0E01, standard)
            assertNormalizes(input, to: expected)
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
            assertUnchanged(input)
        }
    }

    /// As in the text layer of an Acrobat PDFMaker document set in TH SarabunIT๙.
    func testRealWordsWithLowAndLeftVariants() {
        assertNormalizes("หน\u{F70B}าที่", to: "หน้าที่")
        assertNormalizes("เป\u{F712}นธรรม", to: "เป็นธรรม")
        assertNormalizes("ส\u{F70A}วนราชการ", to: "ส่วนราชการ")
        assertNormalizes("ผลสัมฤทธิ\u{F70E}", to: "ผลสัมฤทธิ์")
        assertNormalizes("ตัวช\u{F702}\u{F714}วัด", to: "ตัวชี้วัด")
        assertNormalizes("ผู\u{F70B}รับผิดชอบ", to: "ผู้รับผิดชอบ")
        assertNormalizes("ข\u{F710}\u{F706}นตอน", to: "ขั้นตอน")
        assertNormalizes("\u{F700}านข้อมูล", to: "ฐานข้อมูล")
        assertNormalizes("สำคั\u{F70F}", to: "สำคัญ")
        assertNormalizes("ผลสัมฤทธ\u{F701}\u{F717}", to: "ผลสัมฤทธิ์")
    }

    /// Mapped in drawing order, a tone mark can come before the vowel it sits above.
    func testMappedVariantsAreReordered() {
        assertNormalizes("ตัวช\u{F70B}\u{F702}วัด", to: "ตัวชี้วัด")
        assertNormalizes("ผ\u{F70B}\u{F719}รับผิดชอบ", to: "ผู้รับผิดชอบ")
        assertNormalizes("ผลสัมฤทธ\u{F70E}\u{F701}", to: "ผลสัมฤทธิ์")
    }
}
