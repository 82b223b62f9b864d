import Foundation
import ITAKit

/// What the year's framework computes from a report's tool scores, for the page to show beside
/// what the report writes: each tool's score (EIT from its parts), the overall score (weights ×
/// tool scores, to two decimals) and the level that score earns. Pure Swift on the report's
/// JSON: nothing here reads the PDF.
struct ComputedScores: Codable, Equatable, Sendable {
    var fiscalYear: Int
    var tools: [String: Double]
    var overall: Double?
    var level: String?
    /// The level rule of the year is the project's reading, not published by the NACC.
    var levelIsHypothesis: Bool

    /// nil when the report has no fiscal year, or ita has no framework for it.
    static func of(_ report: Report) -> ComputedScores? {
        guard let year = report.fiscalYear, let framework = try? FrameworkLibrary.framework(for: year) else { return nil }
        var tools: [String: Double] = [:]
        for definition in framework.tools {
            let written = report.tools.filter { framework.tool($0.code)?.code == definition.code }
            let parts = written.filter { $0.part != nil }.sorted { ($0.part ?? 0) < ($1.part ?? 0) }.compactMap(\.score)
            let whole = written.first { $0.part == nil }?.score
            if !parts.isEmpty, parts.count == written.filter({ $0.part != nil }).count,
               let combined = definition.score(fromParts: parts) {
                tools[definition.code] = ScoreRounding.twoDecimals(combined)
            } else if let whole {
                tools[definition.code] = whole
            }
        }
        let overall = framework.overallScore(toolScores: tools).map(ScoreRounding.twoDecimals)
        let level = overall.flatMap { framework.levelRule.level(total: $0, toolScores: tools) }
        return ComputedScores(fiscalYear: year, tools: tools, overall: overall, level: level,
                              levelIsHypothesis: framework.levelRule.isHypothesis)
    }
}
