/// Decides from a list's figures whether its tool columns are weighted points or scores:
/// a figure over its tool's weight × 100 cannot be points; otherwise the rows whose tools add
/// up to the total as points are counted against those whose tools give it through the year's
/// weights, and the more frequent wins. Without totals to compare, points are what every tool
/// keeps under its weight × 100 while the tools' figures stay well under the scores' range.
struct ToolScaleDecision {
    var settings: ResultsListSettings

    func decide(_ rows: [ResultsListReader.Row], weights: [String: Double]) -> ToolColumns? {
        let withTools = rows.filter { !$0.tools.isEmpty }
        guard !withTools.isEmpty, !weights.isEmpty else { return withTools.isEmpty ? nil : .scores }
        let overMaximum = withTools.contains { row in
            row.tools.contains { tool in weights[tool.code].map { tool.value > $0 * 100 + settings.pointsMaximumSlack } ?? false }
        }
        if overMaximum { return .scores }
        var asPoints = 0, asScores = 0
        for row in withTools {
            guard let total = row.total, Set(row.tools.map(\.code)) == Set(weights.keys) else { continue }
            let sum = row.tools.reduce(0) { $0 + $1.value }
            let weighted = row.tools.reduce(0) { $0 + (weights[$1.code] ?? 0) * $1.value }
            if abs(sum - total) <= settings.pointsSumTolerance { asPoints += 1 }
            if abs(weighted - total) <= settings.weightedSumTolerance { asScores += 1 }
        }
        if asPoints != asScores { return asPoints > asScores ? .points : .scores }
        // Nothing to compare: points stay under their weight × 100 (checked above) and, as
        // a whole, far from the scores' usual range (the pass mark is 85).
        let ratios = withTools.flatMap { row in row.tools.compactMap { tool in weights[tool.code].map { tool.value / ($0 * 100) } } }
        let values = withTools.flatMap { $0.tools.map(\.value) }
        let mean = values.reduce(0, +) / Double(values.count)
        return ratios.allSatisfy { $0 <= 1 } && mean <= 40 ? .points : .scores
    }
}
