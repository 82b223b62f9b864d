import Foundation
import ITAKit
import ReportLayout

/// The seed report, or a copy of it with one fault put in, parsed and checked: the way the
/// rules are tested ("a variant of the seed that breaks exactly that rule and nothing else").
enum SeedVariant {
    static let seedText = try! String(contentsOfFile: ReportContent.seedPath, encoding: .utf8)

    /// The context for the seed text after `edit`. `edit` must change something: a variant
    /// equal to the seed tests nothing.
    static func context(_ edit: (String) -> String = { $0 }) throws -> ValidationContext {
        let text = edit(seedText)
        let content = DocumentContentReader().read(text: text)
        let report = try ReportParser().parse(content, source: Source(file: "seed.txt", sha256: String(repeating: "0", count: 64), kind: .text, pages: nil))
        let framework = try report.fiscalYear.flatMap { try FrameworkLibrary.framework(for: $0) }
        return ValidationContext(report: report, content: content, framework: framework)
    }

    /// The seed text with the first occurrence of `old` replaced by `new`; fails loudly when
    /// `old` is not there, so a variant can't silently equal the seed.
    static func replacing(_ old: String, with new: String, occurrence: Int = 1) -> (String) -> String {
        { text in
            var ranges: [Range<String.Index>] = []
            var search = text.startIndex..<text.endIndex
            while let range = text.range(of: old, range: search) {
                ranges.append(range)
                search = range.upperBound..<text.endIndex
            }
            precondition(ranges.count >= occurrence, "the seed has no \(occurrence). \(old)")
            return text.replacingCharacters(in: ranges[occurrence - 1], with: new)
        }
    }
}
