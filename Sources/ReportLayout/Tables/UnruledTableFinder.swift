import PDFText

/// Lines of a table drawn without rulings, and the x of the gaps between its columns.
struct UnruledTable: Equatable {
    /// Indices of the table's lines among the lines searched.
    var lines: Range<Int>
    /// Left to right: the middle of each empty channel between two columns.
    var columnBoundaries: [Double]

    func column(of x: Double) -> Int {
        columnBoundaries.firstIndex { x < $0 } ?? columnBoundaries.count
    }
}

/// Finds tables drawn without rulings, the way a reader sees them: runs of lines crossed from
/// top to bottom by an empty vertical channel, with words on both sides of it in several
/// lines. Prose never has such a channel: its lines fill the width, and its spaces do not
/// line up.
struct UnruledTableFinder {
    /// The narrowest channel between columns, in line heights (`LayoutSettings.unruledColumnGap`).
    var minimumChannel = 0.3
    /// Lines further apart than this (in line heights) are not in the same table.
    var maximumLineGap = 2.5
    /// How many lines must have words on both sides of a channel.
    var minimumSpanningLines = 4

    /// `lines` holds the rectangles of each line's letters, left to right. Letters, not words:
    /// cells of a table may stand closer than a word space.
    func find(in lines: [[Rect]]) -> [UnruledTable] {
        guard lines.count >= minimumSpanningLines else { return [] }
        let heights = lines.compactMap { $0.map(\.height).max() }.sorted()
        let height = max(heights.isEmpty ? 1 : heights[heights.count / 2], 1)
        // Letters closer than a channel can never have one between them: merge them into runs
        // first, which leaves a few ranges per line instead of dozens.
        let runs = lines.map { runsOf($0, joiningGapsBelow: minimumChannel * height) }
        var tables: [UnruledTable] = []
        var start = 0
        while start < lines.count {
            if let table = table(startingAt: start, in: runs, height: height) {
                tables.append(table)
                start = table.lines.upperBound
            } else {
                start += 1
            }
        }
        return tables
    }

    private func table(startingAt start: Int, in lines: [[Rect]], height: Double) -> UnruledTable? {
        var covered: [ClosedRange<Double>] = []
        var found: UnruledTable?
        for index in start..<lines.count {
            guard !lines[index].isEmpty else { break }
            if index > start, let above = lines[index - 1].last, let below = lines[index].first,
               below.y0 - above.y1 > maximumLineGap * height {
                break
            }
            let widened = merged(covered + lines[index].map { $0.x0...max($0.x0, $0.x1) })
            let channels = gaps(in: widened, atLeast: minimumChannel * height)
            guard !channels.isEmpty else { break }
            covered = widened
            let spanning = lines[start...index].filter { line in
                channels.contains { channel in
                    line.contains { $0.x1 <= channel.lowerBound } && line.contains { $0.x0 >= channel.upperBound }
                }
            }.count
            if spanning >= minimumSpanningLines {
                found = UnruledTable(lines: start..<(index + 1),
                                     columnBoundaries: channels.map { ($0.lowerBound + $0.upperBound) / 2 })
            }
        }
        return found
    }

    private func runsOf(_ letters: [Rect], joiningGapsBelow gap: Double) -> [Rect] {
        var runs: [Rect] = []
        for letter in letters.sorted(by: { $0.x0 < $1.x0 }) {
            if let last = runs.last, letter.x0 - last.x1 < gap {
                runs[runs.count - 1] = last.union(letter)
            } else {
                runs.append(letter)
            }
        }
        return runs
    }

    private func merged(_ ranges: [ClosedRange<Double>]) -> [ClosedRange<Double>] {
        var result: [ClosedRange<Double>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, range.lowerBound <= last.upperBound {
                result[result.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }

    private func gaps(in covered: [ClosedRange<Double>], atLeast width: Double) -> [ClosedRange<Double>] {
        zip(covered, covered.dropFirst()).compactMap { left, right in
            right.lowerBound - left.upperBound >= width ? left.upperBound...right.lowerBound : nil
        }
    }
}
