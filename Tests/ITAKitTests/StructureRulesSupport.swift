import Foundation
import ITAKit
import XCTest

/// Runs the structure rules (ITA006–ITA015) on the seed and on variants of it, and compares
/// what they find with what the seed gives.
enum StructureRulesSupport {
    static let rules: [any ValidationRule] = [
        ImpossibleMeasurePeriodRule(), MeasurePeriodOutsideYearRule(), MissingResponsibleUnitRule(),
        IndicatorNameRule(), MissingIndicatorPartRule(), DuplicateIndicatorRule(), ToolSpellingRule(),
        FiscalYearConsistencyRule(), SectionNumberingRule(), UnknownResponsibleUnitRule(),
    ]

    /// A finding as the tests compare it: code, severity and line.
    struct Key: Hashable, Comparable, CustomStringConvertible {
        var code: String
        var severity: Finding.Severity
        var line: Int?

        init(_ code: String, _ severity: Finding.Severity, line: Int?) {
            self.code = code
            self.severity = severity
            self.line = line
        }

        init(_ finding: Finding) {
            self.init(finding.code, finding.severity, line: finding.where?.line)
        }

        var description: String { "\(code) \(severity.rawValue) line \(line.map(String.init) ?? "–")" }

        static func < (a: Key, b: Key) -> Bool { (a.line ?? 0, a.code) < (b.line ?? 0, b.code) }
    }

    /// What the structure rules find in the seed after `edit`.
    static func findings(_ edit: @escaping (String) -> String = { $0 }) throws -> [Finding] {
        Validator(rules: rules).validate(try SeedVariant.context(edit))
    }

    static let seedFindings: [Finding] = try! findings()

    /// What the seed gives: warnings only, each at its line.
    static let seedKeys: [Key] = [
        Key("ITA014", .warning, line: 34),   // 1. after 1. (หลักการและเหตุผล, line 25)
        Key("ITA014", .warning, line: 45),   // 2.2 after 1.1
        Key("ITA012", .warning, line: 73),   // IET in the indicator table's group row
        Key("ITA009", .warning, line: 94),   // การใช้ทรัพย์สินของทางราชการ (analysis)
        Key("ITA009", .warning, line: 100),  // ประสิทธิภาพในการสื่อสาร (analysis)
        Key("ITA009", .warning, line: 130),  // การแก้ไขปัญหาคาการทุจริต (measures)
        Key("ITA009", .warning, line: 144),  // การปรับปรุงกระบวนการทำงาน (measures)
    ]

    /// Checks that the variant's findings are the seed's (its lines moved by `seedLine` when
    /// the edit adds or removes lines), less `removes`, plus `adds`: so that the variant
    /// breaks exactly the rule it is for, and no other rule here finds an error in it.
    /// Returns the findings `adds` names, in its order.
    @discardableResult
    static func assertChange(_ edit: @escaping (String) -> String, adds: [Key], removes: [Key] = [],
                             seedLine: @escaping (Int) -> Int = { $0 },
                             file: StaticString = #filePath, line: UInt = #line) throws -> [Finding] {
        let found = try findings(edit)
        var expected = seedKeys.map { Key($0.code, $0.severity, line: $0.line.map(seedLine)) }
        for key in removes {
            guard let index = expected.firstIndex(of: key) else {
                XCTFail("the seed has no \(key) to remove", file: file, line: line)
                continue
            }
            expected.remove(at: index)
        }
        expected += adds
        XCTAssertEqual(found.map(Key.init).sorted(), expected.sorted(),
                       "findings:\n" + found.map { "\(Key($0)): \($0.english)" }.joined(separator: "\n"), file: file, line: line)
        let unexpectedErrors = found.filter { $0.severity == .error && !adds.contains(Key($0)) }
        XCTAssertTrue(unexpectedErrors.isEmpty, "other errors: \(unexpectedErrors.map(\.english))", file: file, line: line)
        return adds.compactMap { key in found.first { Key($0) == key } }
    }

    /// Checks both messages: the Thai one in Thai and with `thai` in it, the English one in
    /// English and with `english` in it; and the values the finding gives.
    static func assertMessages(_ finding: Finding?, thai: [String], english: [String],
                               expected: String? = nil, found: String? = nil,
                               file: StaticString = #filePath, line: UInt = #line) {
        guard let finding else {
            XCTFail("no finding", file: file, line: line)
            return
        }
        XCTAssertTrue(finding.thai.unicodeScalars.contains { (0x0E01...0x0E2E).contains($0.value) }, "not Thai: \(finding.thai)", file: file, line: line)
        XCTAssertTrue(finding.thai.contains("กรุณา"), "says no action: \(finding.thai)", file: file, line: line)
        for piece in thai {
            XCTAssertTrue(finding.thai.contains(piece), "“\(piece)” missing from: \(finding.thai)", file: file, line: line)
        }
        XCTAssertNotEqual(finding.thai, finding.english, file: file, line: line)
        XCTAssertTrue(finding.english.range(of: #"\b(the|The|a|is|of)\b"#, options: .regularExpression) != nil,
                      "not English: \(finding.english)", file: file, line: line)
        for piece in english {
            XCTAssertTrue(finding.english.contains(piece), "“\(piece)” missing from: \(finding.english)", file: file, line: line)
        }
        if let expected { XCTAssertEqual(finding.expected, expected, file: file, line: line) }
        if let found { XCTAssertEqual(finding.found, found, file: file, line: line) }
    }

    /// The seed without the line that starts with `prefix` (one line only).
    static func removingLine(startingWith prefix: String) -> (String) -> String {
        { text in
            var lines = text.components(separatedBy: "\n")
            let indices = lines.indices.filter { lines[$0].hasPrefix(prefix) }
            precondition(indices.count == 1, "\(indices.count) lines start with \(prefix)")
            lines.remove(at: indices[0])
            return lines.joined(separator: "\n")
        }
    }

    /// The seed with the line that starts with `prefix` written twice.
    static func doublingLine(startingWith prefix: String) -> (String) -> String {
        { text in
            var lines = text.components(separatedBy: "\n")
            let indices = lines.indices.filter { lines[$0].hasPrefix(prefix) }
            precondition(indices.count == 1, "\(indices.count) lines start with \(prefix)")
            lines.insert(lines[indices[0]], at: indices[0] + 1)
            return lines.joined(separator: "\n")
        }
    }

    /// The seed with line `number` (from 1) replaced by `text`.
    static func replacingLine(_ number: Int, with text: String) -> (String) -> String {
        { seed in
            var lines = seed.components(separatedBy: "\n")
            precondition(lines[number - 1] != text, "line \(number) is already \(text)")
            lines[number - 1] = text
            return lines.joined(separator: "\n")
        }
    }

    /// Two edits, one after the other.
    static func both(_ first: @escaping (String) -> String, _ second: @escaping (String) -> String) -> (String) -> String {
        { second(first($0)) }
    }
}
