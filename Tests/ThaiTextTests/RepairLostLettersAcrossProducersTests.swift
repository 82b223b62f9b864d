import XCTest
@testable import ThaiText

/// Issue 16, part 3: spaces for lost letters as other producers leave them (`LostLetterSpaceRepair`),
/// on lines of tuning-lines-5.tsv unless said, and what must stay as it is.
final class RepairLostLettersAcrossProducersTests: XCTestCase {
    /// A pasted report that lost only the tone mark stacked on an upper vowel: the space after
    /// the vowel is the mark (`ครั ง`, `เกี ยว`, `เพื อ`), and a tone mark lost at a word's end left
    /// no space of its own (`บทนี จะ`); once the span shows it, a word as it stands gets its
    /// mark too where the marked word is far likelier (`ที`: ที่).
    func testToneMarkLostAfterItsVowel() throws {
        try assertRepairs("งานวิจัยที เกี ยวข้องในบทนี จะกล่าวถึงแนวคิด", "งานวิจัยที่ เกี่ยวข้องในบทนี้ จะกล่าวถึงแนวคิด")
        try assertRepairs("การศึกษาครั งนี ศึกษาได้ค้นคว้า", "การศึกษาครั้งนี้ ศึกษาได้ค้นคว้า")
        try assertRepairs("เพื อเป็ นพื นฐานและแนวคิด", "เพื่อเป็นพื้นฐานและแนวคิด")
    }

    /// A mark lost at a word's end before a real space or the line's end (`วางไว ระหว าง`), and a
    /// short span on a line that showed the damage elsewhere (`ด งน` after `ต างๆ`, `บทท` before a
    /// digit).
    func testMarkLostAtAWordsEnd() throws {
        try assertRepairs("ต างๆ เป นไปตามก จกรรมท วางไว ระหว างด าเน นโครงการ", "ต่างๆ เป็นไปตามกิจกรรมที่วางไว้ ระหว่างดำเนินโครงการ")
        try assertRepairs("ข นตอนต างๆ ด งน", "ขั้นตอนต่างๆ ดังนี้")
        try assertRepairs("บทท 5 การควบค มและประเม นผลโครงการ ความส าค ญของการควบค มโครงการ",
                          "บทที่ 5 การควบคุมและประเมินผลโครงการ ความสำคัญของการควบคุมโครงการ")
    }

    /// A lone space beside one word is read across into a long word (`ประเม นผล`: เม is a word);
    /// a space between two words, in a span that lost letters throughout, into a word far
    /// likelier than the two (`พร อม`, `เพ อมอบ`).
    func testSpacesBesideWords() throws {
        try assertRepairs("การควบค มและประเม นผลโครงการ", "การควบคุมและประเมินผลโครงการ")
        try assertRepairs("และจ ดพ มพ ต ารา พร อมท งจ ดท าแผ นซ ด เพ อมอบให สถาบ นอ ดมศ กษา",
                          "และจ ดพิมพ์ตำรา พร้อมทั้งจัดทำแผ่นซีด เพื่อมอบให้สถาบันอุดมศึกษา")
    }

    /// Two letters that make two words about as common are settled by the corpus compound with
    /// the word beside (`จ ด` + มุ่งหมาย: จุดมุ่งหมาย; `ส ง` + สุด: สูงสุด); without one, the space
    /// stays for a person (`ใช `: ใช้ or ใช่; `จ ด` before พิมพ์ above).
    func testTiesSettledByCompounds() throws {
        try assertRepairs("3. การเปร ยบเท ยบการปฏ บ ต งานก บมาตรฐาน 4. การปร บปร งแก ไขเพ อให บรรล จ ดม งหมาย",
                          "3. การเปรียบเทียบการปฏิบัติงานกับมาตรฐาน 4. การปรับปรุงแก้ไขเพื่อให้บรรลุจุดมุ่งหมาย")
        try assertRepairs("เพ อให เก ดประโยชน ใน งานว จ ยส งส ด", "เพื่อให้เกิดประโยชน์ ใน งานวิจัยสูงสุด")
        try assertRepairs("ตำราที่ใช ประกอบการเรียน", "ตำราที่ใช ประกอบการเรียน")
    }

    /// A SARA AM lost with no space left, in a span that lost letters throughout and on a line
    /// with no SARA AM (`ท ทาว จ ย`: ที่ทำวิจัย).
    func testSaraAmLostBesideSpacedVowels() throws {
        try assertRepairs("บทความน ม ว ตถ ประสงค เพ อให ผ ท ทาว จ ยได เข าใจถ งบทบาทหน าท",
                          "บทความนี้มีวัตถุประสงค์เพื่อให้ผู้ที่ทำวิจัยได้เข้าใจถึงบทบาทหน้าที่")
    }

    /// SARA AM written as a glyph of its own after a space (`ส ำหร บ`), beside lost vowels or beside
    /// PowerPoint's SARA AM for SARA AA: the space stands for nothing, not for a mark (`น ำ` is นำ,
    /// not น้ำ).
    func testSaraAmWrittenApart() throws {
        try assertRepairs("ส ำหร บการปฏ บ ต งาน", "สำหรับการปฏิบัติงาน")
        try assertRepairs("การด ำเน นงานตามแผน", "การดำเนินงานตามแผน")
        try assertRepairs("น ำเข้ำไลบรำรี OpenCV ส ำหรับประมวลผลภำพ", "นำเข้าไลบรารี OpenCV สำหรับประมวลผลภาพ")
    }

    /// What must stay: a misspelt word beside a space is no displaced mark (`ทฤษฏี`), a name beside
    /// a word, SARA AA words on a line with no lost letters, month abbreviations and unit names.
    func testCorrectWordsStay() throws {
        for text in ["แนวคิด ทฤษฏี และงานวิจัย", "นาโสภ นัก ศึกษา", "ใช้ทาสีบ้าน ทานาข้าว", "วันที่ 1 มค 67 ถึง 30 มิย 67",
                     "สำนักอง กองคลัง", "ผู้ใช้บริการ ณ สำนักงาน ป.ป.ช. ภาค 4", "เป็นที่ ดี มี สี สวย"] {
            try assertRepairs(text, text)
        }
    }

    /// The fifth tuning set: at least 31 of 50 restored (17 before), no correct line changed.
    func testRestoresTheFifthTuningSet() throws {
        let repairer = try repairer()
        let lines = try RepairWebLineTests.webLines("tuning-lines-5.tsv")
        let restored = lines.filter { line in
            repairer.repair(ThaiNormalizer().normalize(line.damaged)).filter { $0 != " " } == line.correct.filter { $0 != " " }
        }
        FileHandle.standardError.write("tuning set 5: \(restored.count) of \(lines.count) lines restored\n".data(using: .utf8)!)
        XCTAssertGreaterThanOrEqual(restored.count, 31)
        for line in lines {
            XCTAssertEqual(repairer.repair(line.correct), line.correct)
        }
    }
}
