import XCTest
import ThaiText

/// Repair 6: zero-width and other invisible characters inside Thai words.
final class InvisibleCharacterTests: XCTestCase {
    private let invisibles = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{00AD}", "\u{FEFF}"]

    func testInvisibleBetweenThaiLettersIsRemoved() {
        for invisible in invisibles {
            assertNormalizes("ตัว\(invisible)ชี้วัด", to: "ตัวชี้วัด")
            assertNormalizes("สำนัก\(invisible)ปลัด", to: "สำนักปลัด")
            assertNormalizes("ที่ ๑๖\(invisible)๒๕๖๘", to: "ที่ ๑๖๒๕๖๘")
        }
    }

    /// e-signature overlays even put a zero-width space between a letter and its mark.
    func testInvisibleBetweenLetterAndMarkIsRemoved() {
        for invisible in invisibles {
            assertNormalizes("ตัวช\(invisible)ี้วัด", to: "ตัวชี้วัด")
            assertNormalizes("ตัวชี\(invisible)้วัด", to: "ตัวชี้วัด")
            assertNormalizes("ผู้รับผิดชอ\(invisible)บ", to: "ผู้รับผิดชอบ")
        }
    }

    func testRunOfInvisiblesIsRemoved() {
        assertNormalizes("ผลสัม\u{200B}\u{200D}\u{2060}ฤทธิ์", to: "ผลสัมฤทธิ์")
    }

    func testLeadingByteOrderMarkIsRemoved() {
        assertNormalizes("\u{FEFF}ประจำปีงบประมาณ", to: "ประจำปีงบประมาณ")
        assertNormalizes("\u{FEFF}ITA", to: "ITA")
        assertNormalizes("\u{FEFF}\u{FEFF}ITA", to: "ITA")
        assertNormalizes("\u{FEFF}", to: "")
    }

    /// Decision: outside Thai text these characters are left alone. Between Latin words a
    /// ZWSP may be the only separator, a ZWJ builds emoji, a ZWNJ matters in other scripts.
    func testInvisiblesOutsideThaiAreKept() {
        assertUnchanged("Integrity\u{200B}Transparency")
        assertUnchanged("ITA\u{200B}ประจำปี")
        assertUnchanged("ประจำปี\u{200B}2568")
        assertUnchanged("👩\u{200D}💻 ตัวชี้วัด")
        assertUnchanged("soft\u{00AD}hyphen")
        assertUnchanged("ตัวชี้วัด \u{200B}ผลสัมฤทธิ์")
        assertUnchanged("\u{200B}ตัวชี้วัด")
        assertUnchanged("ตัวชี้วัด\u{200B}")
    }
}
