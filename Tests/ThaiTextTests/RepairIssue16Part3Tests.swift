import XCTest
@testable import ThaiText

/// The repairs of issue 16, parts 3–4, on lines of the tuning sets (tuning-lines-3.tsv unless
/// said), and what they must leave alone.
final class RepairIssue16Part3Tests: XCTestCase {
    /// A space for a whole stack of marks over one consonant, a vowel with its tone mark
    /// (docplayer transcription of a journal article).
    func testASpaceForAVowelWithItsToneMark() throws {
        // The whole span read at once: the space after ใช is its lost MAI THO too.
        try assertRepairs("ความพ งพอใจของผ ใช งานโปรแกรม", "ความพึงพอใจของผู้ใช้งานโปรแกรม")
        try assertRepairs("ขององค์กรปกครองท องถ น", "ขององค์กรปกครองท้องถิ่น")
        // Between two words the space stays: it may be a real one (`ราชการ ณ`).
        try assertRepairs("ให้หัวหน้าส่วนราชการ ณ ที่ทำการ", "ให้หัวหน้าส่วนราชการ ณ ที่ทำการ")
    }

    /// A font that keeps MAI EK and writes MAI THO as `4` or `)` (fliphtml5 handbook): a
    /// stand-in inside a word is read back though the line has tone marks.
    func testDigitsInsideAWordOnALineThatKeptItsMaiEk() throws {
        try assertRepairs("การปรบั ปรุงแก4ไข ปรบั ปรงุ ครั้งท่ี", "การปรับปรุงแก้ไข ปรับปรุงครั้งที่")
        // ใช้ and ใช่ tie; the bracket read as MAI THO in แก)ไข on the same text decides.
        try assertRepairs("แก)ไข และประกาศใช)", "แก้ไข และประกาศใช้")
        // With nothing to learn from, the tie stays for a person.
        try assertRepairs("วันที่ประกาศใช)", "วันที่ประกาศใช)")
    }

    /// List markers, real brackets and numbers stay on a line with tone marks.
    func testBracketsAndNumbersBesideThaiStay() throws {
        for text in ["ข้อ ก)การประชุม ข)การอบรม", "สินค้า(ถ้ารู้) ขาดทุน)สุทธิ", "ครั้งที่ 1 ถึง 3", "ระดับชั้น ม.6 และ ป6",
                     "ตามข้อ 4ก แห่งระเบียบ"] {
            try assertRepairs(text, text)
        }
    }

    /// A U+FFFD that the normaliser could not take for NIKHAHIT is a mark (web-lines.tsv).
    func testAReplacementCharacterForAToneMark() throws {
        try assertRepairs("4. วันที\u{FFFD}จดแจ้งเป็นกิจการเงินร่วมลงทุนกับสำนักงาน", "4. วันที่จดแจ้งเป็นกิจการเงินร่วมลงทุนกับสำนักงาน")
        // Inside SARA AM it is still the NIKHAHIT's (the normaliser's).
        try assertRepairs("ส\u{FFFD}ำหรับประชาชน", "สำหรับประชาชน")
    }

    /// A line that lost its tone marks but reads as words throughout shows it by two words
    /// far rarer than their marked forms (slideshare textbook chapter).
    func testToneMarksLostOnALineOfWords() throws {
        try assertRepairs("นั้นๆ ซึ่ง ประชุม (2535) ไดสรุปลักษณะที่ดีของโครงการดังตอไปนี้",
                          "นั้นๆ ซึ่ง ประชุม (2535) ได้สรุปลักษณะที่ดีของโครงการดังต่อไปนี้")
    }

    /// Two neighbouring words that each lost a mark of one compound.
    func testACompoundThatLostAMarkInEachPart() throws {
        try assertRepairs("ผลตอบแทนที่องคการหรือหนวยงานจะไดรับอยางคุมคา อันจะนํามาซึ่งการพัฒนาของหนวยงาน",
                          "ผลตอบแทนที่องค์การหรือหน่วยงานจะได้รับอย่างคุ้มค่า อันจะนำมาซึ่งการพัฒนาของหน่วยงาน")
    }

    /// Correct lines with no low tone mark stay: one rare-looking word (`วา` of ตารางวา) or a
    /// lone letter no dictionary word covers (`ณ`) is no sign of lost marks; names,
    /// abbreviations and month abbreviations stay.
    func testCorrectLinesWithoutLowToneMarksStay() throws {
        for text in ["ซึ่งมีเนื้อที่สามสิบตารางวา ณ ตำบลบางนา", "ที่ดินแปลงนี้มีเนื้อที่สามงานสิบตารางวา ติดถนนสายวัดไทร",
                     "นายสมชาย ใจดี ตำแหน่ง ปลัด อบต. บางนา", "สำนักอง", "1 มค 67", "มีค 67", "ฉบับที่ 2 สค", "พ.ศ. 2567"] {
            try assertRepairs(text, text)
        }
    }

    /// A line that lost its SARA AM keeps its `หน้า` though another line of the text writes SARA
    /// AM as MAI THO + SARA AA (web-lines.tsv: two Royal Gazette notices in one text).
    func testALineThatLostSaraAmTakesNoEvidenceOfMaiThoForSaraAm() throws {
        try assertRepairs("ต้องก้าหนดโดยกฎกระทรวง จึงจ้าเป็นต้องออก กฎกระทรวงนี้\nด้านหน้าสถานีตารวจภูธรแม่แตง หมู่ที่ 2 ตาบลสันมหาพน",
                          "ต้องกำหนดโดยกฎกระทรวง จึงจำเป็นต้องออก กฎกระทรวงนี้\nด้านหน้าสถานีตำรวจภูธรแม่แตง หมู่ที่ 2 ตำบลสันมหาพน")
    }

    /// The third tuning set: 13 of 18 restored (7 before parts 3–4, 10 before the whole-span read
    /// of lost letters), no correct word changed.
    func testRestoresTheThirdTuningSet() throws {
        let repairer = try repairer()
        let lines = try RepairWebLineTests.webLines("tuning-lines-3.tsv")
        let restored = lines.filter { line in
            repairer.repair(ThaiNormalizer().normalize(line.damaged)).filter { $0 != " " } == line.correct.filter { $0 != " " }
        }
        print("tuning set 3: \(restored.count) of \(lines.count) lines restored")
        XCTAssertGreaterThanOrEqual(restored.count, 13)
        for line in lines {
            XCTAssertEqual(repairer.repair(line.correct), line.correct)
        }
    }
}
