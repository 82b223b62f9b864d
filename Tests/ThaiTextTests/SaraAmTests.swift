import XCTest
import ThaiText

/// Repairs 2 and 3: SARA AM split into NIKHAHIT + SARA AA, and SARA AM drawn twice.
final class SaraAmTests: XCTestCase {
    private let nikhahit = "\u{0E4D}"
    private let saraAa = "\u{0E32}"
    private let saraAm = "\u{0E33}"

    // MARK: NIKHAHIT + SARA AA

    func testSplitSaraAmIsJoined() {
        assertNormalizes("ประจ\(nikhahit)\(saraAa)ปีงบประมาณ", to: "ประจำปีงบประมาณ")
        assertNormalizes("ส\(nikhahit)\(saraAa)นักปลัด", to: "สำนักปลัด")
        assertNormalizes("ค\(nikhahit)\(saraAa)สั่ง ที่ ๑๖/๒๕๖๘", to: "คำสั่ง ที่ ๑๖/๒๕๖๘")
        assertNormalizes("การด\(nikhahit)\(saraAa)เนินงาน", to: "การดำเนินงาน")
    }

    func testToneMarkBetweenNikhahitAndSaraAa() {
        // อย่างสม่ำเสมอ, in both orders a PDF gives the pieces in.
        assertNormalizes("สม\u{0E4D}\u{0E48}\u{0E32}เสมอ", to: "สม่ำเสมอ")
        assertNormalizes("สม\u{0E48}\u{0E4D}\u{0E32}เสมอ", to: "สม่ำเสมอ")
        assertNormalizes("น\u{0E4D}\u{0E49}\u{0E32}", to: "น้ำ")
        assertNormalizes("น\u{0E49}\u{0E4D}\u{0E32}", to: "น้ำ")
    }

    /// poppler's text of a Word document: a space between the two pieces (`ทํ า`).
    func testWhiteSpaceBetweenNikhahitAndSaraAa() {
        assertNormalizes("จัดท\(nikhahit) \(saraAa)แผน", to: "จัดทำแผน")
        assertNormalizes("ส\(nikhahit) \(saraAa) นัก", to: "สำ นัก")
        assertNormalizes("จัดท\(nikhahit)\u{00A0}\u{200B}\(saraAa)", to: "จัดทำ")
    }

    /// pdftotext on the InDesign budget document reads the pieces the other way round.
    func testSaraAaFollowedByNikhahitIsSaraAm() {
        assertNormalizes("ตอร์สา\(nikhahit)หรับ", to: "ตอร์สำหรับ")
        assertNormalizes("ซอร์กา\(nikhahit) ลัง", to: "ซอร์กำ ลัง")
        assertNormalizes("ให้ทา\(nikhahit)หน้าที่", to: "ให้ทำหน้าที่")
        assertNormalizes("สม\u{0E48}\(saraAa)\(nikhahit)เสมอ", to: "สม่ำเสมอ")
    }

    func testPUANikhahitIsJoinedToo() {
        assertNormalizes("ส\u{F711}\(saraAa)นักปลัด", to: "สำนักปลัด")
        assertNormalizes("สม\u{F711}\u{F70A}\(saraAa)เสมอ", to: "สม่ำเสมอ")
    }

    func testNikhahitWithoutSaraAaIsKept() {
        // Pali written with NIKHAHIT (พุทธํ สรณํ) must not change.
        assertNormalizes("พุทธ\(nikhahit) สรณ\(nikhahit)", to: "พุทธ\(nikhahit) สรณ\(nikhahit)")
        assertNormalizes("ก\(nikhahit)ก\(saraAa)", to: "ก\(nikhahit)ก\(saraAa)")
    }

    // MARK: SARA AM drawn twice

    /// pdfminer/pdfplumber: a SARA AM drawn as two glyphs comes out as SARA AM + SARA AA.
    func testSaraAmFollowedBySaraAaIsOneSaraAm() {
        assertNormalizes("การน\(saraAm)\(saraAa)ผลการด\(saraAm)\(saraAa)เนินการ", to: "การนำผลการดำเนินการ")
        assertNormalizes("ประจ\(saraAm)\(saraAa)ปีงบประมาณ", to: "ประจำปีงบประมาณ")
        assertNormalizes("สม\u{0E48}\(saraAm)\(saraAa)เสมอ", to: "สม่ำเสมอ")
    }

    func testDoubledSaraAmIsOneSaraAm() {
        assertNormalizes("ประจ\(saraAm)\(saraAm)ปี", to: "ประจำปี")
        assertNormalizes("ส\(saraAm)\(saraAm)\(saraAm)นักปลัด", to: "สำนักปลัด")
        assertNormalizes("ส\(saraAm)\(saraAm)\(saraAa)นักปลัด", to: "สำนักปลัด")
    }

    func testSplitSaraAmAfterSaraAmIsItsDouble() {
        assertNormalizes("ส\(saraAm)\(nikhahit)\(saraAa)นัก", to: "สำนัก")
    }

    /// Only SARA AM is reduced: doubled letters of real words stay.
    func testOtherDoubledLettersAreKept() {
        for text in ["ธรรมาภิบาล", "คุณธรรมและความโปร่งใส", "กกต.", "ตามมาตรฐาน", "นาา", "ประจำ าปี"] {
            assertNormalizes(text, to: text)
        }
    }
}
