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
}
