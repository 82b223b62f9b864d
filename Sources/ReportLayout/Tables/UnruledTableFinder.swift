import PDFText

/// Lines of a table drawn without rulings, and the x of the gaps between its columns.
struct UnruledTable: Equatable {
    /// Indices of the table's lines among the lines searched.
    var lines: Range<Int>
    /// Left to right: the empty channels between two columns.
    var channels: [ClosedRange<Double>]

    /// Left to right: the middle of each channel.
    var columnBoundaries: [Double] { channels.map { ($0.lowerBound + $0.upperBound) / 2 } }

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
    /// How many lines must have words on both sides of a channel. Lines that continue a
    /// column's cell, their text starting right at the channel with nothing before it, count
    /// too, as long as `minimumSpanningLinesWithContinuations` lines do span: a table whose
    /// first column is short (an indicator's name beside its analysis) has few lines across.
    var minimumSpanningLines = 4
    var minimumSpanningLinesWithContinuations = 3
    /// How many lines must have words on both sides of a channel in a table that runs to the
    /// page's foot: a table's first page may hold only its header and a row or two, which the
    /// next page carries on. Three lines of text lined up in columns are no prose either.
    var minimumSpanningLinesAtFoot = 3
    /// How many lines must start (or end, or centre) the text after a channel at one x for the
    /// channel to be a column edge: the cells of a column line up, the words after a space in
    /// prose do not. Thai prose has few spaces, so a few of its lines can leave a channel open.
    var minimumAlignedLines = 3
    /// Two edges this close (in line heights) line up.
    var alignmentTolerance = 0.1
    /// A channel at least this wide (in line heights) is a column edge without lining up:
    /// no prose leaves such a gap, and a column may hold a single line on a page...
    var wideChannel = 0.4
    /// ...and at least this many of the page's usual word spaces: in a monospaced font a space
    /// is half a line height, as wide as `wideChannel`, and a space that falls in the same place
    /// on a few lines (`(EIT) ส่วนที่ 1`, `(EIT) ส่วนที่ 2`) is no column edge.
    var wideChannelInWordSpaces = 1.5

    /// Lines whose tops are closer than this (in line heights), with no letter over another's,
    /// stand side by side (`LayoutSettings.sideBySideStep`): a cell set half a line off its
    /// neighbour's lines (centred beside a taller cell) never shares a line with it, yet its
    /// lines are a row's as much as lines across the channel.
    var sideBySideStep = 0.8


    /// How many more columns a table must have without its first line for that line to be
    /// prose above it rather than its first row.
    static let columnsAProseLineHides = 2

    /// `lines` holds the rectangles of each line's letters, left to right. Letters, not words:
    /// cells of a table may stand closer than a word space.
    ///
    /// `continued` holds the channels of the table at the foot of the page before: the first
    /// table here may carry it on, with the same columns, some of which hold too few lines on
    /// this page to line up (the rest of one row's cell). A narrow channel of that table that
    /// overlaps one of them is a column edge without lining up.
    ///
    /// `top`: the index of the first line below the page furniture at the page's top (a running
    /// header), where a table carrying on the one before may start. `foot`: the index of the
    /// first line below the page's text (page furniture: a page number), or `lines.count`; nil
    /// when the lines do not reach the page's foot (a ruled table is below).
    ///
    /// `following` holds the channels of the table at the top of the next page: the table that
    /// runs to this page's foot may go on there, and a narrow channel of it that overlaps one of
    /// them is a column edge without lining up (a table starting low: its header and a cut first
    /// row leave too few lines here for every column to line up).
    func find(in lines: [[Rect]], top: Int = 0, foot: Int? = nil,
              continuing continued: [ClosedRange<Double>] = [],
              followedBy following: [ClosedRange<Double>] = []) -> [UnruledTable] {
        // Two lines can be a table: one carrying on the table of the page before (`isTable`).
        guard lines.count >= 2 else { return [] }
        let heights = lines.compactMap { $0.map(\.height).max() }.sorted()
        let height = max(heights.isEmpty ? 1 : heights[heights.count / 2], 1)
        // Letters closer than a channel can never have one between them: merge them into runs
        // first, which leaves a few ranges per line instead of dozens.
        let runs = lines.map { runsOf($0, joiningGapsBelow: minimumChannel * height) }
        // The page's word space: the lower quartile of the gaps in lines of many runs (prose, or
        // a row's wrapped cells), where most gaps are word spaces, and the widest are columns'.
        let gaps = runs.filter { $0.count >= 5 }.flatMap { zip($0, $0.dropFirst()).map { $1.x0 - $0.x1 } }.sorted()
        let wordSpace = gaps.count >= 8 ? gaps[gaps.count / 4] : 0
        let page = PageContext(height: height, wideChannel: max(wideChannel * height, wideChannelInWordSpaces * wordSpace),
                              top: top, foot: foot, continued: continued, following: following, beside: besides(runs))
        var tables: [UnruledTable] = []
        var start = 0
        while start < lines.count {
            let continued = tables.isEmpty ? continued : []
            if let candidate = table(startingAt: start, before: runs.count, in: runs, page: page),
               let found = aligned(candidate, in: runs, page: page, continuing: continued) {
                var table = settled(found, from: candidate, in: runs, page: page, continuing: continued)
                // A line of prose just above a table (one space, on a channel) closes the channels
                // its words cross: the table without it, found with more columns reaching as far
                // down, is the table.
                if table.lines.count > 2, let next = self.table(startingAt: table.lines.lowerBound + 1, before: runs.count, in: runs, page: page),
                   let nextFound = aligned(next, in: runs, page: page, continuing: continued) {
                    let without = settled(nextFound, from: next, in: runs, page: page, continuing: continued)
                    if without.lines.lowerBound == table.lines.lowerBound + 1, without.lines.upperBound >= table.lines.upperBound,
                       without.channels.count >= table.channels.count + Self.columnsAProseLineHides {
                        table = without
                    }
                }
                // Only at the top: inside a table a row's justified cell may space its words as
                // widely. The lines below the prose are looked at again, without it.
                let prose = table.lines.prefix { isProse(runs[$0], channels: table.channels, height: height) }.count
                if prose > 0 {
                    start = table.lines.lowerBound + prose
                    continue
                }
                // The table at the foot takes the next page's columns where its own lines leave
                // them open: found without them first, so that they vouch for no space of the
                // prose above it (which would then be read as the table's first row).
                if page.reachesFoot(table.lines.upperBound), !page.following.isEmpty,
                   let again = self.table(startingAt: table.lines.lowerBound, before: runs.count, in: runs, page: page),
                   let wider = aligned(again, in: runs, page: page, continuing: continued + page.following),
                   wider.lines == table.lines, wider.channels.count > table.channels.count {
                    table = wider
                }
                tables.append(table)
                start = table.lines.upperBound
            } else {
                start += 1
            }
        }
        return tables
    }

    /// `table` as it stands when only its own lines leave channels open. Lines above or below
    /// it that `aligned` left out (a paragraph's last line, a heading) still closed every
    /// channel their words crossed, and the table lost columns and the rows that needed them.
    /// So look again from its first line, dropping lines at the foot one by one, until the
    /// lines searched are the lines found.
    private func settled(_ table: UnruledTable, from candidate: UnruledTable, in lines: [[Rect]], page: PageContext,
                         continuing continued: [ClosedRange<Double>]) -> UnruledTable {
        guard table.lines != candidate.lines else { return table }
        let first = table.lines.lowerBound
        var fallback: UnruledTable?
        var end = lines.count
        while end > first + 1, let again = self.table(startingAt: first, before: end, in: lines, page: page) {
            if let found = aligned(again, in: lines, page: page, continuing: continued),
               found.lines.lowerBound == first {
                if found.lines == again.lines { return found }
                fallback = fallback ?? found
            }
            end = again.lines.upperBound - 1
        }
        return fallback ?? table
    }

    /// Whether `line`'s gaps at the channels are as wide as its usual word space: a prose line
    /// (the paragraph above a table; its spaces are alike, justified or not) whose space
    /// happens to fall on a column edge, not a row, whose cells stand further apart (or, in a
    /// monospaced font, closer) than its words. A gap far wider than the channel's is one
    /// between cells, not the line's word space (a header's cells).
    private func isProse(_ line: [Rect], channels: [ClosedRange<Double>], height: Double) -> Bool {
        var atChannels: [Double] = [], wordSpaces: [Double] = []
        for (left, right) in zip(line, line.dropFirst()) {
            if channels.contains(where: { left.x1 <= $0.lowerBound && right.x0 >= $0.upperBound }) {
                atChannels.append(right.x0 - left.x1)
            } else {
                wordSpaces.append(right.x0 - left.x1)
            }
        }
        guard !atChannels.isEmpty, !wordSpaces.isEmpty else { return false }
        let usualWordSpace = wordSpaces.sorted()[wordSpaces.count / 2]
        return atChannels.allSatisfy { abs($0 - usualWordSpace) <= alignmentTolerance * height }
    }

    /// The candidate with only the channels that its lines' text lines up against, and without
    /// the lines at its top and foot that are not part of it. At the top: lines with words on
    /// one side of every channel (headings, a paragraph's last line). At the foot: lines with words on one side only that also do not start where
    /// the first column's cells start (a heading after the table; a cell's wrapped line starts
    /// at its cell's edge).
    private func aligned(_ candidate: UnruledTable, in lines: [[Rect]], page: PageContext,
                         continuing continued: [ClosedRange<Double>]) -> UnruledTable? {
        let tolerance = alignmentTolerance * page.height
        let indices = Array(candidate.lines)
        // The text of the column right after a channel: a column further right lines up on its
        // own, and says nothing of this channel.
        func textAfter(_ channel: ClosedRange<Double>, in line: Int) -> Rect? {
            let next = candidate.channels.first { $0.lowerBound > channel.upperBound }?.lowerBound ?? .infinity
            return lines[line].first { $0.x0 >= channel.upperBound && $0.x1 <= next }
        }
        let linedUp = candidate.channels.filter { channel in
            guard channel.upperBound - channel.lowerBound < page.wideChannel else { return true }
            let after = indices.compactMap { textAfter(channel, in: $0) }
            // Left-aligned cells start where the channel ends; centred or right-aligned ones
            // line up anywhere.
            let starts = after.filter { $0.x0 - channel.upperBound <= tolerance }.count
            return max(starts, largestCluster(of: after.map(\.x1), within: tolerance).count,
                       largestCluster(of: after.map(\.midX), within: tolerance).count) >= minimumAlignedLines
        }
        // A column edge of the page before stands for one edge here: where its two columns' text
        // stood far apart (a short label, a number far to the right), several gaps of this page's
        // lines may fall inside it, and only one is the edge: the one whose text lines up, or
        // else the widest.
        let vouched = continued.compactMap { edge -> ClosedRange<Double>? in
            let inside = candidate.channels.filter { $0.overlaps(edge) }
            guard !inside.contains(where: { linedUp.contains($0) }) else { return nil }
            return inside.max { $0.upperBound - $0.lowerBound < $1.upperBound - $1.lowerBound }
        }
        let edges = candidate.channels.filter { linedUp.contains($0) || vouched.contains($0) }
        // Two columns stand side by side in some line, as a row's cells do. Text of one column
        // that never shares a line with the text beside it is one column's text standing at
        // two places (a header centred over numbers that keep to the left).
        let kept = edges.indices.filter { index in
            let left = index > 0 ? edges[index - 1].upperBound : -Double.infinity
            let right = index + 1 < edges.count ? edges[index + 1].lowerBound : Double.infinity
            return indices.contains { line in
                let across = lines[line] + page.beside[line]
                return across.contains { $0.x0 >= left && $0.x1 <= edges[index].lowerBound }
                    && across.contains { $0.x0 >= edges[index].upperBound && $0.x1 <= right }
            }
        }.map { edges[$0] }
        guard let firstChannel = kept.first else { return nil }
        func spans(_ line: Int) -> Bool {
            let across = lines[line] + page.beside[line]
            return kept.contains { channel in
                across.contains { $0.x1 <= channel.lowerBound } && across.contains { $0.x0 >= channel.upperBound }
            }
        }
        let spanning = indices.filter(spans)
        guard isTable(lines[candidate.lines], beside: page.beside[candidate.lines], channels: kept, tolerance: tolerance,
                      atFoot: page.reachesFoot(candidate.lines.upperBound),
                      carryingOn: page.carriedOn(from: candidate.lines.lowerBound)),
              let first = spanning.first, var last = spanning.last else { return nil }

        let firstColumnEdge = largestCluster(of: spanning.compactMap { lines[$0].first?.x0 }, within: tolerance).value
        func continuesTable(_ line: Int) -> Bool {
            guard let start = lines[line].first?.x0 else { return false }
            return start >= firstChannel.upperBound || abs(start - firstColumnEdge) <= tolerance
        }
        // A line of neither kind between two that span ends the table there too: a heading
        // between two tables, whose channels had run into one.
        if let heading = (first...last).first(where: { !spans($0) && !continuesTable($0) }) {
            last = heading - 1
        } else {
            while last + 1 < candidate.lines.upperBound, continuesTable(last + 1) {
                last += 1
            }
        }
        return UnruledTable(lines: first..<(last + 1), channels: kept)
    }

    /// Whether enough lines have words on both sides of a channel, or continue a cell after it.
    /// `carried`: the channels of the table on the page before, when these lines may carry it on;
    /// then a line across a channel that overlaps one of them (the repeated header) and a line
    /// going on with a cell's text (the rest of the last row) are enough.
    private func isTable(_ lines: ArraySlice<[Rect]>, beside: ArraySlice<[Rect]>, channels: [ClosedRange<Double>], tolerance: Double,
                         atFoot: Bool, carryingOn carried: [ClosedRange<Double>]) -> Bool {
        var spanning = 0, continuing = 0
        for (line, besideLine) in zip(lines, beside) {
            let across = line + besideLine
            if channels.contains(where: { channel in
                across.contains { $0.x1 <= channel.lowerBound } && across.contains { $0.x0 >= channel.upperBound }
            }) {
                spanning += 1
            } else if let start = line.first?.x0, channels.contains(where: { abs(start - $0.upperBound) <= tolerance }) {
                continuing += 1
            }
        }
        return spanning >= minimumSpanningLines
            || spanning >= minimumSpanningLinesWithContinuations && spanning + continuing >= minimumSpanningLines
            || atFoot && spanning >= minimumSpanningLinesAtFoot
            || spanning >= 1 && continuing >= 1 && channels.contains { channel in carried.contains { $0.overlaps(channel) } }
    }

    /// The largest set of values within `tolerance` of each other: how many, and the lowest.
    private func largestCluster(of values: [Double], within tolerance: Double) -> (count: Int, value: Double) {
        let sorted = values.sorted()
        var best = (count: 0, value: sorted.first ?? 0), low = 0
        for high in sorted.indices {
            while sorted[high] - sorted[low] > tolerance { low += 1 }
            if high - low + 1 > best.count { best = (high - low + 1, sorted[low]) }
        }
        return best
    }

    private func table(startingAt start: Int, before end: Int, in lines: [[Rect]], page: PageContext) -> UnruledTable? {
        let height = page.height
        var covered = CoveredSpans([])
        var found: UnruledTable?
        for index in start..<end {
            guard !lines[index].isEmpty else { break }
            if index > start, let above = lines[index - 1].last, let below = lines[index].first,
               below.y0 - above.y1 > maximumLineGap * height {
                break
            }
            let widened = covered.adding(lines[index])
            let channels = widened.gaps(atLeast: minimumChannel * height)
            guard !channels.isEmpty else { break }
            covered = widened
            if isTable(lines[start...index], beside: page.beside[start...index], channels: channels, tolerance: alignmentTolerance * height,
                       atFoot: page.reachesFoot(index + 1), carryingOn: page.carriedOn(from: start)) {
                found = UnruledTable(lines: start..<(index + 1), channels: channels)
            }
        }
        return found
    }

    /// For each line, the runs of the lines next to it that stand side by side with it
    /// (`sideBySideStep`): tops closer than that, and no run of one over a run of the other.
    private func besides(_ lines: [[Rect]]) -> [[Rect]] {
        func standSideBySide(_ a: [Rect], _ b: [Rect]) -> Bool {
            guard let topA = a.map(\.y0).min(), let topB = b.map(\.y0).min(),
                  let heightA = a.map(\.height).max(), let heightB = b.map(\.height).max() else { return false }
            return abs(topA - topB) < sideBySideStep * min(heightA, heightB)
                && !a.contains { x in b.contains { $0.x0 < x.x1 && x.x0 < $0.x1 } }
        }
        return lines.indices.map { index in
            [index - 1, index + 1].filter { lines.indices.contains($0) && standSideBySide(lines[index], lines[$0]) }
                .flatMap { lines[$0] }
        }
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
}

/// What the search knows of the page besides its lines' letters.
private struct PageContext {
    /// The usual line height, which lengths are measured in.
    var height: Double
    /// A channel at least this wide (in points) is a column edge without lining up.
    var wideChannel: Double
    /// The index of the first line below the furniture at the page's top, and of the first line
    /// below the page's text (`UnruledTableFinder.find`).
    var top: Int
    var foot: Int?
    /// The channels of the table at the foot of the page before.
    var continued: [ClosedRange<Double>]
    /// The channels of the table at the top of the next page.
    var following: [ClosedRange<Double>]
    /// For each line, the runs of the lines standing side by side with it, half a line off.
    var beside: [[Rect]]

    /// Whether lines that end before `end` run to the page's foot.
    func reachesFoot(_ end: Int) -> Bool { foot.map { end >= $0 } ?? false }

    /// The channels of the table on the page before, which lines from `start` on may carry on
    /// when they start at the page's top; none otherwise.
    func carriedOn(from start: Int) -> [ClosedRange<Double>] { start <= top ? continued : [] }
}
