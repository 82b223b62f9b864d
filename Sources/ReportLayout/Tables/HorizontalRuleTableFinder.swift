import PDFText

/// Finds tables ruled with horizontal lines only (a rule above and below the header, one under
/// the last row, none between the columns), as budget documents draw their summary tables. The
/// rules give the table's top, its bottom and the edges between groups of rows; the columns
/// come from the text: the gaps, at least a column gap wide, that every line of the table
/// leaves open. Each line with text in the first column starts a row.
///
/// Rules alone make no table: a rule under a heading or above a footnote, a pair framing a
/// paragraph, stand the same way. So the text between two rules must line up in columns, with
/// text on both sides of a gap in several lines; the next rule whose text does not ends the table.
struct HorizontalRuleTableFinder {
    /// How close, in points, two rules must come to be one, or their ends to be of one width
    /// (`LayoutSettings.ruleTolerance`).
    var tolerance: Double
    /// The narrowest gap between two columns, in line heights (`LayoutSettings.columnGap`).
    var columnGap: Double
    /// The most lines of text between two rules of a table (`LayoutSettings.ruledBandLines`).
    var maximumBandLines: Int
    /// How much further (in line heights) than the ruled rows stand apart a line below the last
    /// rule may stand from the line above it and carry the table on (`LayoutSettings.paragraphGap`):
    /// a table drawn with no rule under its last row.
    var maximumLineGap: Double
    /// How many lines must have text on both sides of a gap for it to be a column edge: one
    /// line with a wide space is a heading with a page number, or a date to the right.
    var minimumSpanningLines = 2

    /// `lines` holds the rectangles of each line's letters, top to bottom; `ruled` the tables
    /// found from rulings, whose horizontal rules are theirs.
    func find(in rules: [Rect], lines: [[Rect]], besides ruled: [RuledTable]) -> [RuledTable] {
        let vertical = rules.filter { $0.height > $0.width }
        let horizontal = rules.filter { rule in
            rule.height <= rule.width && !vertical.contains { rule.touches($0, within: tolerance) }
                && !ruled.contains { rule.touches($0.rect, within: tolerance) }
        }
        guard horizontal.count >= 2 else { return [] }
        let bands = lines.map { line in line.dropFirst().reduce(line.first ?? Rect(x0: 0, y0: 0, x1: 0, y1: 0)) { $0.union($1) } }
        var found: [RuledTable] = []
        for stack in stacks(of: joined(horizontal)) {
            for table in tables(in: stack, lines: lines, bands: bands)
            where !(found + ruled).contains(where: { overlap($0.rect, table.rect) }) {
                found.append(table)
            }
        }
        return found
    }

    /// The tables ruled by one stack of rules of one width, top to bottom.
    private func tables(in stack: [Rect], lines: [[Rect]], bands: [Rect]) -> [RuledTable] {
        let left = stack.map(\.x0).min() ?? 0, right = stack.map(\.x1).max() ?? 0
        let edges = stack.map(\.midY)
        func inside(_ line: Int) -> Bool {
            !lines[line].isEmpty && bands[line].x0 >= left - tolerance && bands[line].x1 <= right + tolerance
        }
        // The lines between each two rules; nil when some of them stand wider than the rules.
        let between: [[Int]?] = zip(edges, edges.dropFirst()).map { top, bottom in
            let band = bands.indices.filter { top < bands[$0].midY && bands[$0].midY < bottom }
            return band.count <= maximumBandLines && band.allSatisfy(inside) ? band : nil
        }
        var tables: [RuledTable] = []
        var first = 0
        while first < between.count {
            guard let band = between[first], !band.isEmpty, let start = channels(of: band, in: lines, bands: bands) else {
                first += 1
                continue
            }
            var tableLines = band, open = start, last = first
            // How far apart the ruled rows stand: rules pad their text, so a row between two
            // stands further from the next than lines of prose do.
            var pitch = (edges[first + 1] - edges[first]) / Double(band.count)
            // Rows between further rules, while their text keeps the columns open; a double
            // rule (two with no text between) is one edge.
            var next = first + 1
            while next < between.count, let band = between[next] {
                if !band.isEmpty {
                    guard let narrowed = channels(of: tableLines + band, in: lines, bands: bands),
                          keeps(open, narrowed) else { break }
                    tableLines += band
                    open = narrowed
                    last = next
                    pitch = max(pitch, (edges[next + 1] - edges[next]) / Double(band.count))
                }
                next += 1
            }
            // Rows below the last rule, when the table has none under them: lines as close below
            // as the rows stand, as wide as the rules, that keep every column open and have text
            // in two of them.
            var below = (tableLines.last ?? 0) + 1
            var bottom = edges[last + 1]
            while below < lines.count, let above = tableLines.last, bands[below].midY > edges[last + 1], inside(below),
                  bands[below].midY - bands[above].midY <= pitch + maximumLineGap * height(of: tableLines, bands: bands),
                  let narrowed = channels(of: tableLines + [below], in: lines, bands: bands), keeps(open, narrowed),
                  narrowed.contains(where: { spans(lines[below], $0) }) {
                tableLines.append(below)
                open = narrowed
                bottom = bands[below].y1
                below += 1
            }
            // Rows below the last rule may have run past further rules, whose bands start no table.
            first = max(last + 1, (edges.lastIndex { $0 < bands[tableLines[tableLines.count - 1]].midY } ?? 0) + 1)
            let columns = open.filter { channel in tableLines.count { spans(lines[$0], channel) } >= minimumSpanningLines }
            guard !columns.isEmpty else { continue }
            tables.append(table(of: tableLines, columns: columns, edges: edges, bottom: bottom, left: left, right: right,
                                lines: lines, bands: bands))
        }
        return tables
    }

    /// The table of `tableLines`, a row for each line with text before the first column edge,
    /// or the first after a rule.
    private func table(of tableLines: [Int], columns: [ClosedRange<Double>], edges: [Double], bottom: Double,
                       left: Double, right: Double,
                       lines: [[Rect]], bands: [Rect]) -> RuledTable {
        let firstEdge = columns[0].lowerBound
        // The rule just above a line, which only the lines after it stand below.
        func rule(above line: Int) -> Double? { edges.last { $0 < bands[line].midY } }
        var rowEdges = [rule(above: tableLines[0]) ?? bands[tableLines[0]].y0]
        for (above, line) in zip(tableLines, tableLines.dropFirst()) {
            if rule(above: line) != rule(above: above), let edge = rule(above: line) {
                rowEdges.append(edge)
            } else if lines[line].contains(where: { $0.x1 <= firstEdge }) {
                // Between the two lines' letters; their middles when the letters overlap.
                let gapMiddle = (bands[above].y1 + bands[line].y0) / 2
                rowEdges.append(bands[above].y1 <= bands[line].y0 ? gapMiddle : (bands[above].midY + bands[line].midY) / 2)
            }
        }
        rowEdges.append(bottom)
        let grid = [left] + columns.map { ($0.lowerBound + $0.upperBound) / 2 } + [right]
        return RuledTable(rect: Rect(x0: left, y0: rowEdges[0], x1: right, y1: rowEdges[rowEdges.count - 1]),
                          rowEdges: rowEdges, columnEdges: Array(repeating: grid, count: rowEdges.count - 1),
                          columns: grid, ruledStretches: rowEdges.map { _ in [left...right] }, tolerance: tolerance)
    }

    /// The x ranges free of text on every one of `tableLines`, at least a column gap wide, with
    /// text on both sides; nil when there is none.
    private func channels(of tableLines: [Int], in lines: [[Rect]], bands: [Rect]) -> [ClosedRange<Double>]? {
        let gaps = CoveredSpans([]).adding(tableLines.flatMap { lines[$0] })
            .gaps(atLeast: columnGap * height(of: tableLines, bands: bands))
        return gaps.isEmpty ? nil : gaps
    }

    /// Whether every column edge `before` still has a gap open over it `after` more text: a
    /// line across it (a footnote, a heading, prose) is not the table's.
    private func keeps(_ before: [ClosedRange<Double>], _ after: [ClosedRange<Double>]) -> Bool {
        before.allSatisfy { channel in after.contains { $0.overlaps(channel) } }
    }

    private func spans(_ line: [Rect], _ channel: ClosedRange<Double>) -> Bool {
        line.contains { $0.x1 <= channel.lowerBound } && line.contains { $0.x0 >= channel.upperBound }
    }

    /// The median height of the lines, which sets how wide a column gap is.
    private func height(of tableLines: [Int], bands: [Rect]) -> Double {
        let heights = tableLines.map { bands[$0].height }.sorted()
        return max(heights[heights.count / 2], 1)
    }

    /// Rules of one width, top to bottom, grouped by their ends; the pieces of one rule drawn
    /// side by side (a cell's border each) already joined.
    private func stacks(of rules: [Rect]) -> [[Rect]] {
        var stacks: [[Rect]] = []
        for rule in rules.sorted(by: { $0.midY < $1.midY }) {
            if let index = stacks.firstIndex(where: { abs($0[0].x0 - rule.x0) <= tolerance && abs($0[0].x1 - rule.x1) <= tolerance }) {
                stacks[index].append(rule)
            } else {
                stacks.append([rule])
            }
        }
        return stacks.filter { $0.count >= 2 }
    }

    /// Rules at one height whose ends meet, joined into one.
    private func joined(_ rules: [Rect]) -> [Rect] {
        var result: [Rect] = []
        for rule in rules.sorted(by: { ($0.midY, $0.x0) < ($1.midY, $1.x0) }) {
            if let index = result.lastIndex(where: { abs($0.midY - rule.midY) <= tolerance && rule.x0 <= $0.x1 + tolerance && $0.x0 <= rule.x1 + tolerance }) {
                result[index] = result[index].union(rule)
            } else {
                result.append(rule)
            }
        }
        return result
    }

    private func overlap(_ a: Rect, _ b: Rect) -> Bool {
        a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1
    }
}
