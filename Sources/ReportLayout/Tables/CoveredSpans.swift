import PDFText

/// The x ranges that text covers across some lines, overlapping ones joined, left to right: the
/// gaps between them are where a table's columns may part.
struct CoveredSpans {
    private(set) var ranges: [ClosedRange<Double>] = []

    init<Ranges: Sequence>(_ ranges: Ranges) where Ranges.Element == ClosedRange<Double> {
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = self.ranges.last, range.lowerBound <= last.upperBound {
                self.ranges[self.ranges.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                self.ranges.append(range)
            }
        }
    }

    /// The same, with the ranges of `rects` joined in.
    func adding(_ rects: [Rect]) -> CoveredSpans {
        CoveredSpans(ranges + rects.map { $0.x0...max($0.x0, $0.x1) })
    }

    /// The gaps between the ranges at least `width` wide, left to right.
    func gaps(atLeast width: Double) -> [ClosedRange<Double>] {
        zip(ranges, ranges.dropFirst()).compactMap { left, right in
            right.lowerBound - left.upperBound >= width ? left.upperBound...right.lowerBound : nil
        }
    }
}
