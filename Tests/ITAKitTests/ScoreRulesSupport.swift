import ITAKit
import ReportLayout
import XCTest

/// What the score rules' tests (ITA001–ITA005, ITA016) share: every score rule run together,
/// so that a variant of the seed can be shown to break one rule and no other.
enum ScoreRulesCheck {
    static let rules: [any ValidationRule] = [
        OverallScoreRule(), OverallLevelRule(), ToolScoreMeanRule(), QuotedScoreRule(), ScoreRangeRule(), RequiredScoresRule(),
    ]

    /// The seed as text and the sample PDF made from it: a real report, which no score rule
    /// may find fault with.
    static func seedContexts() throws -> [(name: String, context: ValidationContext)] {
        let content = ReportContent.sample
        let report = try ReportParser().parse(content, source: Source(file: "sample.pdf", sha256: String(repeating: "0", count: 64), kind: .pdf, pages: content.pageCount))
        let pdf = ValidationContext(report: report, content: content, framework: try report.fiscalYear.flatMap { try FrameworkLibrary.framework(for: $0) })
        return [("seed", try SeedVariant.context()), ("sample PDF", pdf)]
    }

    /// `edit` applied to `text` after `edits` (all of them on the seed, in order).
    static func edits(_ edits: ((String) -> String)...) -> (String) -> String {
        { text in edits.reduce(text) { $1($0) } }
    }

    /// The one finding of `code` the variant gives, checked: its severity, its line, both
    /// messages non-empty and naming `numbers`, and no error from any other score rule.
    @discardableResult
    static func single(_ code: String, _ severity: Finding.Severity, line: Int?, numbers: [String], in context: ValidationContext,
                       file: StaticString = #filePath, at testLine: UInt = #line) -> Finding? {
        let all = rules.flatMap { $0.check(context) }
        let mine = all.filter { $0.code == code }
        XCTAssertEqual(mine.count, 1, "findings of \(code): \(mine.map(\.english))", file: file, line: testLine)
        let others = all.filter { $0.code != code && $0.severity == .error }
        XCTAssertEqual(others.map(\.code), [], "errors of other score rules: \(others.map(\.english))", file: file, line: testLine)
        guard let finding = mine.first else { return nil }
        XCTAssertEqual(finding.severity, severity, finding.english, file: file, line: testLine)
        XCTAssertEqual(finding.where?.line, line, finding.english, file: file, line: testLine)
        XCTAssertFalse(finding.thai.isEmpty, file: file, line: testLine)
        XCTAssertFalse(finding.english.isEmpty, file: file, line: testLine)
        XCTAssertTrue(finding.thai.unicodeScalars.contains { (0x0E01...0x0E5B).contains($0.value) }, "Thai message in Thai: \(finding.thai)", file: file, line: testLine)
        XCTAssertNotEqual(finding.thai, finding.english, file: file, line: testLine)
        for number in numbers {
            XCTAssertTrue(finding.thai.contains(number), "Thai message names \(number): \(finding.thai)", file: file, line: testLine)
            XCTAssertTrue(finding.english.contains(number), "English message names \(number): \(finding.english)", file: file, line: testLine)
        }
        XCTAssertNotNil(finding.expected, file: file, line: testLine)
        XCTAssertNotNil(finding.found, file: file, line: testLine)
        return finding
    }

    /// No finding of `rule` on the variant.
    static func none(_ rule: any ValidationRule, in context: ValidationContext, file: StaticString = #filePath, at testLine: UInt = #line) {
        let found = rule.check(context)
        XCTAssertEqual(found.map(\.code), [], found.map(\.english).joined(separator: "\n"), file: file, line: testLine)
    }
}
