import XCTest
import ThaiText

/// Repair 4: white space (and invisible characters) between a letter and its mark.
final class StrandedMarkTests: XCTestCase {
    func testSpaceBeforeMarkIsRemoved() {
        assertNormalizes("ตัวชี \u{0E49}วัด", to: "ตัวชี้วัด")
        assertNormalizes("ดังนั \u{0E49}น", to: "ดังนั้น")
        assertNormalizes("ผู \u{0E49}รับผิดชอบ", to: "ผู้รับผิดชอบ")
        assertNormalizes("ข \u{0E31}\u{0E49}นตอน", to: "ขั้นตอน")
        assertNormalizes("สัมฤทธิ \u{0E4C}", to: "สัมฤทธิ์")
    }

    func testEveryKindOfSpace() {
        for gap in [" ", "\u{00A0}", "  ", " \u{00A0} ", "\u{2009}", "\u{3000}", " \u{200B}"] {
            assertNormalizes("ตัวชี\(gap)\u{0E49}วัด", to: "ตัวชี้วัด")
        }
    }

    /// A mark at the start of a line or cell belongs to the last letter before it; the tab
    /// or line break stays, so cells and lines are not merged.
    func testMarkMovesAcrossTabsAndLineBreaks() {
        assertNormalizes("ตัวชี\n\u{0E49}วัด", to: "ตัวชี้\nวัด")
        assertNormalizes("ตัวชี\r\n\u{0E49}วัด", to: "ตัวชี้\r\nวัด")
        assertNormalizes("ดังนั\n \u{0E49}น", to: "ดังนั้\nน")
        assertNormalizes("ผลสัมฤทธิ\t\u{0E4C}\t98.81", to: "ผลสัมฤทธิ์\t\t98.81")
        assertNormalizes("ขั\u{000C}\u{0E49}นตอน", to: "ขั้\u{000C}นตอน")
        assertNormalizes("ข\n\u{0E31} \u{0E49}นตอน", to: "ขั้\nนตอน")
    }

    /// White space after the last mark is the space before the next word.
    func testSpaceAfterTheMarksIsKept() {
        assertNormalizes("ตัวชี \u{0E49} วัด", to: "ตัวชี้ วัด")
        assertNormalizes("คำสั่ง ท \u{0E35}\u{0E48}\t๑๖/๒๕๖๘", to: "คำสั่ง ที่\t๑๖/๒๕๖๘")
    }

    func testSeveralMarksAfterSpaces() {
        assertNormalizes("ข \u{0E31} \u{0E49}นตอน", to: "ขั้นตอน")
    }

    func testMarkAtTheStartOfTheTextStays() {
        assertUnchanged("\u{0E49}วัด")
        assertUnchanged(" \u{0E49}วัด")
        assertUnchanged("\n\u{0E49}วัด")
    }

    /// Only a Thai letter (and the marks already on it) can take the mark back.
    func testMarkAfterSomethingElseStays() {
        assertUnchanged("ITA \u{0E49}")
        assertUnchanged("2568 \u{0E49}")
        assertUnchanged("๒๕๖๘ \u{0E49}")
        assertUnchanged("(ตัวชี้วัด) \u{0E49}")
        assertUnchanged("ไปสู่การพัฒนา \u{0E48}")
        assertUnchanged("การพัฒนา\u{0E48} \u{0E49}")
    }

    /// Spaces that are not before a mark are text.
    func testOtherSpacesAreKept() {
        assertUnchanged("คำสั่ง ที่ ๑๖/๒๕๖๘")
        assertUnchanged("ตัวชี้วัด ที่ 1\tผลสัมฤทธิ์\n\nสำนักปลัด")
    }

    /// poppler's `ตัวชีว้ ัด`: the tone mark went onto the next letter, which only a
    /// dictionary can see. The rules do not make it right (the stray MAI HAN-AKAT joins the
    /// letter before it), and they keep every letter.
    func testDisplacedMarkIsNotFixedByRules() {
        assertNormalizes("ตัวชีว\u{0E49} \u{0E31}ด", to: "ตัวชีว\u{0E31}\u{0E49}ด")
    }
}
