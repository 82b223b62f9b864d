@testable import ITAKit
import Foundation
import PDFText
import ReportLayout
import XCTest

/// Reports of other kinds than the sample, read by meaning: the NACC's item-level analysis
/// (kind B) and short texts (kind C), from the tuning fixtures of Tests/Fixtures/kinds (each
/// with the truth it was made from), and the pieces of the reading on their own.
final class ReadingByMeaningTests: XCTestCase {
    private static let kinds = ReportContent.root.appendingPathComponent("Tests/Fixtures/kinds")

    private struct Truth: Decodable {
        struct Agency: Decodable { var name: String }
        struct Overall: Decodable { var score: Double?; var level: String? }
        struct Tool: Decodable { var code: String; var part: Int?; var score: Double }
        struct Indicator: Decodable { var number: Int; var score: Double }
        struct Item: Decodable { var code: String; var indicator: Int; var score: Double }
        struct Measure: Decodable { var items: [String]; var periodStart: String?; var periodEnd: String?; var responsible: [String] }
        var agency: Agency
        var fiscalYear: Int
        var measuresFiscalYear: Int?
        var overall: Overall
        var tools: [Tool]
        var indicators: [Indicator]
        var items: [Item]
        var measures: [Measure]
    }

    private func read(_ name: String) throws -> (report: Report, truth: Truth) {
        let text = try String(contentsOf: Self.kinds.appendingPathComponent(name + ".txt"), encoding: .utf8)
        let truth = try JSONDecoder().decode(Truth.self, from: Data(contentsOf: Self.kinds.appendingPathComponent(name + ".truth.json")))
        let report = try ReportParser().parse(DocumentContentReader().read(text: text), source: Source(file: name, sha256: "", kind: .text, pages: nil))
        return (report, truth)
    }

    func testItemLevelReportsGiveEveryKeyFact() throws {
        for name in ["b-khoksamran-2566", "b-huaisaingam-2567", "b-thungkula-2568"] {
            let (report, truth) = try read(name)
            XCTAssertEqual(report.agency.name, truth.agency.name, name)
            XCTAssertEqual(report.fiscalYear, truth.fiscalYear, name)
            XCTAssertEqual(report.measuresFiscalYear, truth.measuresFiscalYear, name)
            XCTAssertEqual(report.overall?.score, truth.overall.score, name)
            XCTAssertEqual(report.overall?.level, truth.overall.level, name)
            XCTAssertEqual(report.tools.map { "\($0.code)\($0.part.map(String.init) ?? "") \($0.score!)" },
                           truth.tools.map { "\($0.code)\($0.part.map(String.init) ?? "") \($0.score)" }, name)
            XCTAssertEqual(report.indicators.map(\.number), truth.indicators.map(\.number), name)
            XCTAssertEqual(report.indicators.map(\.score), truth.indicators.map(\.score), name)
            // Every question printed, under its indicator, with its score (a measure may quote one more).
            for item in truth.items {
                let read = report.items.first { $0.code == item.code }
                XCTAssertEqual(read?.score, item.score, "\(name) \(item.code)")
                XCTAssertEqual(read?.indicator, item.indicator, "\(name) \(item.code)")
            }
            XCTAssertEqual(report.measures.map(\.items), truth.measures.map(\.items), name)
            XCTAssertEqual(report.measures.map(\.period.start), truth.measures.map(\.periodStart), name)
            XCTAssertEqual(report.measures.map(\.period.end), truth.measures.map(\.periodEnd), name)
            XCTAssertEqual(report.measures.map(\.responsible), truth.measures.map(\.responsible), name)
        }
    }

    func testShortTextsGiveTheirYearScoreAndLevel() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.kinds.path)
            .filter { $0.hasPrefix("c-") && $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }
        XCTAssertGreaterThanOrEqual(names.count, 8)
        for name in names {
            let (report, truth) = try read(name)
            XCTAssertEqual(report.fiscalYear, truth.fiscalYear, name)
            XCTAssertEqual(report.overall?.score, truth.overall.score, name)
            XCTAssertEqual(report.overall?.level, truth.overall.level, name)
            XCTAssertEqual(report.agency.name?.filter { !$0.isWhitespace }, truth.agency.name.filter { !$0.isWhitespace }, name)
            for tool in truth.tools {
                XCTAssertEqual(report.tools.first { $0.code == tool.code && $0.part == tool.part }?.score, tool.score, "\(name) \(tool.code)")
            }
        }
    }

    // MARK: The vocabulary

    private var vocabulary: ScoreVocabulary {
        get throws { ScoreVocabulary(framework: try XCTUnwrap(FrameworkLibrary.framework(for: 2566))) }
    }

    func testQuestionCodesInEitherCaseAndNotInOtherWords() throws {
        let vocabulary = try vocabulary
        XCTAssertEqual(vocabulary.items(in: "i7 ท่านทราบข้อมูลเกี่ยวกับงบประมาณ"), ["i7"])
        XCTAssertEqual(vocabulary.items(in: "I 12 หน่วยงานของท่าน มีการจัดซื้อจัดจ้าง"), ["i12"])
        XCTAssertEqual(vocabulary.items(in: "(O36) และ e11, E15"), ["o36", "e11", "e15"])
        XCTAssertEqual(vocabulary.items(in: "ผลการประเมิน ITA 2566 ข้อ 3.5 OIT"), [])
        XCTAssertEqual(vocabulary.items(in: "i31 e16 o44"), [], "codes the year does not have")
        XCTAssertEqual(vocabulary.itemIndicator("i7"), 2)
        XCTAssertEqual(vocabulary.itemIndicator("e11"), 8)
    }

    func testIndicatorsByNumberByNameOrBothButNotProse() throws {
        let vocabulary = try vocabulary
        XCTAssertEqual(vocabulary.indicator(in: "ตัวชี้วัดที่ 2 การใช้งบประมาณ")?.number, 2)
        XCTAssertEqual(vocabulary.indicator(in: "๗.ประสิทธิภาพในการสื่อสาร")?.number, 7)
        XCTAssertEqual(vocabulary.indicator(in: "การป้องกันการทุจริต")?.number, 10)
        XCTAssertNil(vocabulary.indicator(in: "3.ผลคะแนนของหน่วยงานโดยรวมเพิ่มขึ้นจากปีที่แล้ว"))
        XCTAssertNil(vocabulary.indicator(in: "ตัวชี้วัดที่ 12 การบริหารจัดการ"))
        XCTAssertEqual(vocabulary.subject(in: "ตัวชี้วัดที่ 2 การใช้งบประมาณ i7"), .item("i7"), "a question is more specific")
        XCTAssertEqual(vocabulary.subject(in: "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ส่วนที่ 2"), .tool(code: "EIT", part: 2))
        XCTAssertEqual(vocabulary.subject(in: "แบบตรวจการเปิดเผยข้อมูลสาธารณะ"), .tool(code: "OIT", part: nil))
    }

    // MARK: Tables of any shape

    private func table(_ rows: [[String]]) -> Table {
        Table(rows: rows.enumerated().map { index, row in
            TableRow(cells: row.map { TableCell(text: $0, line: index + 1) })
        })
    }

    private func scores(_ table: Table) throws -> [String] {
        let columns = TableColumns(of: table, fiscalYear: 2566, words: .load())
        return try TableScoreReader(vocabulary: vocabulary).scores(in: table, columns: columns).map { finding in
            switch finding.subject {
            case .tool(let code, let part): "\(code)\(part.map(String.init) ?? "") \(finding.score)"
            case .indicator(let number): "\(number) \(finding.score)"
            case .item(let code): "\(code) \(finding.score)"
            case .overall: "overall \(finding.score)"
            }
        }
    }

    func testAToolScoreMergedDownBesideItsIndicatorsOnAnyRowOfTheGroup() throws {
        let header = ["ตัวชี้วัด", "คะแนนรายตัวชี้วัด", "คะแนนรายเครื่องมือ"]
        // Ruled: the merged cell stands in its top-left cell.
        XCTAssertEqual(try scores(table([header,
                                         ["ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่", "96.81", "92.31"],
                                         ["ตัวชี้วัดที่ 2 การใช้งบประมาณ", "90.92", ""],
                                         ["ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", "95.00", ""],
                                         ["ตัวชี้วัดที่ 10 การป้องกันการทุจริต", "100", "97.50"]])),
                       ["1 96.81", "IIT 92.31", "2 90.92", "9 95.0", "10 100.0", "OIT 97.5"])
        // Without a header, the merged cell's column is the one filled on fewer rows.
        XCTAssertEqual(try scores(table([["1.การปฏิบัติหน้าที่", "96.81", ""],
                                         ["2.การใช้งบประมาณ", "90.92", "92.31"],
                                         ["3.การใช้อำนาจ", "89.20", ""]])),
                       ["1 96.81", "2 90.92", "IIT 92.31", "3 89.2"])
    }

    func testNumbersUnderHeadingsThatAreNotThisYearsScoreAreNotTaken() throws {
        XCTAssertEqual(try scores(table([["ที่", "ตัวชี้วัด", "ปี 2565", "ปี 2566", "ผลต่าง"],
                                         ["1", "การปฏิบัติหน้าที่", "88.10", "96.81", "+8.71"],
                                         ["2", "การใช้งบประมาณ", "85.00", "90.92", "5.92"]])),
                       ["1 96.81", "2 90.92"])
        XCTAssertEqual(try scores(table([["ที่", "หัวข้อ", "เครื่องมือการประเมิน", "ข้อคำถาม", "คะแนน", "หมายเหตุ"],
                                         ["1", "การรับรู้งบประมาณ", "IIT", "i7 ท่านทราบข้อมูลเกี่ยวกับงบประมาณ", "86.50", "ต่ำกว่า 85 ในปีก่อน"]])),
                       ["i7 86.5"])
    }

    // MARK: The overall sentence

    private func overall(_ text: String, year: Int? = 2566) throws -> Overall? {
        let names = try XCTUnwrap(FrameworkLibrary.framework(for: 2566)).levelRule.levelNames
        let reader = OverallReader(levelNames: names, anyYearLevelNames: ["ผ่านดีเยี่ยม", "ผ่านดี", "ผ่าน", "ไม่ผ่าน", "AA", "A", "B"], fiscalYear: year)
        return reader.read([DocumentContent.Line(text: text, line: 1)])
    }

    func testTheOverallScoreIsNotLastYearsTheChangeThePassMarkOrARank() throws {
        let sentence = "ได้คะแนน 90.18 คะแนน สูงกว่าปีที่ผ่านมา 2.15 คะแนน (ปีงบประมาณ พ.ศ. 2565 ได้ 88.03 คะแนน) ผ่านเกณฑ์ 85 คะแนน อยู่ในระดับ ผ่านดี"
        XCTAssertEqual(try overall(sentence)?.score, 90.18)
        XCTAssertEqual(try overall(sentence)?.level, "ผ่านดี")
        let ranked = "ลำดับที่ 12 จาก 78 แห่ง ด้วยคะแนน 77.70คะแนน ระดับ B"
        XCTAssertEqual(try overall(ranked, year: 2565)?.score, 77.70)
        XCTAssertEqual(try overall("อยู่ในระดับ AA ด้วยคะแนน ๙๕.๕๔ คะแนน จากคะแนนเต็ม 100 คะแนน")?.score, 95.54)
    }

    /// English: the fiscal year in the Gregorian calendar just before the score is the year
    /// assessed; points follow their number; an earlier year's clause gives that year's score.
    func testEnglishYearsBeforeAScore() throws {
        let rated = try overall("Siam Technical University rated ITA Fiscal Year 2023 AA level 96.40 points", year: 2566)
        XCTAssertEqual(rated?.score, 96.40)
        XCTAssertEqual(rated?.level, "AA")
        let byline = try overall("The university was rated A level in the ITA, with 91.20 points By : A. Writer / 03 Sep. 2566", year: 2566)
        XCTAssertEqual(byline?.score, 91.20, "a number after points is no score")
        let history = try overall("The town's ITA level is A. In 2019, the town scored 71.30, and this year it scored 93.15 points.", year: 2566)
        XCTAssertEqual(history?.score, 93.15)
    }

    func testALevelWrittenInTwoSchemesKeepsTheYearsAndTheWords() throws {
        let read = try overall("ได้คะแนน 96.18 คะแนน (ผ่าน) ระดับ AA")
        XCTAssertEqual(read?.level, "ผ่าน")
        XCTAssertEqual(read?.levelAsWritten, "(ผ่าน) ระดับ AA")
        XCTAssertEqual(try overall("scored 94.25 points, classified as “Good.”")?.level, "ผ่านดี")
    }
}

/// Tables drawn without rulings whose columns came out wrong: the row's label split over
/// cells, rows run together, a column of row numbers, a score and its tool's in one cell.
final class ReadingByMeaningUnruledTests: XCTestCase {
    private func scores(_ rows: [[String]]) throws -> [String] {
        let table = Table(rows: rows.enumerated().map { index, row in TableRow(cells: row.map { TableCell(text: $0, line: index + 1) }) })
        let columns = TableColumns(of: table, fiscalYear: 2566, words: .load())
        let vocabulary = ScoreVocabulary(framework: try XCTUnwrap(FrameworkLibrary.framework(for: 2566)))
        return TableScoreReader(vocabulary: vocabulary).scores(in: table, columns: columns).map { finding in
            switch finding.subject {
            case .tool(let code, _): "\(code) \(finding.score)"
            case .indicator(let number): "\(number) \(finding.score)"
            case .item(let code): "\(code) \(finding.score)"
            case .overall: "overall \(finding.score)"
            }
        }
    }

    func testALabelSplitOverCellsRowsRunTogetherAndRowNumbers() throws {
        let header = ["ตัวชี้วัด", "", "", "คะแนนรายตัวชี้วัด", "คะแนนรายเครื่องมือ"]
        XCTAssertEqual(try scores([header,
                                   ["ตัวชี้วัดที่", "1", "การปฏิบัติหน้าที่", "92.80", "90.97"],
                                   ["ตัวชี้วัดที่", "2", "การใช้งบประมาณ", "87.93", ""],
                                   ["ตัวชี้วัดที่", "", "7 ประสิทธิภาพการสื่อสาร", "81.05", "81.03"],
                                   ["ตัวชี้วัดที่ตัวชี้วัดที่", "", "9 การเปิดเผยข้อมูล 10 การป้องกันการทุจริต", "90.00 92.31", "91.16"]]),
                       ["1 92.8", "IIT 90.97", "2 87.93", "7 81.05", "EIT 81.03", "9 90.0", "10 92.31", "OIT 91.16"])
    }

    func testAScoreAndItsToolsInOneCell() throws {
        XCTAssertEqual(try scores([["ตัวชี้วัด", "", "คะแนนรายตัวชี้วัด คะแนนรายเครื่องมือ"],
                                   ["ตัวชี้วัดที่", "1 การปฏิบัติหน้าที่", "92.80 90.97"],
                                   ["ตัวชี้วัดที่", "2 การใช้งบประมาณ", "87.93"]]),
                       ["1 92.8", "IIT 90.97", "2 87.93"])
    }

    /// The tool's merged cell among its indicators' scores: the one that is the mean of the
    /// others is the tool's, wherever it stands.
    func testAToolsScoreAmongItsIndicatorsIsTheirMean() throws {
        let header = ["ตัวชี้วัด", "", "", "คะแนนรายตัวชี้วัด คะแนนรายเครื่องมือ"]
        XCTAssertEqual(try scores([header,
                                   ["ตัวชี้วัดที่\nตัวชี้วัดที่", "", "9 การเปิดเผยข้อมูล\n10 การป้องกันการทุจริต", "90.00 91.16 92.31"]]),
                       ["9 90.0", "10 92.31", "OIT 91.16"])
        // Two values could be the mean (or none): the row says nothing rather than guess.
        XCTAssertEqual(try scores([header,
                                   ["ตัวชี้วัดที่\nตัวชี้วัดที่", "", "9 การเปิดเผยข้อมูล\n10 การป้องกันการทุจริต", "90.00 95.00 92.31"]]),
                       [])
    }

    /// Names and scores of run-together rows in one cell, as a table without rulings gives.
    func testIndicatorsWithTheirScoresInOneCell() throws {
        XCTAssertEqual(try scores([["เครื่องมือ", "ตัวชี้วัด", "คะแนน"],
                                   ["EIT", "ตัวชี้วัดที่ตัวชี้วัดที่", "6 คุณภาพการดำเนินงาน 91.71 7 ประสิทธิภาพการสื่อสาร 93.59"]]),
                       ["6 91.71", "7 93.59"])
        XCTAssertEqual(try scores([["ตัวชี้วัด", "คะแนน"], ["7.ประสิทธิภาพการสื่อสาร", "98.8l"]]), [], "a score written wrong is ITA005's")
    }

    func testProseWithNumbersBesideAnAnalysisIsNoScore() throws {
        XCTAssertEqual(try scores([["ตัวชี้วัด", "ผลการวิเคราะห์"],
                                   ["3.1 จุดแข็ง จำนวน 9 ตัวชี้วัด คือ\n1. การปฏิบัติหน้าที่", "จากผลคะแนนโดยภาพรวม ร้อยละ 100 ใน 9 ตัวชี้วัด"]]),
                       [])
    }
}

/// Text that lowercasing lengthens, or that ends inside a level's name, is read without a crash.
final class ReadingByMeaningRobustnessTests: XCTestCase {
    func testTextWhoseLowerCaseIsLongerOrEndsInALevel() {
        let reader = OverallReader(levelNames: ["ผ่านดี", "ผ่าน"], anyYearLevelNames: ["ผ่านดีเยี่ยม", "ผ่านดี", "ผ่าน", "AA", "A"], fiscalYear: 2567)
        for text in ["İİİ LEVEL İ ได้คะแนน 91.2 คะแนน ระดับ ผ่านดี", "ได้คะแนน 91.2 คะแนน ระดับ ผ่", "ระดับ", "คะแนน 9", "(", "ระดับ (A"] {
            _ = reader.read([DocumentContent.Line(text: text, line: 1)])
        }
        XCTAssertEqual(reader.read([DocumentContent.Line(text: "İİİ LEVEL İ ได้คะแนน 91.2 คะแนน ระดับ ผ่านดี", line: 1)])?.level, "ผ่านดี")
    }
}

extension ReadingByMeaningRobustnessTests {
    /// Reports made of random pieces of the words and numbers the reader looks for, in random
    /// table shapes: every one is read without a crash, and what is read is within reason.
    func testRandomReportsOfTheReadersOwnWords() throws {
        let pieces = ["ตัวชี้วัดที่", "1", "2.", "๙", "การใช้งบประมาณ", "i7", "I 12", "(O36)", "e", "คะแนน", "ระดับ", "ผ่านดี", "AA",
                      "(ผ่าน)", "97.28", "๙๘.๗๖", "100", "2566", "พ.ศ.", "ประจำปีงบประมาณ", "มาตรการ", "ผลการประเมิน", "ITA",
                      "(IIT)", "EIT", "ส่วนที่", "คะแนนรายเครื่องมือ", "ระยะเวลา", "ผู้รับผิดชอบ", "1 มค 67", "ถึง", "ทุกสำนักกอง",
                      "เทศบาลตำบล", "อบต.", "จังหวัด", "ปีที่ผ่านมา", "เกณฑ์", "\t", "\t", "<p>", "İ", "“", "”", ":", " ", " "]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let lineCount = Int.random(in: 1...12, using: &generator)
            let text = (0..<lineCount).map { _ in
                (0..<Int.random(in: 1...9, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined(separator: " ")
            }.joined(separator: "\n")
            let report = try ReportParser().parse(DocumentContentReader().read(text: text), source: Source(file: "random", sha256: "", kind: .text, pages: nil))
            XCTAssertTrue(report.indicators.allSatisfy { (1...10).contains($0.number) }, text)
            XCTAssertTrue(report.items.allSatisfy { ["i", "e", "o"].contains($0.code.prefix(1)) }, text)
            XCTAssertTrue(report.tools.allSatisfy { ["IIT", "EIT", "OIT"].contains($0.code) }, text)
        }
    }
}
