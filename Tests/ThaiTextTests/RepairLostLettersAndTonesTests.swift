import XCTest
@testable import ThaiText

/// Issue 16, part 3 continued: spaces that stand for lost letters read a whole span at once
/// (`LostLetterSpaceRepair`), and lines that lost their tone marks wholesale
/// (`LowerVowelToneCandidates`, `TallConsonantVowelCandidates`, `lostLineToneRatio`), on lines
/// of tuning-lines-4.tsv unless said, and what they must leave alone.
final class RepairLostLettersAndTonesTests: XCTestCase {
    /// A docplayer transcription that wrote a space for every upper or lower vowel and tone
    /// mark: the span read at once, each space kept, dropped or read as the mark it lost.
    func testSpacesForLostLettersInEveryOtherWord() throws {
        try assertRepairs("ไม ร ว ธ การด าเน นการประช มท ถ กต อง", "ไม่รู้วิธีการดำเนินการประชุมที่ถูกต้อง")
        try assertRepairs("ผ เข ยนจะต องร ว ธ ค ดก อนเข ยน", "ผู้เขียนจะต้องรู้วิธีคิดก่อนเขียน")
        try assertRepairs("กล มงานบร หารท วไป ส าน กงานเลขาน การกรม", "กลุ่มงานบริหารทั่วไป สำนักงานเลขานุการกรม")
        // Two common words beat one rarer one (`น ม`: นี้ มี, not นม), tuning-lines-3.tsv.
        try assertRepairs("การว จ ยคร งน ม ว ตถ ประสงค", "การวิจัยครั้งนี้มีวัตถุประสงค์")
    }

    /// Two words on their own keep their space, and so do names, abbreviations and month
    /// abbreviations beside the spaces of a correct line.
    func testSpacesBetweenWordsAndNamesStay() throws {
        for text in ["การ ประเมิน ราชการ ณ ที่ว่าการ", "นายสมชาย ใจดี ปลัด อบต. บางนา", "วันที่ 1 มค 67 ถึง 30 มิย 67",
                     "สำนักอง กองคลัง", "ผู้ใช้บริการ ณ สำนักงาน ป.ป.ช. ภาค 4", "นายปกรณ์ ฝนทอง ผู้อำนวยการกองช่าง"] {
            try assertRepairs(text, text)
        }
    }

    /// A correct PowerPoint line whose SARA AM the rounds give back to SARA AA: its spaces are no
    /// lost letters (it once became สุขภาพี่ภาคี; realworld nysso strategy slides).
    func testPowerPointSaraAmIsNoLostLetter() throws {
        try assertRepairs("ชุมชนสามารถจัดการสุขภำพ ภำคีเครือข่ำยมีส่วนร่วมอย่ำงยั่งยืน",
                          "ชุมชนสามารถจัดการสุขภาพ ภาคีเครือข่ายมีส่วนร่วมอย่างยั่งยืน")
    }

    /// A tone mark over SARA U or SARA UU, lost with the low marks (`กลุม`, `ผู`, `อยู`), and a
    /// tone mark before SARA AM, drawn high, which survives and shows no evidence (`น้ำ`).
    func testToneMarksAfterLowerVowels() throws {
        try assertRepairs("กองยุทธศาสตรและงบประมาณ กลุมงานเทคโนโลยีสารสนเทศ", "กองยุทธศาสตร์และงบประมาณ กลุ่มงานเทคโนโลยีสารสนเทศ")
        try assertRepairs("ประชาชนไดรับการแกไขปญหาน้ำรอการระบายไดอยางเปนระบบโดยมีระบบสนับสนุนการวางแผนที่ถูกตอง",
                          "ประชาชนได้รับการแก้ไขปัญหาน้ำรอการระบายได้อย่างเป็นระบบโดยมีระบบสนับสนุนการวางแผนที่ถูกต้อง")
    }

    /// An upper vowel lost over a tall consonant, on a line that lost its tone marks (ปี, ฝึก),
    /// but not on a line that kept them: there a name or an abbreviation stays.
    func testUpperVowelsOverTallConsonantsOnlyOnToneLossLines() throws {
        try assertRepairs("การจัดทําแผนพัฒนาทองถิ่นสี่ปขององคการบริหารสวนตําบลมีความสัมพันธกับแผนยุทธศาสตรชาติ",
                          "การจัดทำแผนพัฒนาท้องถิ่นสี่ปีขององค์การบริหารส่วนตำบลมีความสัมพันธ์กับแผนยุทธศาสตร์ชาติ")
        for text in ["ผู้อำนวยการ ปภ. เขต 4 และหัวหน้าฝ่าย ฝพ", "นายปกรณ์ ฝนทอง ผู้อำนวยการกองช่าง"] {
            try assertRepairs(text, text)
        }
    }

    /// Where many marks were already put back on a line, frequency decides for a word that is a
    /// word as it stands (ราง → ร่าง, 13 times as common); where the two are about as common
    /// (แก and แก่, 2.3 times; จาง and จ้าง, 3), the word stays for a person.
    func testFrequencyDecidesOnALineThatLostItsMarks() throws {
        try assertRepairs("ซึ่งขณะนี้อยูระหวางการดําเนินการปรับปรุงรางกรอบยุทธศาสตรชาติ",
                          "ซึ่งขณะนี้อยู่ระหว่างการดำเนินการปรับปรุงร่างกรอบยุทธศาสตร์ชาติ")
        try assertRepairs("เพื่อสรางจิตสำนึกและความตระหนักแกพนักงานเทศบาล พนักงานจางและประชาชนในการปองกันการทุจริต",
                          "เพื่อสร้างจิตสำนึกและความตระหนักแกพนักงานเทศบาล พนักงานจางและประชาชนในการป้องกันการทุจริต")
    }

    /// The fourth tuning set: at least 28 of 39 restored (5 before), and no correct line changed.
    func testRestoresTheFourthTuningSet() throws {
        let repairer = try repairer()
        let lines = try RepairWebLineTests.webLines("tuning-lines-4.tsv")
        let restored = lines.filter { line in
            repairer.repair(ThaiNormalizer().normalize(line.damaged)).filter { $0 != " " } == line.correct.filter { $0 != " " }
        }
        print("tuning set 4: \(restored.count) of \(lines.count) lines restored")
        XCTAssertGreaterThanOrEqual(restored.count, 28)
        for line in lines {
            XCTAssertEqual(repairer.repair(line.correct), line.correct)
        }
    }
}
