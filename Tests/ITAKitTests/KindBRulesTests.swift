@testable import ITAKit
import Foundation
import PDFText
import ReportLayout
import XCTest

/// The validator on the NACC's item-level analyses (kind B) and short texts (kind C), from the
/// tuning fixtures of Tests/Fixtures/kinds: each slip put in on its own gives its code, the
/// reports without a slip give no error, and the new rules' messages say what they must.
final class KindBRulesTests: XCTestCase {
    private static let kinds = ReportContent.root.appendingPathComponent("Tests/Fixtures/kinds")

    private struct Truth: Decodable {
        var faultCodes: [String]
    }

    private func validate(_ name: String) throws -> (findings: [Finding], report: Report, truth: Truth) {
        let text = try String(contentsOf: Self.kinds.appendingPathComponent(name + ".txt"), encoding: .utf8)
        let truth = try JSONDecoder().decode(Truth.self, from: Data(contentsOf: Self.kinds.appendingPathComponent(name + ".truth.json")))
        let content = DocumentContentReader().read(text: text)
        let report = try ReportParser().parse(content, source: Source(file: name, sha256: "", kind: .text, pages: nil))
        let framework = try report.fiscalYear.flatMap { try FrameworkLibrary.framework(for: $0) }
        let findings = Validator().validate(ValidationContext(report: report, content: content, framework: framework))
        return (findings, report, truth)
    }

    private var names: [String] {
        get throws {
            try FileManager.default.contentsOfDirectory(atPath: Self.kinds.path)
                .filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
        }
    }

    func testEverySlipGivesItsCodeAndNoOtherError() throws {
        let names = try names
        XCTAssertGreaterThanOrEqual(names.filter { $0.contains("-fault-") }.count, 10)
        for name in names {
            let (findings, _, truth) = try validate(name)
            let codes = Set(findings.map(\.code))
            for code in truth.faultCodes {
                XCTAssertTrue(codes.contains(code), "\(name): \(code) not found in \(findings.map(\.code))")
            }
            let otherErrors = findings.filter { $0.severity == .error && !truth.faultCodes.contains($0.code) }
            XCTAssertEqual(otherErrors.map(\.code), [], "\(name): \(otherErrors.map(\.english))")
        }
    }

    func testAReportAnalysedPerQuestionMissesNoIndicatorsAnalysisOrMeasures() throws {
        for name in ["b-khoksamran-2566", "b-huaisaingam-2567", "b-thungkula-2568"] {
            let (findings, report, _) = try validate(name)
            XCTAssertFalse(report.measures.isEmpty, name)
            XCTAssertEqual(findings.filter { ["ITA010", "ITA016"].contains($0.code) }.map(\.english), [], name)
        }
    }

    /// A short text is not the agency's report: what it does not hold is a note that says what
    /// the text gives, not a warning to add a table.
    func testAShortTextIsToldWhatItDoesNotHoldInNotesThatSayWhatItGives() throws {
        let (findings, _, _) = try validate("c-maeramat-2568")
        let missing = findings.filter { ["ITA010", "ITA016"].contains($0.code) }
        XCTAssertEqual(missing.count, 3, missing.map(\.english).joined(separator: "\n"))
        for finding in missing {
            XCTAssertEqual(finding.severity, .note, finding.english)
            XCTAssertTrue(finding.english.hasPrefix("This text gives the overall result and the scores of IIT, EIT part 1, EIT part 2, OIT only"), finding.english)
            XCTAssertTrue(finding.thai.hasPrefix("ข้อความนี้ให้เพียงผลการประเมินภาพรวม และคะแนนของ IIT, EIT ส่วนที่ 1"), finding.thai)
        }
    }

    // MARK: ITA017

    func testAnIndicatorPrintedTwiceNamesBothPlacesAndWhichAgrees() throws {
        let (findings, report, _) = try validate("b-huaisaingam-2567-fault-indicator-twice")
        let finding = try XCTUnwrap(findings.first { $0.code == "ITA017" })
        let indicator = try XCTUnwrap(report.indicators.first { $0.alsoWritten != nil })
        let other = try XCTUnwrap(indicator.alsoWritten?.first)
        XCTAssertEqual(finding.severity, .error)
        XCTAssertEqual(finding.where, indicator.where)
        XCTAssertEqual(finding.alsoWhere, [other.where].compactMap { $0 })
        let (taken, second) = (ScoreText.written(indicator.score!), ScoreText.written(other.score))
        for message in [finding.thai, finding.english] {
            XCTAssertTrue(message.contains(taken) && message.contains(second), message)
            XCTAssertTrue(message.contains("บรรทัดที่ \(indicator.where!.line!)") || message.contains("line \(indicator.where!.line!)"), message)
        }
        XCTAssertTrue(finding.english.contains("ita used the first written (\(taken))"), finding.english)
        XCTAssertTrue(finding.english.contains("With \(taken), the printed EIT score"), finding.english)
        XCTAssertTrue(finding.english.contains("\(taken) is the mean of questions"), finding.english)
    }

    func testAToolsScoreInTheResultSentenceAgainstItsTable() throws {
        let (findings, report, _) = try validate("b-thungkula-2568-fault-tool-sentence")
        let finding = try XCTUnwrap(findings.first { $0.code == "ITA017" })
        let tool = try XCTUnwrap(report.tools.first { $0.alsoWritten != nil })
        XCTAssertEqual(tool.code, "EIT")
        XCTAssertTrue(finding.english.hasPrefix("The EIT score is written as"), finding.english)
    }

    func testOneScoreRoundedTwoWaysIsNotTwoScores() {
        XCTAssertTrue(TwoScoresRule.sameWhenRounded(82.1, 82.09))
        XCTAssertTrue(TwoScoresRule.sameWhenRounded(80.5, 80.54))
        XCTAssertTrue(TwoScoresRule.sameWhenRounded(100, 100))
        XCTAssertFalse(TwoScoresRule.sameWhenRounded(100, 99.6))
        XCTAssertFalse(TwoScoresRule.sameWhenRounded(82.09, 73.10))
        XCTAssertFalse(TwoScoresRule.sameWhenRounded(97.21, 97.12))
        XCTAssertFalse(TwoScoresRule.sameWhenRounded(82.2, 82.09))
    }

    // MARK: ITA018, ITA019, ITA020

    func testAnIndicatorOffItsQuestionsMeanIsAWarningWhileTheRuleIsAHypothesis() throws {
        let (findings, _, _) = try validate("b-huaisaingam-2567-fault-question-mean")
        let finding = try XCTUnwrap(findings.first { $0.code == "ITA018" })
        XCTAssertEqual(finding.severity, .warning, "2567's IIT questions are not confirmed")
        XCTAssertTrue(finding.english.contains("i19–i24"), finding.english)
        XCTAssertTrue(finding.thai.contains("i19–i24"), finding.thai)
    }

    func testAQuestionQuotedWithAnotherQuestionsScoreSaysWhose() throws {
        let (findings, _, _) = try validate("b-khoksamran-2566-fault-measure-other")
        let finding = try XCTUnwrap(findings.first { $0.code == "ITA019" })
        XCTAssertTrue(finding.english.contains("quotes question e13 with 68.59"), finding.english)
        XCTAssertTrue(finding.english.contains("68.59 is the score of question e14"), finding.english)
        XCTAssertTrue(finding.thai.contains("เป็นคะแนนของข้อ e14"), finding.thai)
        XCTAssertEqual(finding.alsoWhere?.count, 1)
    }

    func testALetterLevelForA2566ResultNamesTheYearsLevels() throws {
        let (findings, _, _) = try validate("b-khoksamran-2566-fault-letter-level")
        let finding = try XCTUnwrap(findings.first { $0.code == "ITA020" })
        XCTAssertEqual(finding.severity, .warning)
        XCTAssertTrue(finding.english.contains("a level of fiscal years 2562–2565"), finding.english)
        XCTAssertTrue(finding.thai.contains("ผ่านดีเยี่ยม"), finding.thai)
        XCTAssertFalse(findings.contains { $0.code == "ITA002" }, "another scheme's name is ITA020's alone")
    }

    func testLevelNamesAreFoundWholeAndLongestFirst() {
        let names = ["ผ่านดีเยี่ยม", "ผ่านดี", "ผ่าน", "ไม่ผ่าน", "AA", "A", "B"]
        XCTAssertEqual(LevelSchemeRule.levelNames(in: "(ผ่าน) ระดับ AA", among: names).sorted(), ["AA", "ผ่าน"])
        XCTAssertEqual(LevelSchemeRule.levelNames(in: "ผ่านดี (ระดับ A)", among: names).sorted(), ["A", "ผ่านดี"])
        XCTAssertEqual(LevelSchemeRule.levelNames(in: "ไม่ผ่าน", among: names), ["ไม่ผ่าน"])
        XCTAssertEqual(LevelSchemeRule.levelNames(in: "ระดับ Bonus", among: names), [])
    }

    // MARK: ITA013

    private func yearFindings(_ lines: [String]) throws -> [Finding] {
        let content = DocumentContentReader().read(text: lines.joined(separator: "\n"))
        let report = try ReportParser().parse(content, source: Source(file: "t.txt", sha256: "", kind: .text, pages: nil))
        let framework = try report.fiscalYear.flatMap { try FrameworkLibrary.framework(for: $0) }
        return FiscalYearConsistencyRule().check(ValidationContext(report: report, content: content, framework: framework))
    }

    func testLastYearsResultAndTheMeasuresYearAreNoSlip() throws {
        let found = try yearFindings([
            "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567",
            "(จากผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2566)",
            "เทศบาลตำบลทดสอบ ได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2566 ได้คะแนน 88.06 คะแนน สูงกว่าปีที่ผ่านมา 2.15 คะแนน (ปีงบประมาณ พ.ศ. 2565 ได้ 85.91 คะแนน)",
            "จึงได้วิเคราะห์ผลการประเมินเพื่อกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสในปีงบประมาณ พ.ศ. 2567",
            "ข้อมูลคะแนน ITA เปรียบเทียบตั้งแต่ปีงบประมาณ พ.ศ. 2558 – 2566",
        ])
        XCTAssertEqual(found.map(\.english), [])
    }

    func testTheFirstYearOfAPeriodHoldingTheYearAssessedIsNoSlip() throws {
        // A cabinet resolution's years (`ในปีงบประมาณ พ.ศ. 2561 - 2564`) around a 2562 result.
        var found = try yearFindings([
            "อบจ.ทดสอบ คว้าระดับ AA ด้วยคะแนน 95.20 จากการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2562",
            "การประเมิน ITA เป็นไปตามมติคณะรัฐมนตรี ให้หน่วยงานภาครัฐทุกหน่วยงานเข้าร่วมการประเมินคุณธรรมและความโปร่งใส ในปีงบประมาณ พ.ศ. 2561 - 2564",
        ])
        XCTAssertEqual(found.map(\.english), [])
        // A period that does not hold it is still another year.
        found = try yearFindings([
            "อบจ.ทดสอบ คว้าระดับ AA ด้วยคะแนน 95.20 จากการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2566",
            "การประเมินคุณธรรมและความโปร่งใส ในปีงบประมาณ พ.ศ. 2561 - 2564",
        ])
        XCTAssertEqual(found.map(\.found), ["2561"])
    }

    func testTheResultGivenForAnotherYearAFarYearAndAnImpossibleDate() throws {
        let found = try yearFindings([
            "รายงานผลการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2566",
            "ในปีงบประมาณ พ.ศ. 2565 เทศบาลมีผลคะแนนการประเมิน ITA 88.06 คะแนน",
            "ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 3105 ได้คะแนน 88.06",
            "ประกาศ ณ วันที่ 20 พฤศจิกายน พ.ศ. 2564",
        ])
        XCTAssertEqual(found.map(\.found), ["2565", "3105", "2564"])
        XCTAssertEqual(found.map(\.where?.line), [2, 3, 4])
        XCTAssertTrue(found[2].english.contains("before fiscal year 2566 B.E., the year this report assesses, began"), found[2].english)
    }
}

/// ITA021: EIT printed whole beside its parts.
final class ToolFromPartsRuleTests: XCTestCase {
    private func withWholeEIT(_ score: String) throws -> ValidationContext {
        try SeedVariant.context(SeedVariant.replacing(
            "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ส่วนที่ 2\t100\n",
            with: "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ส่วนที่ 2\t100\nแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)\t\(score)\n"))
    }

    func testTheWholeThatIsTheMeanOfItsPartsIsRight() throws {
        let context = try withWholeEIT("98.76")
        XCTAssertTrue(context.report.tools.contains { $0.code == "EIT" && $0.part == nil })
        XCTAssertEqual(ToolFromPartsRule().check(context).map(\.english), [])
    }

    func testAWholeOffItsPartsIsAWarningWhileTheMeanIsAHypothesis() throws {
        let found = ToolFromPartsRule().check(try withWholeEIT("98.00"))
        XCTAssertEqual(found.map(\.code), ["ITA021"])
        XCTAssertEqual(found.first?.severity, .warning)
        XCTAssertEqual(found.first?.alsoWhere?.count, 2)
        XCTAssertEqual(found.first?.found, "98")
        for text in ["97.51", "100", "98.76"] {
            XCTAssertTrue(found.first?.english.contains(text) ?? false, "\(text): \(found.first?.english ?? "")")
            XCTAssertTrue(found.first?.thai.contains(text) ?? false, "\(text): \(found.first?.thai ?? "")")
        }
    }
}

/// A kind-B report in a wide monospaced font, portrait, without rulings: the line of prose
/// just above its measures table (one space, on a channel) is not the table's first row, and
/// the table, cut by two page breaks, is one.
final class UnruledMeasuresTableTests: XCTestCase {
    func testTheMeasuresTableIsOneTableOfFiveMeasures() throws {
        let path = ReportContent.root.appendingPathComponent("Tests/Fixtures/kinds/b-thungkula-2568-tlwgmono.pdf").path
        let content = try DocumentContentReader().read(PDFDocument(path: path))
        let measures = content.tables.filter { table in
            MeasureReader.holdsMeasures(TableColumns(of: table, fiscalYear: 2568, words: .load()))
        }
        XCTAssertEqual(measures.count, 1)
        let table = try XCTUnwrap(measures.first)
        XCTAssertGreaterThanOrEqual(table.columnCount, 7)
        let labels = table.rows.dropFirst().map { $0.cells.first?.text ?? "" }
        XCTAssertEqual(labels.count, 5, labels.joined(separator: " | "))
        XCTAssertTrue(labels.first?.hasPrefix("i7") ?? false, labels.first ?? "")
    }

    /// The header's การดำเนินการ spans the steps and the units; the rows keep them apart.
    func testStepsAndUnitsUnderASpanningHeaderStayApart() throws {
        let path = ReportContent.root.appendingPathComponent("Tests/Fixtures/kinds/b-thungkula-2568-tlwgmono.pdf").path
        let content = try DocumentContentReader().read(PDFDocument(path: path))
        let report = try ReportParser().parse(content, source: Source(file: "b.pdf", sha256: "", kind: .pdf, pages: content.pageCount))
        XCTAssertEqual(report.measures.count, 5)
        for measure in report.measures {
            XCTAssertFalse(measure.responsible.isEmpty, measure.items.joined())
            XCTAssertFalse(measure.steps.isEmpty, measure.items.joined())
            XCTAssertNotNil(measure.period.start, measure.period.text)
        }
    }
}

/// A table of contents gives the page of each indicator's part: page numbers, not scores.
final class TableOfContentsTests: XCTestCase {
    func testPageNumbersUnderAPageHeadingAreNoScores() throws {
        let seed = try String(contentsOfFile: ReportContent.seedPath, encoding: .utf8)
        var lines = seed.components(separatedBy: "\n")
        lines.insert(contentsOf: ["สารบัญ", "เรื่อง\tหน้า", "1.การปฏิบัติหน้าที่\t5", "2.การใช้งบประมาณ\t6", "3.การใช้อำนาจ\t7", ""], at: 3)
        let content = DocumentContentReader().read(text: lines.joined(separator: "\n"))
        let report = try ReportParser().parse(content, source: Source(file: "toc.txt", sha256: "", kind: .text, pages: nil))
        XCTAssertEqual(report.indicators.prefix(3).map(\.score), [100, 100, 100])
        XCTAssertTrue(report.indicators.allSatisfy { $0.alsoWritten == nil })
    }

    func testAContentsTableWithoutHeadingNumbersChaptersNotIndicators() throws {
        let seed = try String(contentsOfFile: ReportContent.seedPath, encoding: .utf8)
        var lines = seed.components(separatedBy: "\n")
        lines.insert(contentsOf: ["สารบัญ", "1. บทนำ\t1", "2. ผลการประเมิน\t3", "3. การวิเคราะห์ผล\t5", ""], at: 3)
        let content = DocumentContentReader().read(text: lines.joined(separator: "\n"))
        let report = try ReportParser().parse(content, source: Source(file: "toc.txt", sha256: "", kind: .text, pages: nil))
        XCTAssertEqual(report.indicators.prefix(3).map(\.score), [100, 100, 100])
        XCTAssertTrue(report.indicators.allSatisfy { $0.alsoWritten == nil })
    }
}
