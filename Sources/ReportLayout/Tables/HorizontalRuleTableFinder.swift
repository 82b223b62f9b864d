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
    /// A table that rules off every row (`rules="rows"`: a rule under each row, as word
    /// processors draw tables "with horizontal borders only") has at least this many bands of
    /// text held tight between two rules (`LayoutSettings.rowRuledTableRows`). Its rows are its
    /// bands however many lines a cell wraps to, and its columns the gaps of at least
    /// `rowRuledColumnGap` line heights that all its lines leave open.
    var minimumRuledRows = 3
    /// How far, in line heights, a band's text may stand from the rules above and below it and
    /// still be held tight: a cell's padding (`LayoutSettings.rowRulePadding`).
    var rowPadding = 0.8
    /// How far, in line heights, a band's padding above and below its text may differ from the
    /// usual padding of the stack's bands and still be a row (`LayoutSettings.rowPaddingTolerance`).
    var rowPaddingTolerance = 0.15
    /// The narrowest gap between two columns of a table ruled row by row, in line heights
    /// (`LayoutSettings.rowRuledColumnGap`).
    var rowRuledColumnGap = 0.15
    /// In a table ruled row by row, a channel this many of the table's word spaces wide is a
    /// column edge; a narrower one only where the next column's text lines up in
    /// `minimumAlignedLines` lines, within `alignmentTolerance` line heights. Gaps between letters
    /// narrower than `letterSpacing` line heights are within a word.
    var wideChannelInWordSpaces = 1.5
    /// Lines under the last rule of a table ruled row by row are the rest of a row the page's
    /// foot cut only when no more than this many lines of text follow them on the page, none
    /// longer than `furnitureLength` letters: its furniture, a page number, a running footer
    /// (`LayoutSettings.furnitureLines`, `furnitureLength`). A heading right under the table's
    /// last rule, with the page's text going on below it, is no row.
    var linesUnderACutRow = 2
    var furnitureLength = 40
    var minimumAlignedLines = 3
    var alignmentTolerance = 0.1
    var letterSpacing = 0.15

    /// `lines` holds the rectangles of each line's letters, top to bottom; `ruled` the tables
    /// found from rulings, whose horizontal rules are theirs.
    ///
    /// `continued`: the gaps between the columns of the table ruled row by row at the foot of the
    /// page before (`PageLayout.unruledChannelsAtFoot`). The first such table here may carry it
    /// on, with columns that hold nothing on this page (their cells ended before the break):
    /// those columns' gaps, still open here, are its own too.
    func find(in rules: [Rect], lines: [[Rect]], besides ruled: [RuledTable],
              continuing continued: [ClosedRange<Double>] = []) -> [RuledTable] {
        let vertical = rules.filter { $0.height > $0.width }
        let horizontal = rules.filter { rule in
            rule.height <= rule.width && !vertical.contains { rule.touches($0, within: tolerance) }
                && !ruled.contains { rule.touches($0.rect, within: tolerance) }
        }
        guard horizontal.count >= 2 else { return [] }
        let bands = lines.map { line in line.dropFirst().reduce(line.first ?? Rect(x0: 0, y0: 0, x1: 0, y1: 0)) { $0.union($1) } }
        var found: [RuledTable] = []
        for stack in stacks(of: joined(horizontal)) {
            for table in tables(in: stack, lines: lines, bands: bands, continuing: found.isEmpty ? continued : [])
            where !(found + ruled).contains(where: { overlap($0.rect, table.rect) }) {
                found.append(table)
            }
        }
        return found
    }

    /// The tables ruled by one stack of rules of one width, top to bottom.
    private func tables(in stack: [Rect], lines: [[Rect]], bands: [Rect], continuing continued: [ClosedRange<Double>]) -> [RuledTable] {
        let left = stack.map(\.x0).min() ?? 0, right = stack.map(\.x1).max() ?? 0
        let edges = stack.map(\.midY)
        func inside(_ line: Int) -> Bool {
            !lines[line].isEmpty && bands[line].x0 >= left - tolerance && bands[line].x1 <= right + tolerance
        }
        let bandLines: [[Int]] = zip(edges, edges.dropFirst()).map { top, bottom in
            bands.indices.filter { top < bands[$0].midY && bands[$0].midY < bottom }
        }
        // Text held tight between its two rules, within a cell's padding of each, and padded as
        // the stack's other bands are: a ruled row. A heading between two tables ruled alike
        // stands off the rules otherwise (by its paragraph's spacing below, by none above).
        let paddings = bandLines.indices.map { index -> (top: Double, bottom: Double)? in
            let band = bandLines[index]
            guard !band.isEmpty, band.allSatisfy(inside) else { return nil }
            let height = height(of: band, bands: bands)
            let top = band.map { bands[$0].y0 }.min() ?? 0, bottom = band.map { bands[$0].y1 }.max() ?? 0
            let padding = (top: (top - edges[index]) / height, bottom: (edges[index + 1] - bottom) / height)
            return padding.top <= rowPadding && padding.bottom <= rowPadding ? padding : nil
        }
        let padded = paddings.compactMap { $0 }
        let usualTop = padded.map(\.top).sorted(), usualBottom = padded.map(\.bottom).sorted()
        let tight = paddings.map { padding -> Bool in
            guard let padding else { return false }
            return abs(padding.top - usualTop[usualTop.count / 2]) <= rowPaddingTolerance
                && abs(padding.bottom - usualBottom[usualBottom.count / 2]) <= rowPaddingTolerance
        }
        // Or a page that one or two tall rows fill: a band held tight over more lines than a
        // budget summary's bands hold is a row's.
        let rowRuled = tight.filter { $0 }.count >= minimumRuledRows
            || tight.indices.contains { tight[$0] && bandLines[$0].count > maximumBandLines }
        // The lines between each two rules; nil when some of them stand wider than the rules. In
        // a table ruled row by row, a band not held tight is no row of it, however short.
        let between: [[Int]?] = bandLines.indices.map { index in
            let band = bandLines[index]
            if rowRuled { return band.isEmpty || tight[index] ? band : nil }
            return band.count <= maximumBandLines && band.allSatisfy(inside) ? band : nil
        }
        let gap = rowRuled ? rowRuledColumnGap : columnGap
        var tables: [RuledTable] = []
        var first = 0
        // The bands before this one belong to tables found already.
        var consumed = 0
        while first < between.count {
            guard let band = between[first], !band.isEmpty, let start = channels(of: band, in: lines, bands: bands, gap: gap) else {
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
                    // Rows ruled one by one are the table's while some column edge stays open:
                    // the first rows' text leaves gaps open that later rows close.
                    guard let narrowed = channels(of: tableLines + band, in: lines, bands: bands, gap: gap),
                          rowRuled || keeps(open, narrowed) else { break }
                    tableLines += band
                    open = narrowed
                    last = next
                    pitch = max(pitch, (edges[next + 1] - edges[next]) / Double(band.count))
                }
                next += 1
            }
            // A table ruled row by row may start with a band whose text stands in one column only
            // (the rest of a row the page break cut, under the rule the page's top repeats): it
            // is the table's when some of the table's column edges stay open over it.
            var firstBand = first
            if rowRuled {
                while firstBand > consumed, let band = between[firstBand - 1], !band.isEmpty,
                      let widened = channels(of: band + tableLines, in: lines, bands: bands, gap: gap) {
                    tableLines = band + tableLines
                    open = widened
                    firstBand -= 1
                }
            }
            // Rows below the last rule, when the table has none under them: lines as close below
            // as the rows stand, as wide as the rules, that keep every column open and have text
            // in two of them.
            // In a table ruled row by row, those lines are one row, cut by the page's foot before
            // its rule; any of its cells may have ended above.
            var below = (tableLines.last ?? 0) + 1
            var bottom = edges[last + 1]
            let firstBelow = below
            while below < lines.count, let above = tableLines.last, bands[below].midY > edges[last + 1], inside(below),
                  !rowRuled || last + 2 == edges.count,
                  bands[below].midY - bands[above].midY <= pitch + maximumLineGap * height(of: tableLines, bands: bands),
                  let narrowed = channels(of: tableLines + [below], in: lines, bands: bands, gap: gap), keeps(open, narrowed),
                  rowRuled && (below > firstBelow || bands[below].y0 - edges[last + 1] <= rowPadding * height(of: [below], bands: bands))
                    || narrowed.contains(where: { spans(lines[below], $0) }) {
                tableLines.append(below)
                open = narrowed
                bottom = bands[below].y1
                below += 1
            }
            let after = lines[below...].filter { !$0.isEmpty }
            if rowRuled, below > firstBelow, after.count > linesUnderACutRow || after.contains(where: { $0.count > furnitureLength }),
               !tableLines[..<(tableLines.count - (below - firstBelow))].isEmpty {
                tableLines.removeLast(below - firstBelow)
                bottom = edges[last + 1]
                below = firstBelow
            }
            // Lines over a table ruled row by row at the top of the page, with nothing above them,
            // held tight over its first rule: the rest of a row the page break cut, which the
            // next page does not start with a rule over.
            var top: Double?
            if rowRuled, firstBand == edges.indices.first(where: { index in index < between.count && !(between[index]?.isEmpty ?? true) }),
               let firstLine = tableLines.first, firstLine > 0 {
                let over = Array(0..<firstLine)
                if over.allSatisfy(inside), bands[firstLine - 1].midY < edges[firstBand],
                   edges[firstBand] - bands[firstLine - 1].y1 <= rowPadding * height(of: over, bands: bands),
                   let narrowed = channels(of: over + tableLines, in: lines, bands: bands, gap: gap), keeps(open, narrowed) {
                    tableLines = over + tableLines
                    open = narrowed
                    top = bands[0].y0
                }
            }
            // A band alone whose columns the next band of text, ruled as it is, closes, is no
            // table by its rules: a header over rows that do not keep its gaps (a table whose
            // header stands over a row the page's foot cut), read from its alignment instead.
            let alone = !rowRuled && firstBand == last && below == firstBelow && last + 1 < between.count
                && !(between[last + 1]?.isEmpty ?? true) && tight[last + 1]
            // Rows below the last rule may have run past further rules, whose bands start no table.
            first = max(last + 1, (edges.lastIndex { $0 < bands[tableLines[tableLines.count - 1]].midY } ?? 0) + 1)
            consumed = first
            if alone { continue }
            var columns = open.filter { channel in tableLines.count { spans(lines[$0], channel) } >= minimumSpanningLines }
            if rowRuled {
                let table = tableLines.map { lines[$0] }
                columns = sideBySide(lined(columns, in: table, height: height(of: tableLines, bands: bands)), in: table)
                if tables.isEmpty, !continued.isEmpty {
                    let letters = table.joined()
                    let carried = continued.filter { channel in
                        let middle = (channel.lowerBound + channel.upperBound) / 2
                        return middle > left && middle < right && !columns.contains { $0.overlaps(channel) }
                            && !letters.contains { $0.x0 <= middle && middle <= $0.x1 }
                    }
                    columns = (columns + carried).sorted { $0.lowerBound < $1.lowerBound }
                }
            }
            guard !columns.isEmpty else { continue }
            tables.append(table(of: tableLines, columns: columns, edges: edges, top: top, bottom: bottom, left: left, right: right,
                                rowsByRules: rowRuled, lines: lines, bands: bands))
        }
        return tables
    }

    /// The table of `tableLines`, a row for each line with text before the first column edge,
    /// or the first after a rule.
    /// `top`: where the table starts when lines over its first rule are its first row.
    /// `rowsByRules`: only the rules start rows (a table ruled row by row).
    private func table(of tableLines: [Int], columns: [ClosedRange<Double>], edges: [Double], top: Double? = nil, bottom: Double,
                       left: Double, right: Double, rowsByRules: Bool = false,
                       lines: [[Rect]], bands: [Rect]) -> RuledTable {
        let firstEdge = columns[0].lowerBound
        // The rule just above a line, which only the lines after it stand below.
        func rule(above line: Int) -> Double? { edges.last { $0 < bands[line].midY } }
        var rowEdges = [top ?? rule(above: tableLines[0]) ?? bands[tableLines[0]].y0]
        for (above, line) in zip(tableLines, tableLines.dropFirst()) {
            if rule(above: line) != rule(above: above), let edge = rule(above: line) {
                rowEdges.append(edge)
            } else if !rowsByRules, lines[line].contains(where: { $0.x1 <= firstEdge }) {
                // Between the two lines' letters; their middles when the letters overlap.
                let gapMiddle = (bands[above].y1 + bands[line].y0) / 2
                rowEdges.append(bands[above].y1 <= bands[line].y0 ? gapMiddle : (bands[above].midY + bands[line].midY) / 2)
            }
        }
        rowEdges.append(bottom)
        let grid = [left] + columns.map { ($0.lowerBound + $0.upperBound) / 2 } + [right]
        var table = RuledTable(rect: Rect(x0: left, y0: rowEdges[0], x1: right, y1: rowEdges[rowEdges.count - 1]),
                               rowEdges: rowEdges, columnEdges: Array(repeating: grid, count: rowEdges.count - 1),
                               columns: grid, ruledStretches: rowEdges.map { _ in [left...right] }, tolerance: tolerance)
        table.columnsFromText = true
        table.textChannels = columns
        return table
    }

    /// The channels at least `wideChannelInWordSpaces` of the table's word spaces wide, or whose
    /// next column's text lines up (starts, ends or centres at one x) in `minimumAlignedLines`
    /// lines: a word space that falls at one x in a few rows (`… ภายใน (IIT)`, `… สาธารณะ (OIT)`,
    /// in a monospaced font) is as wide as a narrow column's padding, but what follows it does
    /// not line up.
    private func lined(_ channels: [ClosedRange<Double>], in lines: [[Rect]], height: Double) -> [ClosedRange<Double>] {
        // The table's word space: the lower quartile of the gaps between letters wider than a
        // letter's own spacing; most are word spaces, the widest are columns'.
        let gaps = lines.flatMap { line in zip(line, line.dropFirst()).map { $1.x0 - $0.x1 } }
            .filter { $0 >= letterSpacing * height }.sorted()
        let wordSpace = gaps.isEmpty ? 0 : gaps[gaps.count / 4]
        let tolerance = alignmentTolerance * height
        return channels.enumerated().filter { index, channel in
            if channel.upperBound - channel.lowerBound >= wideChannelInWordSpaces * wordSpace { return true }
            let next = index + 1 < channels.count ? channels[index + 1].lowerBound : Double.infinity
            let after = lines.compactMap { line -> (Double, Double)? in
                let cell = line.filter { $0.x0 >= channel.upperBound && $0.x1 <= next }
                guard let x0 = cell.map(\.x0).min(), let x1 = cell.map(\.x1).max() else { return nil }
                return (x0, x1)
            }
            return [after.map(\.0), after.map(\.1), after.map { ($0.0 + $0.1) / 2 }].contains { values in
                Self.largestCluster(of: values, within: tolerance) >= minimumAlignedLines
            }
        }.map(\.element)
    }

    /// How many of `values` lie within `tolerance` of each other, at most.
    private static func largestCluster(of values: [Double], within tolerance: Double) -> Int {
        let sorted = values.sorted()
        var best = 0, low = 0
        for high in sorted.indices {
            while sorted[high] - sorted[low] > tolerance { low += 1 }
            best = max(best, high - low + 1)
        }
        return best
    }

    /// The channels with text right before and right after them (up to the channels next to
    /// them) in some line, as a row's cells stand side by side. A heading centred in a wide
    /// column over rows whose text keeps to its left leaves a gap down the column that no line
    /// has text on both sides of.
    private func sideBySide(_ channels: [ClosedRange<Double>], in lines: [[Rect]]) -> [ClosedRange<Double>] {
        channels.indices.filter { index in
            let left = index > 0 ? channels[index - 1].upperBound : -Double.infinity
            let right = index + 1 < channels.count ? channels[index + 1].lowerBound : Double.infinity
            return lines.contains { line in
                line.contains { $0.x0 >= left && $0.x1 <= channels[index].lowerBound }
                    && line.contains { $0.x0 >= channels[index].upperBound && $0.x1 <= right }
            }
        }.map { channels[$0] }
    }

    /// The x ranges free of text on every one of `tableLines`, at least a column gap wide, with
    /// text on both sides; nil when there is none.
    private func channels(of tableLines: [Int], in lines: [[Rect]], bands: [Rect], gap: Double) -> [ClosedRange<Double>]? {
        let gaps = CoveredSpans([]).adding(tableLines.flatMap { lines[$0] })
            .gaps(atLeast: gap * height(of: tableLines, bands: bands))
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
