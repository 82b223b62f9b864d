@testable import ITAKit
import ReportLayout
import XCTest

final class TableReadersTests: XCTestCase {
    private let words = ReadingWords.load()

    private func columns(_ table: Table) -> TableColumns {
        TableColumns(of: table, fiscalYear: 2568, words: words)
    }

    private var vocabulary: ScoreVocabulary {
        get throws { ScoreVocabulary(framework: try XCTUnwrap(FrameworkLibrary.framework(for: 2568))) }
    }

    func testTheColumnsOfTheSamplesFourTablesAreKnownByTheirHeadings() {
        for (name, content) in ReportContent.both {
            let roles = content.tables.map { table in (0..<table.columnCount).map { columns(table).role($0) } }
            XCTAssertEqual(roles.count, 4, name)
            XCTAssertEqual(roles[0], [.label, .score], name)
            XCTAssertEqual(roles[1], [.label, .score], name)
            XCTAssertEqual(roles[2], [.label, .analysis], name)
            XCTAssertEqual(roles[3], [.label, .activity, .analysis, .steps, .period, .responsible], name)
            XCTAssertTrue(MeasureReader.holdsMeasures(columns(content.tables[3])), name)
            XCTAssertTrue(AnalysisReader.holdsAnalysis(columns(content.tables[2]), in: content.tables[2]), name)
        }
    }

    func testToolScoresWithEITPartsAndIETReadAsEIT() throws {
        for (name, content) in ReportContent.both {
            let table = content.tables[0]
            let tools = try TableScoreReader(vocabulary: vocabulary).scores(in: table, columns: columns(table))
            XCTAssertEqual(tools.map(\.subject), [.tool(code: "IIT", part: nil), .tool(code: "EIT", part: 1),
                                                  .tool(code: "EIT", part: 2), .tool(code: "OIT", part: nil)], name)
            XCTAssertEqual(tools.map(\.score), [100, 97.51, 100, 94.13], name)
        }
        let written = Table(rows: [TableRow(cells: [TableCell(text: "เครื่องมือ"), TableCell(text: "คะแนน")]),
                                   TableRow(cells: [TableCell(text: "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (IET)"), TableCell(text: "๙๘.๗๖")])])
        let eit = try TableScoreReader(vocabulary: vocabulary).scores(in: written, columns: columns(written))
        XCTAssertEqual(eit.first?.subject, .tool(code: "EIT", part: nil))
        XCTAssertEqual(eit.first?.codeAsWritten, "IET")
        XCTAssertEqual(eit.first?.score, 98.76)
    }

    func testAnalysisPerIndicatorWithStrengthsAndWeaknesses() throws {
        for (name, content) in ReportContent.both {
            let table = content.tables[2]
            let analysis = AnalysisReader().read(columns(table).bodyRows(of: table))
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

/// A measures table whose period heading was lost: its dates say which column is the period.
final class MeasurePeriodColumnTests: XCTestCase {
    private func measures(_ rows: [[String]]) throws -> [Measure] {
        let table = Table(rows: rows.enumerated().map { index, row in TableRow(cells: row.map { TableCell(text: $0, line: index + 1) }) })
        let columns = TableColumns(of: table, fiscalYear: 2568, words: .load())
        let vocabulary = ScoreVocabulary(framework: try XCTUnwrap(FrameworkLibrary.framework(for: 2568)))
        return MeasureReader(vocabulary: vocabulary).read(table, columns: columns)
    }

    func testThePeriodColumnIsTheOneWhoseCellsAreDates() throws {
        let read = try measures([
            ["ตัวชี้วัด", "โครงการ/กิจกรรม", "ในการดำเนินการ", "ผู้รับผิดชอบ"],
            ["1.การปฏิบัติหน้าที่", "อบรมเจ้าหน้าที่ 2 รุ่น", "1 ตุลาคม 2568 ถึง 30 กันยายน 2569", "สำนักปลัด"],
            ["2.การใช้งบประมาณ", "เผยแพร่แผนการใช้จ่ายงบประมาณ", "1 มกราคม 2569 ถึง 31 มีนาคม 2569", "กองคลัง"],
        ])
        XCTAssertEqual(read.map(\.period.start), ["2025-10-01", "2026-01-01"])
        XCTAssertEqual(read.map(\.period.end), ["2026-09-30", "2026-03-31"])
        XCTAssertEqual(read.map(\.responsible), [["สำนักปลัด"], ["กองคลัง"]])
    }

    /// The second question of a measure, on a line the table read as a row of its own.
    func testARowWithNothingButItsLabelIsTheRestOfTheLabelAbove() throws {
        let read = try measures([
            ["ประเด็น", "ผลการประเมิน", "ข้อค้นพบ", "ขั้นตอน", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ"],
            ["i7 ท่านทราบข้อมูลเกี่ยวกับงบประมาณ", "80.54", "บุคลากรไม่ทราบงบประมาณ", "1. จัดประชุมชี้แจง", "กองคลัง", "1 ตุลาคม 2568 ถึง 30 กันยายน 2569"],
            ["i8 ท่านเคยเข้าไปมีส่วนร่วมในกระบวนการงบประมาณ", "", "", "", "", ""],
            ["e6 หน่วยงานมีช่องทางเผยแพร่ข้อมูลข่าวสาร", "65.23", "เข้าถึงข้อมูลไม่สะดวก", "1. ปรับปรุงเว็บไซต์", "สำนักปลัด", "1 มีนาคม 2569 ถึง 30 กันยายน 2569"],
        ])
        XCTAssertEqual(read.map(\.items), [["i7", "i8"], ["e6"]])
        XCTAssertEqual(read.map(\.responsible), [["กองคลัง"], ["สำนักปลัด"]])
    }

    /// A responsible heading stacked word by word in a narrow column, garbled by OCR
    /// (`ขASU ารผิดชอบ`): the units' names say which column it is; an activity column whose
    /// cells only mention a unit further on is not taken.
    func testTheResponsibleColumnIsTheOneWhoseCellsAreUnits() throws {
        let read = try measures([
            ["ตัวชี้วัด", "โครงการ/กิจกรรม", "ระยะเวลาดำเนินการ", "ขASU ารผิดชอบ"],
            ["1.การปฏิบัติหน้าที่", "อบรมเจ้าหน้าที่ของกองคลัง 2 รุ่น", "1 ตุลาคม 2568 ถึง 30 กันยายน 2569", "สำนักปลัดกองคลัง"],
            ["2.การใช้งบประมาณ", "เผยแพร่แผนการใช้จ่ายงบประมาณ", "1 มกราคม 2569 ถึง 31 มีนาคม 2569", "กองยุทธศาสตร์และงบประมาณ"],
        ])
        XCTAssertEqual(read.map(\.responsible), [["สำนักปลัด", "กองคลัง"], ["กองยุทธศาสตร์และงบประมาณ"]])
        XCTAssertEqual(read.map(\.activity), ["อบรมเจ้าหน้าที่ของกองคลัง 2 รุ่น", "เผยแพร่แผนการใช้จ่ายงบประมาณ"])
    }

    func testNoColumnOfDatesNoPeriod() throws {
        let read = try measures([
            ["ตัวชี้วัด", "โครงการ/กิจกรรม", "ผู้รับผิดชอบ"],
            ["1.การปฏิบัติหน้าที่", "อบรมเจ้าหน้าที่ 2 รุ่น", "สำนักปลัด"],
        ])
        XCTAssertEqual(read.map(\.period.text), [""])
        XCTAssertEqual(read.map(\.period.start), [nil])
    }
}

/// In a measures table OCR read, an indicator's name is taken over the number OCR misread
/// before it (`4.` read `1.`); in a text layer, the number as written stays.
final class MeasureIndicatorByNameTests: XCTestCase {
    private func measures(ocr: Bool, label: String = "1.การใช้ทรัพย์สินของราชการ") throws -> [Measure] {
        let rows = [["ตัวชี้วัด", "โครงการ/กิจกรรม", "ระยะเวลาดำเนินการ", "ผู้รับผิดชอบ"],
                    [label, "การจัดทำแนวทางปฏิบัติ", "1 ตุลาคม 2568 ถึง 30 กันยายน 2569", "สำนักปลัด"]]
        let table = Table(rows: rows.enumerated().map { index, row in
            TableRow(cells: row.map { TableCell(text: $0, line: index + 1, ocrConfidence: ocr ? 85 : nil) })
        })
        let columns = TableColumns(of: table, fiscalYear: 2568, words: .load())
        let vocabulary = ScoreVocabulary(framework: try XCTUnwrap(FrameworkLibrary.framework(for: 2568)))
        return MeasureReader(vocabulary: vocabulary).read(table, columns: columns)
    }

    func testOCRsMisreadNumberGivesWayToTheName() throws {
        XCTAssertEqual(try measures(ocr: true).map(\.indicator), [4])
        XCTAssertEqual(try measures(ocr: false).map(\.indicator), [1])
    }

    /// A name stacked in a narrow column, its number lost and a letter of it misread, as
    /// tesseract read the sample's measures table.
    func testAGarbledNameIsReadLooselyInTextOCRRead() throws {
        XCTAssertEqual(try measures(ocr: true, label: "รประสิทธิภาพการสื่อสาร").map(\.indicator), [7])
        XCTAssertEqual(try measures(ocr: false, label: "รประสิทธิภาพการสื่อสาร").map(\.indicator), [])
        XCTAssertEqual(try measures(ocr: true, label: "การจัดประชุมประจำเดือน").map(\.indicator), [])
    }
}

/// An analysis table OCR read, whose indicator numbers it garbled (as tesseract read the
/// sample's, scanned at 250 dpi): the names say which indicator each row is; a text layer's
/// labels are read by their numbers only, as before.
final class AnalysisIndicatorByNameTests: XCTestCase {
    private static let analysisText = "จากผลคะแนนโดยภาพรวมคะแนนเท่ากับ ร้อยละ 100 เป็นคะแนน จากการประเมิน การรับรู้ของบุคลากรภายในหน่วยงานต่อการปฏิบัติงานของบุคลากรอื่น"

    private func analysis(ocr: Bool) throws -> [Analysis] {
        let labels = ["3.1 จุดแข็ง\n9 ตัวชี้วัด คือ 1 การปฏิบัติหน้าที่", "2.5 ใช้งบประมาณ", "5 การีแก้ไขปัญหาการทุจริต", "3.การใช้อำนาจ"]
        let rows = [["ตัวชี้วัด", "ผลการวิเคราะห์"]] + labels.map { [$0, Self.analysisText] }
        let table = Table(rows: rows.enumerated().map { index, row in
            TableRow(cells: row.map { TableCell(text: $0, line: index + 1, ocrConfidence: ocr ? 85 : nil) })
        })
        let columns = TableColumns(of: table, fiscalYear: 2568, words: .load())
        let vocabulary = ScoreVocabulary(framework: try XCTUnwrap(FrameworkLibrary.framework(for: 2568)))
        return AnalysisReader(vocabulary: vocabulary).read(columns.bodyRows(of: table))
    }

    func testOCRsGarbledNumbersGiveWayToTheNames() throws {
        XCTAssertEqual(try analysis(ocr: true).map(\.indicator), [1, 2, 5, 3])
        XCTAssertEqual(try analysis(ocr: false).map(\.indicator), [3])
    }
}
