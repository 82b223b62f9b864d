import XCTest
import ThaiText

/// Repair 7: U+FFFD where an InDesign export (through Acrobat) lost a glyph.
final class ReplacementCharacterTests: XCTestCase {
    /// The examples of the budget document in `realworld/` (InDesign → Acrobat 9).
    func testRealWorldExamples() {
        assertNormalizes("สารบััญ", to: "สารบัญ")
        assertNormalizes("ประจำำ\u{FFFD}ปีี", to: "ประจำปี")
        assertNormalizes("หน่่วยงานอื่่\u{FFFD}น", to: "หน่วยงานอื่น")
        assertNormalizes("ประจ\u{FFFD}าปี", to: "ประจำปี")
        assertNormalizes("จำำ\u{FFFD}แนก", to: "จำแนก")
        assertNormalizes("สิทธิ์์\u{FFFD}และ", to: "สิทธิ์และ")
        assertNormalizes("ที่่\u{FFFD} 1", to: "ที่ 1")
        assertNormalizes("ณ ส\u{FFFD}านัก", to: "ณ สำนัก")
        assertNormalizes("\nส\u{FFFD}านัก", to: "\nสำนัก")
        // A doubled SARA AM whose second NIKHAHIT was lost.
        assertNormalizes("สำ\u{FFFD}านัก", to: "สำนัก")
        assertNormalizes("ประจำ\u{FFFD}าปี", to: "ประจำปี")
    }

    func testSeedWords() {
        assertNormalizes("ประจ\u{FFFD}าปีงบประมาณ", to: "ประจำปีงบประมาณ")
        assertNormalizes("ส\u{FFFD}านักปลัด", to: "สำนักปลัด")
        assertNormalizes("ค\u{FFFD}าสั่ง ที่ ๑๖/๒๕๖๘", to: "คำสั่ง ที่ ๑๖/๒๕๖๘")
        assertNormalizes("ตัวชี้้\u{FFFD}วัด", to: "ตัวชี้วัด")
        assertNormalizes("ผู้้\u{FFFD}รับผิดชอบ", to: "ผู้รับผิดชอบ")
        assertNormalizes("ขั้้\u{FFFD}นตอน", to: "ขั้นตอน")
        assertNormalizes("ผลสัมฤทธิ์์\u{FFFD}", to: "ผลสัมฤทธิ์")
    }

    /// Consonant, tone mark, U+FFFD, SARA AA: the U+FFFD is the NIKHAHIT of SARA AM.
    func testReplacementAfterToneMarkIsNikhahit() {
        assertNormalizes("สม่\u{FFFD}าเสมอ", to: "สม่ำเสมอ")
        assertNormalizes("น้\u{FFFD}า", to: "น้ำ")
    }

    /// U+FFFD before a split SARA AM whose NIKHAHIT survived (a Royal Gazette text on the web).
    func testReplacementBeforeASplitSaraAmIsDropped() {
        assertNormalizes("รองเลขาธิการส\u{FFFD}\u{0E4D}\u{0E32}นักงาน", to: "รองเลขาธิการสำนักงาน")
    }

    /// Anywhere else we do not know what was lost, and the U+FFFD stays.
    func testOtherReplacementCharactersStay() {
        for text in [
            "\u{FFFD}",
            "\u{FFFD}าปี",          // nothing before it
            "ประ \u{FFFD}าปี",      // a space before it
            "ก\u{FFFD}ข",           // not before SARA AA
            "กิ\u{FFFD}า",          // after an upper vowel
            "ABC\u{FFFD}า",         // after Latin
            "ที่\u{FFFD}ทำ",        // after a single mark
            "สำ\u{FFFD}นัก",        // after a single SARA AM (pdftotext -raw of the budget document)
            "ตัวชี้วัด \u{FFFD}",
        ] {
            assertUnchanged(text)
        }
    }

    /// The double is seen once the mark is back on its letter: a space or a zero-width
    /// space between the two copies does not hide it.
    func testDoubleSplitBySpaceStillDropsReplacement() {
        assertNormalizes("หน่วยงานอื่ \u{0E48}\u{FFFD}น", to: "หน่วยงานอื่น")
        assertNormalizes("ประจำปี\u{200B}\u{0E35}\u{FFFD}", to: "ประจำปี")
    }

    /// Only the U+FFFD right after the double is dropped.
    func testSecondReplacementCharacterStays() {
        assertNormalizes("ที่่\u{FFFD}\u{FFFD}", to: "ที่\u{FFFD}")
    }
}
