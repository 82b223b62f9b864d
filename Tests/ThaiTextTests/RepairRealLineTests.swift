import XCTest
@testable import ThaiText

/// Lines of the real agency PDFs in ../shared/realworld, as their text layers give them
/// (`pdftotext -raw`, then the normaliser), beside what the rendered page prints.
final class RepairRealLineTests: XCTestCase {
    // eb1-1.2 procurement (Word 2007, TH SarabunPSK): SARA AM lost.
    func testLostSaraAm() throws {
        try assertRepairs("สานักงานสาธารณสุขอาเภอหนองใหญ่", "สำนักงานสาธารณสุขอำเภอหนองใหญ่")
        try assertRepairs("สานักงานสาธารณสุขจังหวัดชลบุรี", "สำนักงานสาธารณสุขจังหวัดชลบุรี")
        try assertRepairs("นั้นผู้ปฏิบัติได้ประสบกับปัญหาและอุปสรรคในการดาเนินงานทั้งในการกาหนดรายละเอียด",
                          "นั้นผู้ปฏิบัติได้ประสบกับปัญหาและอุปสรรคในการดำเนินงานทั้งในการกำหนดรายละเอียด")
    }

    // `หา` (seek) beside `หำ`, `คา นา` beside `คำ นำ`: ties, left as they are (the page
    // prints หา, คำนำ). `จัด ทา ขึ้น` beside `จัด ทำ ขึ้น` tied too until the agency
    // vocabulary gave จัดทำ as one word.
    func testLostSaraAmTieIsLeft() throws {
        try assertRepairs("คานา", "คานา")
        try assertRepairs("เอกสารฉบับนี้จัดทาขึ้นเพื่อสรุป", "เอกสารฉบับนี้จัดทำขึ้นเพื่อสรุป")
        try assertRepairs("ผู้ปฏิบัติงานจะนาไปศึกษาวิเคราะห์ และหาวิธีการแก้ไขเพื่อนามาพัฒนา",
                          "ผู้ปฏิบัติงานจะนำไปศึกษาวิเคราะห์ และหาวิธีการแก้ไขเพื่อนำมาพัฒนา")
    }

    // namyuen policy (Word 2010, TH SarabunPSK): SARA AM as MAI THO + SARA AA.
    func testMaiThoForSaraAm() throws {
        try assertRepairs("ประกาศโรงพยาบาลน้ายืน", "ประกาศโรงพยาบาลน้ำยืน")
        try assertRepairs("รวมถึงมาตรฐานส้าคัญ", "รวมถึงมาตรฐานสำคัญ")
        // `จ้า เป็นต่อ` and `จำเป็น ต่อ` tie; the text's unambiguous `ส้าคัญ` decides.
        try assertRepairs("มาตรฐานส้าคัญ\nจ้าเป็นต่อความปลอดภัย", "มาตรฐานสำคัญ\nจำเป็นต่อความปลอดภัย")
        try assertRepairs("จ้าเป็นต่อความปลอดภัย", "จ้าเป็นต่อความปลอดภัย")
    }

    // eb2-2.7 slide (PowerPoint 2013): SARA AA turned into SARA AM.
    func testSaraAmForSaraAa() throws {
        try assertRepairs("ด้ำนสุขภำพระดับชำติ", "ด้านสุขภาพระดับชาติ")
        try assertRepairs("สู่เมืองสุขภำพดี", "สู่เมืองสุขภาพดี")
        try assertRepairs("กำรพัฒนำคุณภำพชีวิต", "การพัฒนาคุณภาพชีวิต")
        try assertRepairs("นำยแพทย์ชำนำญกำร", "นายแพทย์ชำนาญการ")
    }

    // Flipbook copies: a mark after the next consonant, a space where it stood.
    func testDisplacedMarks() throws {
        try assertRepairs("ปงี บประมาณ", "ปีงบประมาณ")
        try assertRepairs("หลกั การ", "หลักการ")
        try assertRepairs("บรหิ าร", "บริหาร")
    }

    func testDroppedToneMark() throws {
        try assertRepairs("เพือ", "เพื่อ")
    }

    // eb1-1.2, page 7: the chart's legend prints ค่าครุภัณฑ์; its text layer lost the MAI HAN-AKAT.
    func testDroppedMaiHanAkat() throws {
        try assertRepairs("ค่าครุภณฑ์ (งบลงทุน)", "ค่าครุภัณฑ์ (งบลงทุน)")
    }

    // budget vol. 17: a line that prints a SARA AM has a font that keeps it, so its SARA AA
    // is not taken for a lost SARA AM (`พลาสม่า` was once 'repaired' into พลำสม่า).
    func testALineWithASaraAmLosesNone() throws {
        try assertRepairs("เซลล์ต้นกำเนิดเม็ดโลหิตและผลิตภัณฑ์จากพลาสม่าทีเพียงพอ",
                          "เซลล์ต้นกำเนิดเม็ดโลหิตและผลิตภัณฑ์จากพลาสม่าทีเพียงพอ")
        try assertRepairs("จากพลาสม่าทีเพียงพอ", "จากพลำสม่าทีเพียงพอ")
    }

    // A word of the dictionary is never edited, even one a damage kind could have made.
    func testRightWordsStay() throws {
        for line in ["น้ำ", "ทำ", "จำนวน", "น้า", "น้ำท่วม", "ทำงาน", "สำนักงาน", "นายสมชาย ใจดี", "นางสาวขวัญหทัย นาโสภ",
                     "ป.ป.ช.", "อปท.", "ITA 2568", "๒๕๖๔", "ทีมี"] {
            try assertRepairs(line, line)
        }
    }

    func testChangesSayWhatAndWhere() throws {
        let (text, changes) = try repairer().repairWithChanges("ปี 2562 สานักงาน")
        XCTAssertEqual(text, "ปี 2562 สำนักงาน")
        XCTAssertEqual(changes, [ThaiRepairer.Change(before: "สานักงาน", after: "สำนักงาน", offset: 8, kinds: [.lostSaraAm])])
    }
}
