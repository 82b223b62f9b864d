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
        // By index: pairing the clusters themselves (`zip`) copied each one, glyphs and all.
        var height = 1.0
        var gaps: [Double] = []
        gaps.reserveCapacity(max(clusters.count - 1, 0))
        for index in clusters.indices {
            height = max(height, clusters[index].rect.height)
            if index > 0 { gaps.append(clusters[index].rect.x0 - clusters[index - 1].rect.x1) }
        }
        // A handful of gaps says nothing about letter spacing.
        let letterSpacing = gaps.count >= 4 ? max(0, lowerMedian(gaps)) : 0

        // Words are cut from `clusters` by index, not gathered a cluster at a time: a cluster
        // holds its glyphs, and copying them one by one cost a fortieth of reading a report.
        var segments: [[TextWord]] = []
        var words: [TextWord] = []
        var wordStart = 0
        for (index, gap) in gaps.enumerated() {
            let next = index + 1
            if gap > columnGap * height {
                words.append(TextWord(Array(clusters[wordStart..<next])))
                segments.append(words)
                words = []
                wordStart = next
            } else if gap - letterSpacing > wordGap * height {
                words.append(TextWord(Array(clusters[wordStart..<next])))
                wordStart = next
            }
        }
        words.append(TextWord(Array(clusters[wordStart...])))
        segments.append(words)
        return segments
    }

    private func lowerMedian(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted[(sorted.count - 1) / 2]
    }
}
