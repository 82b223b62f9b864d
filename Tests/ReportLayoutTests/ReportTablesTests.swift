import Foundation
import PDFText
import ReportLayout
import XCTest

/// The seed's four tables, read from its text and from the sample PDF.
final class ReportTablesTests: XCTestCase {
    private func check(_ tables: [Table], source: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(tables.count, 4, source, file: file, line: line)
        guard tables.count == 4 else { return }
        XCTAssertEqual(tables.map(\.columnCount), [2, 2, 2, 6], source, file: file, line: line)
        XCTAssertEqual(tables[0].rows.count, 5, source, file: file, line: line)
        XCTAssertEqual(tables[1].rows.count, 14, source, file: file, line: line)
        // Analysis and measures: the header once, then one row per indicator, in order.
        for table in tables[2...3] {
            XCTAssertEqual(table.rows.count, 11, source, file: file, line: line)
            for (number, row) in zip(1...10, table.rows.dropFirst()) {
                let first = row.cells[0].text
                XCTAssertNotNil(first.range(of: "(^|[^0-9])\(number)\\.", options: .regularExpression),
                                "\(source): row \(number) is \(first)", file: file, line: line)
            }
        }
        let measure5 = tables[3].rows[5].cells.map(\.text)
        XCTAssertTrue(measure5[0].hasPrefix("5.การแก้ไขปัญหาคาการทุจริต"), source, file: file, line: line)
        XCTAssertTrue(measure5.joined().contains("สำนักปลัดกองการเจ้าหน้าที่กองยุทธศาสตร์และงบประมาณและทุกส่วนราชการ"),
                      "\(source): \(measure5)", file: file, line: line)
        XCTAssertFalse(tables.flatMap(\.rows).flatMap(\.cells).contains { $0.text.contains("<p>") }, source, file: file, line: line)
    }

    func testTablesOfTheSeedText() throws {
        let text = try String(contentsOfFile: Paths.seed, encoding: .utf8)
        let tables = TextTableReader().tables(in: text)
        check(tables, source: "seed")
        // The analysis of indicator 2 runs over a page break and is whole; its cells keep
        // their paragraphs.
        let analysis2 = tables[2].rows[2].cells[1].text
        XCTAssertTrue(analysis2.contains("ส่วนร่วมในการตรวจสอบ"))
        XCTAssertGreaterThan(analysis2.split(separator: "\n").count, 1)
        XCTAssertEqual(tables[2].rows[2].cells[1].line, 87)
    }

    func testTablesOfTheSamplePDF() throws {
        let document = try PDFDocument(path: Paths.samplePDF)
        let tables = try DocumentContentReader().read(document).tables
        check(tables, source: "sample PDF")
        XCTAssertTrue(tables[2].rows[9].cells[0].text.contains("(จุดอ่อนที่ต้องพัฒนาแก้ไขโดยเร่งด่วน)"), tables[2].rows[9].cells[0].text)
        XCTAssertEqual(tables[1].rows[8].cells.map(\.text), ["6.คุณภาพการดำเนินงาน", "98.71"])
        XCTAssertGreaterThan(tables[3].pages.count, 5)
        let cell = tables[1].rows[8].cells[1]
        XCTAssertNotNil(cell.page)
        XCTAssertNotNil(cell.rect)
    }

    func testRuledTablesOfAnotherFont() throws {
        let path = Paths.fixtures.appendingPathComponent("kinnari-14pt.pdf").path
        let document = try PDFDocument(path: path)
        let tables = try DocumentContentReader().read(document).tables
        XCTAssertEqual(tables.map(\.columnCount), [2, 2, 2])
        XCTAssertEqual(tables.map(\.rows.count), [5, 14, 4])
    }
}
