import ITAKit
import ReportLayout
import XCTest

/// Results lists written as text in the seed's format (a line with tabs is a table row), read
/// and checked as `ita extract` reads and checks one.
enum ResultsListText {
    static let title = """
    ประกาศสำนักงานคณะกรรมการการอาชีวศึกษา เรื่อง ผลการประเมินคุณธรรมและความโปร่งใส (ITA)
    ประจำปีงบประมาณ พ.ศ. YEAR

    """

    /// `rows` under the title of `year` and the `header`.
    static func content(year: Int = 2568, header: String = "ที่\tชื่อสถานศึกษา\tIIT\tEIT\tOIT\tรวม\tระดับผลการประเมิน",
                        _ rows: [String]) -> DocumentContent {
        let text = title.replacingOccurrences(of: "YEAR", with: String(year)) + header + "\n" + rows.joined(separator: "\n") + "\n"
        return DocumentContentReader().read(text: text)
    }

    static func list(year: Int = 2568, header: String = "ที่\tชื่อสถานศึกษา\tIIT\tEIT\tOIT\tรวม\tระดับผลการประเมิน",
                     _ rows: [String]) throws -> ResultsList {
        try XCTUnwrap(try ResultsListReader().read(content(year: year, header: header, rows)))
    }

    /// The findings of `rule` on the list.
    static func findings(_ rule: any ValidationRule, year: Int = 2568,
                         header: String = "ที่\tชื่อสถานศึกษา\tIIT\tEIT\tOIT\tรวม\tระดับผลการประเมิน",
                         _ rows: [String]) throws -> [Finding] {
        let content = content(year: year, header: header, rows)
        let list = try XCTUnwrap(try ResultsListReader().read(content))
        var report = Report(source: Source(file: "list.txt", sha256: String(repeating: "0", count: 64), kind: .text, pages: nil),
                            fiscalYear: list.fiscalYear)
        report.kind = .resultsList
        report.resultsList = list.heading
        report.results = list.results
        let context = ValidationContext(report: report, content: content, framework: try FrameworkLibrary.framework(for: year))
        return rule.check(context)
    }
}
