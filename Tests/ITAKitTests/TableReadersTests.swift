@testable import ITAKit
import ReportLayout
import XCTest

final class TableReadersTests: XCTestCase {
    private func table(_ kind: TableKind, in content: DocumentContent) -> Table? {
        content.tables.first { TableKind.of($0) == kind }
    }

    func testTheFourTablesAreRecognised() {
        for (name, content) in ReportContent.both {
            XCTAssertEqual(content.tables.map(TableKind.of), [.tools, .indicators, .analysis, .measures], name)
        }
    }

    func testToolScoresWithEITPartsAndIETReadAsEIT() throws {
        for (name, content) in ReportContent.both {
            let tools = ToolScoreReader().read(try XCTUnwrap(table(.tools, in: content), name))
            XCTAssertEqual(tools.map(\.code), ["IIT", "EIT", "EIT", "OIT"], name)
            XCTAssertEqual(tools.map(\.part), [nil, 1, 2, nil], name)
            XCTAssertEqual(tools.map(\.score), [100, 97.51, 100, 94.13], name)
        }
        let written = Table(rows: [TableRow(cells: [TableCell(text: "เครื่องมือ"), TableCell(text: "คะแนน")]),
                                   TableRow(cells: [TableCell(text: "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (IET)"), TableCell(text: "๙๘.๗๖")])])
        let eit = ToolScoreReader().read(written)
        XCTAssertEqual(eit.first?.code, "EIT")
        XCTAssertEqual(eit.first?.codeAsWritten, "IET")
        XCTAssertEqual(eit.first?.score, 98.76)
    }

    func testAnalysisPerIndicatorWithStrengthsAndWeaknesses() throws {
        for (name, content) in ReportContent.both {
            let analysis = AnalysisReader().read(try XCTUnwrap(table(.analysis, in: content), name))
            XCTAssertEqual(analysis.map(\.indicator), Array(1...10), name)
            // Nine strengths; indicator 9 is the weakness (จุดอ่อนที่ต้องพัฒนาแก้ไขโดยเร่งด่วน).
            XCTAssertEqual(analysis.filter { $0.assessment == .strength }.map(\.indicator), [1, 2, 3, 4, 5, 6, 7, 8, 10], name)
            XCTAssertEqual(analysis.first { $0.indicator == 9 }?.assessment, .weakness, name)
            XCTAssertTrue(analysis[6].text.contains("ร้อยละ 98.81"), name)
            XCTAssertFalse(analysis.contains { $0.text.isEmpty }, name)
        }
    }

    func testIndicatorNumberIsNotASectionNumber() {
        XCTAssertEqual(AnalysisReader.indicatorNumber(in: "3.1 จุดแข็ง จำนวน 9 ตัวชี้วัด คือ\n1. การปฏิบัติหน้าที่"), 1)
        XCTAssertEqual(AnalysisReader.indicatorNumber(in: "<p>10.การป้องกันการทุจริต</p>"), 10)
        XCTAssertNil(AnalysisReader.indicatorNumber(in: "3.2 จุดอ่อน"))
    }
}
