import ITAKit
import PDFText
import ReportLayout
import XCTest

/// Every key fact of the seed report, read from its text and from the sample PDF.
final class ReportParserTests: XCTestCase {
    private func parse(_ content: DocumentContent, kind: Source.Kind) throws -> Report {
        try ReportParser().parse(content, source: Source(file: "seed", sha256: String(repeating: "0", count: 64), kind: kind, pages: content.pageCount))
    }

    func testKeyFactsOfTheSeed() throws {
        for (name, content) in ReportContent.both {
            let report = try parse(content, kind: name == "seed" ? .text : .pdf)
            XCTAssertEqual(report.agency.name, "เทศบาลเมืองเมืองพล", name)
            XCTAssertEqual(report.agency.district, "พล", name)
            XCTAssertEqual(report.agency.province, "ขอนแก่น", name)
            XCTAssertEqual(report.fiscalYear, 2568, name)
            XCTAssertEqual(report.overall?.score, 97.28, name)
            XCTAssertEqual(report.overall?.level, "ผ่านดี", name)
            XCTAssertEqual(report.tools.map { "\($0.code)\($0.part.map(String.init) ?? "") \($0.score ?? -1)" },
                           ["IIT 100.0", "EIT1 97.51", "EIT2 100.0", "OIT 94.13"], name)
            XCTAssertEqual(report.indicators.map(\.number), Array(1...10), name)
            XCTAssertEqual(report.indicators.map(\.score), [100, 100, 100, 100, 100, 98.71, 98.81, 98.76, 93.25, 95], name)
            XCTAssertEqual(report.indicators.map(\.tool), Array(repeating: "IIT", count: 5) + ["EIT", "EIT", "EIT", "OIT", "OIT"], name)
            XCTAssertEqual(report.analysis.map(\.indicator), Array(1...10), name)
            XCTAssertEqual(report.measures.map(\.indicator), Array(1...10), name)
            for measure in report.measures {
                XCTAssertEqual(measure.period.start, "2025-10-01", "\(name) measure \(measure.indicator): \(measure.period.text)")
                XCTAssertEqual(measure.period.end, "2026-09-30", "\(name) measure \(measure.indicator)")
                XCTAssertFalse(measure.steps.isEmpty, "\(name) measure \(measure.indicator)")
                XCTAssertFalse(measure.activity.isEmpty, "\(name) measure \(measure.indicator)")
            }
            XCTAssertEqual(report.measures[4].responsible, ["สำนักปลัด", "กองการเจ้าหน้าที่", "กองยุทธศาสตร์และงบประมาณ", "ทุกส่วนราชการ"], name)
            XCTAssertTrue(report.events.contains { $0.date == "2025-01-14T13:30" }, name)
            XCTAssertFalse(report.events.contains { $0.text.contains("·") }, name)
        }
    }

    func testEveryValueSaysWhereItCameFrom() throws {
        let pdf = try parse(ReportContent.sample, kind: .pdf)
        let places = [pdf.agency.where, pdf.overall?.where] + pdf.tools.map(\.where) + pdf.indicators.map(\.where)
            + pdf.analysis.map(\.where) + pdf.measures.map(\.where)
        for place in places {
            XCTAssertNotNil(place?.page)
            XCTAssertEqual(place?.rect?.count, 4)
        }
        let text = try parse(ReportContent.seed, kind: .text)
        XCTAssertEqual(text.indicators[6].where?.line, 75)
        XCTAssertEqual(text.overall?.where?.line, 43)
    }
}

/// Score tables drawn without rulings, whose one-line rows stand as close as a cell's own
/// lines, with a heading right under the tool table (Tests/Fixtures/pdf/tlwgtypist-unruled).
final class UnruledScoreTablesTests: XCTestCase {
    func testEveryToolAndIndicatorScoreOfTheUnruledFixture() throws {
        let path = ReportContent.root.appendingPathComponent("Tests/Fixtures/pdf/tlwgtypist-unruled.pdf").path
        let content = try DocumentContentReader().read(PDFDocument(path: path))
        let report = try ReportParser().parse(content, source: Source(file: "f", sha256: String(repeating: "0", count: 64), kind: .pdf, pages: content.pageCount))
        XCTAssertEqual(report.tools.map { "\($0.code)\($0.part.map(String.init) ?? "") \($0.score ?? -1)" },
                       ["IIT 100.0", "EIT1 97.51", "EIT2 100.0", "OIT 94.13"])
        XCTAssertEqual(report.indicators.map(\.number), Array(1...10))
        XCTAssertEqual(report.indicators.map(\.score), [100, 100, 100, 100, 100, 98.71, 98.81, 98.76, 93.25, 95])
        XCTAssertTrue(report.indicators.allSatisfy { $0.where?.page != nil && $0.where?.rect != nil })
    }
}
