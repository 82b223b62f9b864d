import PDFText
import ReportLayout
import XCTest

/// A table drawn without any rulings and with narrow columns (../shared/regressions, not in the
/// repository): its header stacked in a narrow column and its cells centred beside others'
/// lines overlap, which says nothing of the gap between rows; each measure is one row, and the
/// heading stacked above the others belongs to its column.
final class BorderlessTableTests: XCTestCase {
    func testEveryMeasureIsOneRowWithItsPeriodAndUnitsWhole() throws {
        let path = Paths.regressions.appendingPathComponent("seed-borderless-loma.pdf").path
        guard FileManager.default.fileExists(atPath: path) else {
            throw XCTSkip("../shared/regressions is absent: the renderings are not in the repository")
        }
        let content = try DocumentContentReader().read(PDFDocument(path: path))
        let measures = try XCTUnwrap(content.tables.first { table in
            table.rows.first?.cells.contains { $0.text.contains("ผู้รับผิดชอบ") } ?? false
        })
        // The period's heading, stacked word by word above the other headings, is whole.
        XCTAssertEqual(measures.rows.first?.cells.map(\.text).contains("ระยะเวลาในการดำเนินการ"), true,
                       measures.rows.first?.cells.map(\.text).joined(separator: " | ") ?? "")
        let body = measures.rows.dropFirst()
        XCTAssertEqual(body.count, 10, body.map { $0.cells.first?.text ?? "" }.joined(separator: " | "))
        for (index, row) in body.enumerated() {
            XCTAssertTrue(row.cells.first?.text.hasPrefix("\(index + 1).") ?? false, row.cells.first?.text ?? "")
            XCTAssertTrue(row.cells.contains { $0.text.contains("1 ตุลาคม 2568 ถึง 30 กันยายน 2569") }, "row \(index + 1)")
            XCTAssertTrue(row.cells.last?.text.hasPrefix("สำนักปลัด") ?? false || row.cells.last?.text.hasPrefix("กอง") ?? false,
                          row.cells.last?.text ?? "")
        }
    }

    /// The analysis table's first row: the indicator's name centred beside its long analysis,
    /// each line of it half a line off the analysis's lines, so no line holds both columns.
    func testTheFirstAnalysisRowWhoseNameIsSetHalfALineOffIsARowOfTheTable() throws {
        let path = Paths.regressions.appendingPathComponent("seed-borderless-loma.pdf").path
        guard FileManager.default.fileExists(atPath: path) else {
            throw XCTSkip("../shared/regressions is absent: the renderings are not in the repository")
        }
        let content = try DocumentContentReader().read(PDFDocument(path: path))
        let analysis = try XCTUnwrap(content.tables.first { table in
            table.columnCount == 2 && table.rows.first?.cells.last?.text == "ผลการวิเคราะห์"
        })
        XCTAssertEqual(analysis.rows.count, 11, analysis.rows.map { $0.cells.first?.text ?? "" }.joined(separator: " | "))
        XCTAssertTrue(analysis.rows[1].cells[0].text.contains("การปฏิบัติหน้าที่"), analysis.rows[1].cells[0].text)
        XCTAssertTrue(analysis.rows[1].cells[1].text.hasPrefix("จากผลคะแนน"), analysis.rows[1].cells[1].text)
    }
}
