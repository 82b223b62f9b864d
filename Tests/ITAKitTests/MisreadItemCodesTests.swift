@testable import ITAKit
import ReportLayout
import XCTest

/// OCR reads the Latin letter of a question's code as digits (`I8` → `18`, `E12` → `1312`,
/// `O16` → `016`); the code is put back when the question's wording follows it, and only in
/// text OCR read. The strings are as tesseract gave them on scans of kind-B tables.
final class MisreadItemCodesTests: XCTestCase {
    private func codes() throws -> MisreadItemCodes {
        MisreadItemCodes(framework: try XCTUnwrap(FrameworkLibrary.framework(for: 2567)))
    }

    func testALetterReadAsDigitsBeforeItsQuestionIsPutBack() throws {
        let codes = try codes()
        XCTAssertEqual(codes.restored("11 เจ้าหน้าที่ของหน่วยงานท่าน..."), "I1 เจ้าหน้าที่ของหน่วยงานท่าน...")
        XCTAssertEqual(codes.restored("18 ท่านเคยเข้าไปมีส่วนร่วมในกระบวนการงบประมาณ"), "I8 ท่านเคยเข้าไปมีส่วนร่วมในกระบวนการงบประมาณ")
        XCTAssertEqual(codes.restored("1312 วิธีการขั้นตอนการปฏิบัติหรือการให้บริการสะดวกรวด..."),
                       "E12 วิธีการขั้นตอนการปฏิบัติหรือการให้บริการสะดวกรวด...")
        XCTAssertEqual(codes.restored("016 ข้อมูลเชิงสถิติการให้บริการ"), "O16 ข้อมูลเชิงสถิติการให้บริการ")
        // Kinnari's e and o read as Thai digits, its 1 as a Latin l.
        XCTAssertEqual(codes.restored("๐2 หน่วยงานปฏิบัติหรือให้บริการแก่ท่าน อย่างเป็นธรรมและไม่เลือกปฏิบัติมากน้อยเพียงใด").prefix(3), "E2 ")
        XCTAssertEqual(codes.restored("๐1 โครงสร้าง"), "O1 โครงสร้าง")
        XCTAssertEqual(codes.restored("ell การปฏิบัติหรือการให้บริการของเจ้าหน้าที่ดีขึ้นกว่าที่ผ่านมา มากน้อยเพียงใด").prefix(4), "E11 ")
        XCTAssertEqual(codes.restored("iL เจ้าหน้าที่ของหน่วยงานท่าน ปฏิบัติหรือให้บริการแก่บุคคลภายนอก").prefix(3), "I1 ")
        XCTAssertEqual(codes.restored("บ11 เจ้าหน้าที่ของหน่วยงานท่าน มีการเบิกจ่ายเงินที่เป็นเท็จเช่น ค่าทำงานล่วงเวลา").prefix(4), "I11 ")
    }

    func testTwoQuestionsInOneCellAreEachPutBack() throws {
        XCTAssertEqual(try codes().restored("121 เจ้าหน้าที่ของหน่วยงาน... 122 บุคคลภายนอกหรือเอกชน มีการนำทรัพย์สินของราชการ"),
                       "I21 เจ้าหน้าที่ของหน่วยงาน... I22 บุคคลภายนอกหรือเอกชน มีการนำทรัพย์สินของราชการ")
    }

    func testNumbersBeforeOtherWordsAreLeft() throws {
        let codes = try codes()
        for text in ["18 มกราคม 2568", "11 ตุลาคม 2567 ถึง 31 มีนาคม 2568", "12 เดือน", "13 หน่วยงานในสังกัด",
                     "E2 หน่วยงานปฏิบัติหรือให้บริการแก่ท่าน", "85 คะแนน", "๑๒ ตุลาคม ๒๕๖๗", "บบ หน่วยงาน"] {
            XCTAssertEqual(codes.restored(text), text, text)
        }
    }

    func testOnlyTextOCRReadIsTouched() throws {
        let ocrCell = TableCell(text: "18 ท่านเคยเข้าไปมีส่วนร่วมในกระบวนการงบประมาณ", page: 1, ocrConfidence: 88)
        let layerCell = TableCell(text: "18 ท่านเคยเข้าไปมีส่วนร่วมในกระบวนการงบประมาณ", page: 1)
        let content = DocumentContent(lines: [], tables: [Table(pages: [1], rows: [TableRow(cells: [ocrCell]), TableRow(cells: [layerCell])])],
                                      visualLines: [])
        let restored = try codes().restored(content)
        XCTAssertEqual(restored.tables[0].rows.map { $0.cells[0].text.prefix(2) }, ["I8", "18"])
    }
}

/// ตัวชี้วัดที่ with its upper vowels and marks lost (`ตัวชวดท 10`, as OCR reads a faint line) is
/// still the word before an indicator's number; other words are not.
final class IndicatorWordWithoutMarksTests: XCTestCase {
    func testTheWordWithoutItsMarksIsWholeAgain() throws {
        let vocabulary = ScoreVocabulary(framework: try XCTUnwrap(FrameworkLibrary.framework(for: 2567)))
        XCTAssertEqual(vocabulary.indicator(in: "ตัวชวดท 10 การป้องกันการทุจริต")?.number, 10)
        XCTAssertEqual(vocabulary.indicator(in: "ตวชวด 3 การใช้อำนาจ")?.number, 3)
        XCTAssertEqual(ScoreVocabulary.indicatorWordWhole("ตัวชวดท 10 การป้องกันการทุจริต"), "ตัวชี้วัดที่ 10 การป้องกันการทุจริต")
        XCTAssertEqual(ScoreVocabulary.indicatorWordWhole("ตำบลหัวดง 10 หมู่บ้าน"), "ตำบลหัวดง 10 หมู่บ้าน")
        XCTAssertEqual(ScoreVocabulary.indicatorWordWhole("ตรวจสอบ 10 ครั้ง"), "ตรวจสอบ 10 ครั้ง")
    }
}
