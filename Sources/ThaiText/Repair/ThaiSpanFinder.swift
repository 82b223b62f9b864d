/// Finds the stretches of a text the repairer looks at: runs of Thai letters, vowels and
/// marks (a *word run*), gathered into *spans* of runs that only single spaces separate.
///
/// A displaced mark can leave a space inside a word (`หลกั การ` for หลักการ), so a span
/// crosses single spaces; anything else (digits, Latin, punctuation, ๆ and ฯ, tabs, line
/// ends) ends it, and is never changed.
enum ThaiSpanFinder {
    struct Span {
        /// The word runs, in order, as ranges of the text's scalars.
        var runs: [Range<Int>]
        var range: Range<Int> { runs[0].lowerBound..<runs[runs.count - 1].upperBound }
    }

    static func spans(in scalars: [Unicode.Scalar]) -> [Span] {
        var spans: [Span] = []
        var current: [Range<Int>] = []
        var index = 0
        while index < scalars.count {
            guard isWordScalar(scalars[index]) else {
                let joinsNext = scalars[index] == " " && !current.isEmpty && current.last!.upperBound == index
                    && index + 1 < scalars.count && isWordScalar(scalars[index + 1])
                if !joinsNext, !current.isEmpty {
                    spans.append(Span(runs: current))
                    current = []
                }
                index += 1
                continue
            }
            let start = index
            while index < scalars.count, isWordScalar(scalars[index]) { index += 1 }
            current.append(start..<index)
        }
        if !current.isEmpty { spans.append(Span(runs: current)) }
        return spans
    }

    /// Thai consonants, vowels and marks: not digits, ฯ, ๆ, ฿ or the signs after ๆ.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0E01...0x0E2E, 0x0E30...0x0E3A, 0x0E40...0x0E45, 0x0E47...0x0E4E: return true
        default: return false
        }
    }

    /// The word runs of a span's own scalars (separated by single spaces).
    static func runs(in span: ArraySlice<Unicode.Scalar>) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var index = span.startIndex
        while index < span.endIndex {
            if span[index] == " " { index += 1; continue }
            let start = index
            while index < span.endIndex, span[index] != " " { index += 1 }
            runs.append(start..<index)
        }
        return runs
    }
}
