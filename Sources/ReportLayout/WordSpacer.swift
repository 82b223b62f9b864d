/// Splits a line's clusters into words and segments by the gaps between them.
///
/// The spaces in poppler's text are its own guesses and are ignored; gaps decide. A line's own
/// letter spacing (the median gap, above zero when Thai distributed justification spreads the
/// letters) is taken off each gap first, so spread letters do not fall apart into words.
struct WordSpacer {
    var wordGap: Double
    var columnGap: Double

    func split(_ clusters: [TextCluster]) -> TextLine {
        TextLine(segments(of: clusters).map(TextSegment.init))
    }

    /// The line's words, in segments separated by column gaps.
    func segments(of clusters: [TextCluster]) -> [[TextWord]] {
        let height = max(clusters.map(\.rect.height).max() ?? 1, 1)
        let gaps = zip(clusters, clusters.dropFirst()).map { $1.rect.x0 - $0.rect.x1 }
        // A handful of gaps says nothing about letter spacing.
        let letterSpacing = gaps.count >= 4 ? max(0, lowerMedian(gaps)) : 0

        var segments: [[TextWord]] = []
        var words: [TextWord] = []
        var word: [TextCluster] = [clusters[0]]
        for (gap, cluster) in zip(gaps, clusters.dropFirst()) {
            if gap > columnGap * height {
                words.append(TextWord(word))
                segments.append(words)
                words = []
                word = [cluster]
            } else if gap - letterSpacing > wordGap * height {
                words.append(TextWord(word))
                word = [cluster]
            } else {
                word.append(cluster)
            }
        }
        words.append(TextWord(word))
        segments.append(words)
        return segments
    }

    private func lowerMedian(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted[(sorted.count - 1) / 2]
    }
}
