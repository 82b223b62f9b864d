@testable import ITAKit
import ReportLayout
import XCTest

/// A Word document's places in the JSON and in the words staff read: `ย่อหน้าที่ 12`,
/// `ตารางที่ 3 แถวที่ 4`, `หัวกระดาษ ย่อหน้าที่ 1`; and findings in the document's order.
final class WordPlaceWordingTests: XCTestCase {
    func placed(_ text: String, _ place: WordPlace) -> PlacedText {
        var placed = PlacedText(text: text)
        placed.wordPlace = place
        return placed
    }

    func testPlacesInWords() throws {
        let cell = placed("97.28", .cell(table: 3, row: 4, column: 2, order: 9)).provenance
        XCTAssertEqual(cell.thaiWords, "ตารางที่ 3 แถวที่ 4")
        XCTAssertEqual(cell.englishWords, "table 3, row 4")
        XCTAssertEqual([cell.table, cell.row, cell.column], [3, 4, 2])
        XCTAssertNil(cell.part)
        let paragraph = placed("ผล", .paragraph(12, order: 20)).provenance
        XCTAssertEqual(paragraph.thaiWords, "ย่อหน้าที่ 12")
        XCTAssertEqual(paragraph.englishWords, "paragraph 12")
        let header = placed("เทศบาล", .paragraph(1, part: .header, order: 1)).provenance
        XCTAssertEqual(header.thaiWords, "หัวกระดาษ ย่อหน้าที่ 1")
        XCTAssertEqual(header.englishWords, "header, paragraph 1")
        XCTAssertEqual(header.part, "header")
        XCTAssertEqual(FindingWording.thaiInBrackets(cell), " (ตารางที่ 3 แถวที่ 4)")
        XCTAssertEqual(Provenance(page: 3).thaiWords, "หน้า 3", "a PDF's place is said as before")
    }

    func testThePlaceIsWrittenInTheJSONAndReadBack() throws {
        let provenance = placed("97.28", .cell(table: 3, row: 4, column: 2, order: 9)).provenance
        let json = try JSONEncoder().encode(provenance)
        XCTAssertEqual(try JSONSerialization.jsonObject(with: json) as? [String: Int], ["table": 3, "row": 4, "column": 2])
        XCTAssertEqual(try JSONDecoder().decode(Provenance.self, from: json), provenance)
    }

    func testFindingsComeInTheDocumentsOrder() {
        // Paragraph 5 stands after table 1 in the document; table 2 after both.
        let content = DocumentContent(
            lines: [placed("ก", .paragraph(1, order: 1)), placed("ข", .paragraph(5, order: 3))],
            tables: [Table(rows: [TableRow(cells: [placed("ค", .cell(table: 1, row: 1, column: 1, order: 2))])]),
                     Table(rows: [TableRow(cells: [placed("ง", .cell(table: 2, row: 1, column: 1, order: 4))])])])
        let order = WordDocumentOrder(content)
        let places = [placed("", .cell(table: 2, row: 3, column: 1, order: 4)), placed("", .paragraph(5, order: 3)),
                      placed("", .cell(table: 1, row: 9, column: 2, order: 2)), placed("", .paragraph(1, order: 1))]
            .map { order.position(of: $0.provenance) }
        XCTAssertEqual(places, [4, 3, 2, 1])
        XCTAssertEqual(order.position(of: Provenance(page: 2)), 0)
    }
}
