import XCTest
import ThaiText

/// A place's name the dictionary lacks, after the word that introduces it (อำเภอ, อ., ตำบล,
/// จังหวัด, เมือง …), often reads as a word with one more mark (หงาว → หง่าว, เทิง → เทิ่ง):
/// a typed text keeps it as written, unless its line lost its tone marks wholesale.
final class RepairPlaceNameTests: XCTestCase {
    func testAPlaceNameAfterItsIntroducerIsLeftAlone() throws {
        for text in ["เทศบาลตำบลหงาว ได้คะแนน 99.06 คะแนน", "นายกเทศมนตรีตำบลเมืองหงาว อ.เทิง จ.เชียงราย เปิดเผยว่า ตนพอใจ",
                     "ที่ว่าการอำเภอเทิง ได้รับรางวัล"] {
            try assertRepairs(text, text)
        }
    }

    func testADroppedMarkElsewhereOnTheLineIsStillRepaired() throws {
        try assertRepairs("ที่ว่าการอำเภอเทิง จ.เชียงราย ได้จัดกิจกรรมเพือประชาชน", "ที่ว่าการอำเภอเทิง จ.เชียงราย ได้จัดกิจกรรมเพื่อประชาชน")
    }
}
