import ReportLayout
@testable import WordText
import XCTest

/// features.docx holds one of each thing the reader must get right (make-docx.py writes it);
/// these are its exact text, places and grid, as Word shows them.
final class WordDocumentReaderTests: XCTestCase {
    func read(_ name: String, repair: Bool = false) throws -> WordDocument {
        try WordDocumentReader(repair: repair).read(contentsOf: WordFixtures.url(name), path: name)
    }

    func testTheFeaturesDraftReadsAsWordShowsIt() throws {
        let document = try read("features.docx")
        XCTAssertEqual(document.text, """
            เทศบาลตำบลทดสอบ อำเภอเมือง จังหวัดขอนแก่น
            การประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ตัวชี้วัด
            1. หลักการและเหตุผล
            1.1 ผลการประเมินในภาพรวม
            1.2 ผลการประเมินรายเครื่องมือ
            (1) แบบวัด IIT
            2. การวิเคราะห์ผล
            ๑) จุดแข็ง
            ๒) จุดอ่อน
            ก.ด้านแรก
            ข.ด้านที่สอง
            • ข้อสังเกต
            ๕) ข้อที่ห้า
            คะแนน\t97.28
            บรรทัดใหม่ ITA-2568 คะแนน (ผล)
            ก่อนกล่อง
            ในกล่องข้อความ บรรทัดแรก
            บรรทัดที่สอง
            ตัวชี้วัด\tคะแนนรายตัวชี้วัด\t\tคะแนนรายเครื่องมือ
            ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่\t100\t\t99.17
            ตัวชี้วัดที่ 2 การใช้งบประมาณ\t99.50\t\t
            ตัวชี้วัดที่ 3 การใช้อำนาจ\t98.00\t\t
            \tหมายเหตุ ย่อหน้าที่สองในช่อง\t\tซ้อน ใน
            ท้ายเอกสาร
            หน้า 1

            """)
    }

    func testParagraphsAreCountedAmongThoseWithTextAndKeepTheirPlace() throws {
        let lines = try read("features.docx").content.lines
        func place(of text: String) -> WordPlace? { lines.first { $0.text == text }?.wordPlace }
        XCTAssertEqual(place(of: "เทศบาลตำบลทดสอบ อำเภอเมือง จังหวัดขอนแก่น")?.part, .header)
        XCTAssertEqual(place(of: "เทศบาลตำบลทดสอบ อำเภอเมือง จังหวัดขอนแก่น")?.paragraph, 1)
        XCTAssertEqual(place(of: "การประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ตัวชี้วัด")?.paragraph, 1)
        XCTAssertEqual(place(of: "๕) ข้อที่ห้า")?.paragraph, 12)
        // A line break keeps the paragraph; the empty paragraph after it is not counted.
        XCTAssertEqual(place(of: "คะแนน\t97.28")?.paragraph, 13)
        XCTAssertEqual(place(of: "บรรทัดใหม่ ITA-2568 คะแนน (ผล)")?.paragraph, 13)
        XCTAssertEqual(place(of: "ก่อนกล่อง")?.paragraph, 14)
        // A text box's paragraphs follow the paragraph it is anchored in.
        XCTAssertEqual(place(of: "ในกล่องข้อความ บรรทัดแรก")?.paragraph, 15)
        XCTAssertEqual(place(of: "ท้ายเอกสาร")?.paragraph, 17)
        XCTAssertEqual(place(of: "หน้า 1")?.part, .footer)
        let orders = lines.compactMap(\.wordPlace?.order)
        XCTAssertEqual(orders, orders.sorted(), "lines come in reading order")
    }

    func testMergedCellsStandInTheirTopLeftGridCell() throws {
        let tables = try read("features.docx").content.tables
        XCTAssertEqual(tables.count, 1)
        let table = try XCTUnwrap(tables.first)
        XCTAssertEqual(table.rows.map { $0.cells.map(\.text) }, [
            ["ตัวชี้วัด", "คะแนนรายตัวชี้วัด", "", "คะแนนรายเครื่องมือ"],
            ["ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่", "100", "", "99.17"],
            ["ตัวชี้วัดที่ 2 การใช้งบประมาณ", "99.50", "", ""],
            ["ตัวชี้วัดที่ 3 การใช้อำนาจ", "98.00", "", ""],
            ["", "หมายเหตุ\nย่อหน้าที่สองในช่อง", "", "ซ้อน ใน"],
        ])
        XCTAssertEqual(table.rows[4].cells[1].wordPlace, WordPlace.cell(table: 1, row: 5, column: 2, order: table.rows[4].cells[1].wordPlace?.order ?? -1))
        XCTAssertEqual(table.rows[1].cells[3].wordPlace?.column, 4)
        XCTAssertTrue(table.pages.isEmpty)
    }

    func testTextIsKeptAsTypedNotRepaired() throws {
        // A question's wording shortened with an ellipsis, as a kind-B measures table writes it:
        // not a dictionary word, and no damage to repair (the repair made it คว้ามิค…).
        let typed = "E8 หน่วยงานมีช่องทางที่ท่านสามารถติชมหรือแสดงความคิ…"
        let url = try WordFixtures.document(body: "<w:p><w:r><w:t>\(typed)</w:t></w:r></w:p>")
        XCTAssertEqual(try WordDocumentReader().read(contentsOf: url, path: "x.docx").text, typed + "\n")
    }

    func testThaiIsNormalisedAsAPDFsTextIsAndThaiDigitsStayAsTyped() throws {
        // SARA AM doubled with SARA AA, and typed as NIKHAHIT + SARA AA; decomposed input.
        let typed = "การนำาผล สํานักงาน ที่ ๑๖/๒๕๖๘ ".decomposedStringWithCanonicalMapping
        let url = try WordFixtures.document(body: "<w:p><w:r><w:t xml:space=\"preserve\">\(typed)</w:t></w:r><w:r><w:t>ปี</w:t></w:r></w:p>")
        let text = try WordDocumentReader(repair: false).read(contentsOf: url, path: "x.docx").text
        XCTAssertEqual(text, "การนำผล สำนักงาน ที่ ๑๖/๒๕๖๘ ปี\n")
        XCTAssertEqual(text.unicodeScalars.map(\.value), "การนำผล สำนักงาน ที่ ๑๖/๒๕๖๘ ปี\n".precomposedStringWithCanonicalMapping.unicodeScalars.map(\.value))
    }

    func testTrackedChangesHiddenTextAndFieldsAreReadAsShown() throws {
        let url = try WordFixtures.document(body: """
            <w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">คะแนน </w:t></w:r>\
            <w:del w:id="1" w:author="a"><w:r><w:delText>96.28</w:delText></w:r></w:del>\
            <w:ins w:id="2" w:author="a"><w:r><w:t>97.28</w:t></w:r></w:ins>\
            <w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t xml:space="preserve"> คะแนน</w:t></w:r>\
            <w:r><w:rPr><w:vanish/></w:rPr><w:t>ซ่อน</w:t></w:r>\
            <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>\
            <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>(3)</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
            """)
        XCTAssertEqual(try WordDocumentReader(repair: false).read(contentsOf: url, path: "x.docx").text, "คะแนน 97.28 คะแนน(3)\n")
    }
}

/// A picture pasted into a draft (a screenshot of the NACC's results) is kept with its
/// paragraph's place, for OCR to read; the paragraph it stands in alone is counted.
final class WordPictureTests: XCTestCase {
    func testAPictureIsKeptWithItsParagraphsPlace() throws {
        let document = try WordDocumentReader().read(contentsOf: WordFixtures.url("scores-as-picture.docx"), path: "scores-as-picture.docx")
        XCTAssertEqual(document.pictures.count, 1)
        let picture = try XCTUnwrap(document.pictures.first)
        XCTAssertEqual(picture.place.paragraph, 3)
        // PNG's signature.
        XCTAssertEqual(Array(picture.data.prefix(4)), [0x89, 0x50, 0x4E, 0x47])
        // After the title and the sentence before it; the sentence after it is paragraph 4.
        XCTAssertEqual(picture.blockIndex, 2)
        guard case .line(let after) = document.blocks[2] else { return XCTFail("a line after the picture") }
        XCTAssertEqual(after.wordPlace?.paragraph, 4)
    }
}
