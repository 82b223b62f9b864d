/// Finds which of a few known names (the ten ITA indicators, say) a name as written in a
/// report stands for, allowing for the report's own wording ("การใช้ทรัพย์สินของทางราชการ"
/// for "การใช้ทรัพย์สินของราชการ"), numbering, markup and PDF damage.
///
/// Both sides are reduced by `ComparableName`; the similarity is one minus the edit
/// distance over the longer length, on Unicode scalars. A candidate may also be found as a
/// run of whole words inside a longer text, at a small discount. See `NameMatchSettings`
/// for the thresholds and why they are where they are.
public struct ThaiNameMatcher: Sendable {
    public let candidates: [String]
    public let settings: NameMatchSettings
    private let keys: [[Unicode.Scalar]]

    public init(candidates: [String], settings: NameMatchSettings = NameMatchSettings()) {
        self.candidates = candidates
        self.settings = settings
        self.keys = candidates.map { ComparableName($0).scalars }
    }

    /// The best candidate for a name as written, with a similarity 0...1, or nil if none is
    /// close enough, or if two candidates are about equally close.
    public func bestMatch(for name: String) -> (candidate: String, index: Int, similarity: Double)? {
        let written = ComparableName(name)
        guard !written.scalars.isEmpty else { return nil }
        let runs = wordRuns(of: written)
        var scored: [(index: Int, similarity: Double)] = []
        for (index, key) in keys.enumerated() where !key.isEmpty {
            var best = similarity(written.scalars, key)
            for run in runs {
                best = max(best, similarity(run, key) * settings.containedNameWeight)
            }
            scored.append((index, best))
        }
        scored.sort { $0.similarity > $1.similarity || ($0.similarity == $1.similarity && $0.index < $1.index) }
        guard let best = scored.first, best.similarity >= settings.minimumSimilarity else { return nil }
        // A runner-up with the same key is the same name listed twice, not a rival.
        if let rival = scored.dropFirst().first(where: { keys[$0.index] != keys[best.index] }),
           rival.similarity > best.similarity - settings.minimumMargin {
            return nil
        }
        return (candidates[best.index], best.index, best.similarity)
    }

    /// Runs of consecutive words, joined without spaces, when the name has more than one
    /// word (a one-word name is its own whole).
    private func wordRuns(of name: ComparableName) -> [[Unicode.Scalar]] {
        guard name.words.count > 1 else { return [] }
        var runs: [[Unicode.Scalar]] = []
        for start in name.words.indices {
            var run: [Unicode.Scalar] = []
            for end in start..<min(start + settings.maximumWordsInRun, name.words.count) {
                run += name.words[end]
                runs.append(run)
            }
        }
        return runs
    }

    /// 1 − distance ÷ longer length; 0 when the two cannot reach `minimumSimilarity`
    /// (the distance is not worked out then).
    private func similarity(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Double {
        let longer = max(a.count, b.count)
        guard longer > 0 else { return 1 }
        // The least similarity still worth knowing: that of a rival just within the margin
        // of a best match at the threshold, before a contained name's discount.
        let floor = (settings.minimumSimilarity - settings.minimumMargin) * min(1, settings.containedNameWeight)
        let limit = Int((1 - floor) * Double(longer))
        guard let distance = EditDistance.between(a, b, limit: limit) else { return 0 }
        return 1 - Double(distance) / Double(longer)
    }
}
