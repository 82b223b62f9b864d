import PDFText
import ThaiText

/// Rebuilds a page's text from its glyphs: duplicates dropped, bases grouped into lines, marks
/// put on the bases they are drawn over, words and cells split by the gaps between them, and
/// the text inside a ruled table read cell by cell, so that a cell's wrapped lines stay whole.
public struct PageLayoutBuilder: Sendable {
    public var settings: LayoutSettings

    public init(settings: LayoutSettings = LayoutSettings()) {
        self.settings = settings
    }

    /// `continued`: the channels of an unruled table at the foot of the page before
    /// (`PageLayout.unruledChannelsAtFoot`), which this page's first table may carry on.
    /// `following`: the channels of an unruled table at the top of the next page
    /// (`PageLayout.unruledChannelsAtHead`), which this page's last table may go on into.
    /// `pageHeight`, when known, tells whether the text runs to the page's foot.
    public func build(glyphs: [Glyph], rules: [Rect] = [], pageNumber: Int, pageHeight: Double? = nil,
                      continuing continued: [ClosedRange<Double>] = [],
                      followedBy following: [ClosedRange<Double>] = []) -> PageLayout {
        let repaired = ReplacementGlyphRepair().repair(VerticalRunStraightener().straighten(glyphs))
        // Spaces are ignored: poppler's are its own guesses from gaps, with a Thai-blind rule.
        let visible = repaired.filter { !ThaiCharacter.isWhitespace($0.scalar) && $0.rect.height > 0 }
        // Marks share their base's line box, so they fall into the same lines.
        let deduplicate = DuplicateGlyphFilter(tolerance: settings.duplicateTolerance)
        let lines = LineGrouper(tolerance: settings.lineTolerance).group(visible).map(deduplicate.filter)
        let marks = lines.flatMap { $0.filter { ThaiCharacter.isCombiningMark($0.scalar) } }
        let baseLines = lines.map { $0.filter { !ThaiCharacter.isCombiningMark($0.scalar) } }.filter { !$0.isEmpty }
        let clusterLines = MarkAttacher(reach: settings.markReach).attach(marks, to: baseLines)
        let textClusterLines = clusterLines.filter { !$0.isEmpty }
        let ruled = RuledTableFinder(tolerance: settings.ruleTolerance, ruledRowShare: settings.ruledRowShare).find(in: rules)
        let ruledAcross = HorizontalRuleTableFinder(tolerance: settings.ruleTolerance, columnGap: settings.columnGap,
                                                    maximumBandLines: settings.ruledBandLines,
                                                    maximumLineGap: settings.paragraphGap,
                                                    minimumRuledRows: settings.rowRuledTableRows, rowPadding: settings.rowRulePadding,
                                                    rowPaddingTolerance: settings.rowPaddingTolerance,
                                                    rowRuledColumnGap: settings.rowRuledColumnGap,
                                                    linesUnderACutRow: settings.furnitureLines, furnitureLength: settings.furnitureLength)
            .find(in: rules, lines: textClusterLines.map { $0.map(\.rect) }, besides: ruled, continuing: continued)
        let (textLines, unruledTableLines, last, head) = arrange(textClusterLines, tables: ruled + ruledAcross,
                                                                 pageHeight: pageHeight, continuing: continued, followedBy: following)
        var layout = PageLayout(number: pageNumber, lines: textLines, paragraphStarts: paragraphStarts(of: textLines),
                                unruledTableLines: unruledTableLines)
        if layout.startsWithTable(settings: settings), let firstRow = textLines.first(where: { $0.table != nil }) {
            if !firstRow.ruled {
                layout.unruledChannelsAtHead = head
            } else if firstRow.columnsFromText, let table = ruledAcross.first(where: { $0.rect.contains(x: firstRow.rect.midX, y: firstRow.rect.midY) }) {
                // A table ruled row by row reads its columns from its text, as one without rulings.
                layout.unruledChannelsAtHead = table.textChannels
            }
        }
        if let last, textLines.last(where: { $0.table != nil })?.rect == last.lastRow, layout.endsInTable(settings: settings) {
            layout.unruledChannelsAtFoot = last.channels
        } else if let lastRow = textLines.last(where: { $0.table != nil }), lastRow.columnsFromText, layout.endsInTable(settings: settings),
                  let table = ruledAcross.first(where: { $0.rect.x0 <= lastRow.rect.midX && lastRow.rect.midX <= $0.rect.x1
                      && $0.rect.y0 <= lastRow.rect.midY && lastRow.rect.midY <= $0.rect.y1 }) {
            // A table ruled row by row shows on each page only the column gaps its text there
            // leaves; the next page's may leave fewer (`HorizontalRuleTableFinder`).
            layout.unruledChannelsAtFoot = table.textChannels
        }
        return layout
    }

    private struct CellKey: Equatable {
        var table: Int, row: Int, column: Int
    }

    /// Lines outside tables as they are; inside a table, one line per row with its cells'
    /// text; all in order from the top of the page. Also the visual lines of unruled tables.
    private func arrange(_ clusterLines: [[TextCluster]], tables: [RuledTable], pageHeight: Double?,
                         continuing continued: [ClosedRange<Double>], followedBy following: [ClosedRange<Double>])
        -> ([TextLine], [TextLine], (channels: [ClosedRange<Double>], lastRow: Rect)?, [ClosedRange<Double>]) {
        let spacer = WordSpacer(wordGap: settings.wordGap, columnGap: settings.columnGap)
        var lines: [TextLine] = []
        var outsideLines: [[TextCluster]] = []
        var cellLines = CellLineGrid(tables: tables)

        for line in clusterLines {
            var outside: [TextCluster] = []
            // A line crosses few cells: they are looked up in a short list.
            var inside: [(key: CellKey, clusters: [TextCluster])] = []
            for cluster in line {
                if let key = cellKey(of: cluster, in: tables) {
                    if let slot = inside.firstIndex(where: { $0.key == key }) {
                        inside[slot].clusters.append(cluster)
                    } else {
                        inside.append((key, [cluster]))
                    }
                } else {
                    outside.append(cluster)
                }
            }
            if !outside.isEmpty { outsideLines.append(outside) }
            for (key, clusters) in inside {
                cellLines.append(clusters, table: key.table, row: key.row, column: key.column)
            }
        }

        let unruled = linesReadingUnruledTables(outsideLines, top: top(of: outsideLines),
                                                foot: foot(of: outsideLines, ruledTables: tables, pageHeight: pageHeight),
                                                spacer: spacer, firstTable: tables.count, continuing: continued,
                                                followedBy: following)
        lines += unruled.lines

        let stacked = StackedRows(lineTolerance: settings.lineTolerance, offCentre: settings.stackedOffCentre,
                                  indent: settings.stackedIndent)
        for (index, table) in tables.enumerated() {
            let columns = table.columns
            // The table's rows read, and the ruled row each came from with how many it was split into.
            var tableLines: [(line: TextLine, row: Int, parts: Int)] = []
            for row in table.rowEdges.indices.dropLast() {
                let ruledCells = columns.indices.dropLast().map { cellLines.lines(table: index, row: row, column: $0) }
                let rows = stacked.split(ruledCells)
                for (part, cellsOfPart) in rows.enumerated() {
                    // A row stacked in a ruled one reaches down to the next one's first line.
                    let top = part == 0 ? table.rowEdges[row] : StackedRows.top(of: cellsOfPart)
                    let bottom = part == rows.count - 1 ? table.rowEdges[row + 1] : StackedRows.top(of: rows[part + 1])
                    let cells = cellsOfPart.enumerated().map { column, cellLines in
                        let words = cellLines.map { spacer.segments(of: $0).flatMap { $0 } }
                        // A cell with text is drawn where it stands, over every column and row
                        // it covers; those it covers stay empty, each as wide as its column.
                        let rect = words.isEmpty || rows.count > 1
                            ? Rect(x0: columns[column], y0: top, x1: columns[column + 1], y1: bottom)
                            : table.drawnRect(row: row, column: column)
                        return TextSegment(lines: words, rect: rect)
                    }
                    guard cells.contains(where: { !$0.lines.isEmpty }) else { continue }
                    let rect = Rect(x0: columns[0], y0: top, x1: columns[columns.count - 1], y1: bottom)
                    var line = TextLine(cells: cells, rect: rect, table: index, ruled: true)
                    line.columnsFromText = table.columnsFromText
                    tableLines.append((line, row, rows.count))
                }
            }
            if tableLines.count > 2, tableLines[0].row == 0, tableLines[1].row == 1, tableLines[0].parts == 1, tableLines[1].parts == 1,
               let header = TwoLevelHeader(table: table).joined(tableLines[0].line, tableLines[1].line) {
                tableLines.replaceSubrange(0...1, with: [(header, 0, 1)])
            }
            lines += tableLines.map(\.line)
        }
        let ordered = lines.enumerated()
            .sorted { a, b in a.element.rect.y0 != b.element.rect.y0 ? a.element.rect.y0 < b.element.rect.y0 : a.offset < b.offset }
            .map(\.element)
        return (numberTablesFromTheTop(ordered), unruled.tableLines, unruled.last, unruled.head)
    }

    /// Lines as they are, except where an unruled table stands: there one line per row, and
    /// each cell's wrapped lines joined.
    private func linesReadingUnruledTables(_ clusterLines: [[TextCluster]], top: Int, foot: Int?, spacer: WordSpacer,
                                           firstTable: Int,
                                           continuing continued: [ClosedRange<Double>], followedBy following: [ClosedRange<Double>])
        -> (lines: [TextLine], tableLines: [TextLine], last: (channels: [ClosedRange<Double>], lastRow: Rect)?,
            head: [ClosedRange<Double>]) {
        let letters = clusterLines.map { $0.map(\.rect) }
        var tables = UnruledTableFinder(minimumChannel: settings.unruledColumnGap, sideBySideStep: settings.sideBySideStep)
            .find(in: letters, top: top, foot: foot, continuing: continued, followedBy: following)
            .filter { !isNumberedList($0) }
        for index in tables.indices {
            let floor = index > 0 ? tables[index - 1].lines.upperBound : 0
            tables[index].lines = withStackedHeading(tables[index], above: floor)
            tables[index].channels = withBodyChannels(tables[index])
        }
        var result: [TextLine] = []
        var tableLines: [TextLine] = []
        var next = 0
        for (index, table) in tables.enumerated() {
            result += clusterLines[next..<table.lines.lowerBound].map(spacer.split)
            tableLines += clusterLines[table.lines].map(spacer.split)
            next = table.lines.upperBound
            let rows = joiningContinuations(splitIntoRows(Array(table.lines)), of: table)
            // The table's outer edges, so that every row's cells stand over the same columns.
            let left = table.lines.compactMap { letters[$0].map(\.x0).min() }.min() ?? 0
            let right = table.lines.compactMap { letters[$0].map(\.x1).max() }.max() ?? 0
            for row in rows {
                let columns = table.columnBoundaries.count + 1
                var cells = [[[TextWord]]](repeating: [], count: columns)
                for line in row {
                    var parts = [[TextCluster]](repeating: [], count: columns)
                    for cluster in clusterLines[line] { parts[table.column(of: cluster.rect.midX)].append(cluster) }
                    for column in 0..<columns where !parts[column].isEmpty {
                        cells[column].append(spacer.segments(of: parts[column]).flatMap { $0 })
                    }
                }
                let rowRect = row.dropFirst().reduce(band(row[0])) { $0.union(band($1)) }
                let segments = cells.enumerated().map { column, lines in
                    let x0 = column == 0 ? left : table.columnBoundaries[column - 1]
                    let x1 = column == columns - 1 ? right : table.columnBoundaries[column]
                    return TextSegment(lines: lines, rect: Rect(x0: x0, y0: rowRect.y0, x1: x1, y1: rowRect.y1))
                }
                result.append(TextLine(cells: segments, rect: rowRect, table: firstTable + index))
            }
        }
        result += clusterLines[next...].map(spacer.split)
        let last = tables.last.flatMap { table in result.last { $0.table == firstTable + tables.count - 1 }.map { (table.channels, $0.rect) } }
        let head = tables.first.flatMap { $0.lines.lowerBound <= top ? $0.channels : nil } ?? []
        return (result, tableLines, last, head)

        /// A heading stacked word by word in a narrow column starts above the other headings:
        /// the lines right above the table whose letters all stand in one of its columns, each
        /// as close to the next as `stackedHeadingGap` line heights, are the table's too.
        func withStackedHeading(_ table: UnruledTable, above floor: Int) -> Range<Int> {
            var first = table.lines.lowerBound
            let bounds = table.columnBoundaries
            guard bounds.count >= 2 else { return table.lines }
            /// Whether a line stands wholly inside one column, not a line of prose that happens
            /// to start in it.
            func inOneColumn(_ line: Int) -> Bool {
                let columns = Set(letters[line].map { table.column(of: $0.midX) })
                guard columns.count == 1, let column = columns.first else { return false }
                let x0 = column == 0 ? -Double.infinity : bounds[column - 1]
                let x1 = column == bounds.count ? Double.infinity : bounds[column]
                return letters[line].allSatisfy { $0.x0 >= x0 && $0.x1 <= x1 }
            }
            while first - 1 >= floor, !letters[first - 1].isEmpty, inOneColumn(first - 1),
                  band(first).y0 - band(first - 1).y1 <= settings.stackedHeadingGap * band(first - 1).height {
                first -= 1
            }
            return first..<table.lines.upperBound
        }

        /// The rectangle around a line's letters.
        func band(_ line: Int) -> Rect { letters[line].reduce(letters[line][0]) { $0.union($1) } }

        /// A header cell spanning two columns (`การดำเนินการ` over its steps and its units)
        /// crosses the channel between them, which the rows below leave open: the channels of
        /// the table without its first lines (up to `spanningHeaderLines`), where the rows'
        /// cells stand on both sides of them in `minimumAlignedRows` lines, are its too.
        func withBodyChannels(_ table: UnruledTable) -> [ClosedRange<Double>] {
            let body = Array(table.lines)
            // Only in a wide table (a measures table's six to eight columns): a narrow one's
            // label may split at a space its rows share (`ตัวชี้วัดที่ 1 …`, `ตัวชี้วัดที่ 2 …`).
            guard body.count > settings.spanningHeaderLines + 2,
                  table.channels.count + 1 >= settings.spanningHeaderMinimumColumns else { return table.channels }
            let heights = body.compactMap { letters[$0].map(\.height).max() }.sorted()
            let height = heights.isEmpty ? 1 : heights[heights.count / 2]
            var channels = table.channels
            for skipped in 1...settings.spanningHeaderLines {
                var covered = CoveredSpans([])
                for line in body.dropFirst(skipped) { covered = covered.adding(letters[line]) }
                for gap in covered.gaps(atLeast: settings.unruledColumnGap * height) where !channels.contains(where: { $0.overlaps(gap) }) {
                    let besides = body.dropFirst(skipped).filter { line in
                        letters[line].contains { $0.x1 <= gap.lowerBound } && letters[line].contains { $0.x0 >= gap.upperBound }
                    }.count
                    // Between the table's outer edges only, with cells on both sides in rows.
                    let inside = channels.first.map { gap.lowerBound > $0.upperBound } ?? false
                    if inside, besides >= settings.minimumAlignedRows,
                       headsBothSides(of: gap, lines: body.prefix(skipped), channels: channels, height: height) {
                        channels.append(gap)
                    }
                }
            }
            return channels.sorted { $0.lowerBound < $1.lowerBound }
        }

        /// Whether the header lines over a gap that only they close head two columns: a heading
        /// spanning two columns stands on one line (`การดำเนินการ`), or has a sub-heading over
        /// each column among them (`ขั้นตอน` and `หน่วย`). One column's own heading wrapped
        /// over several lines (`ระยะเวลาใน` / `การดำเนินการ`, centred, left- or right-aligned)
        /// never has a word wholly on each side of a gap its cells' wrapped lines leave open
        /// (the space before `30` in `ถึง 30`, every row alike).
        func headsBothSides(of gap: ClosedRange<Double>, lines header: ArraySlice<Int>, channels: [ClosedRange<Double>],
                            height: Double) -> Bool {
            let left = channels.last { $0.upperBound <= gap.lowerBound }?.upperBound ?? -Double.infinity
            let right = channels.first { $0.lowerBound >= gap.upperBound }?.lowerBound ?? Double.infinity
            // Words, not letters: a word over the gap has letters on both sides of it. A word
            // ends at a column gap's width of space; its letters' boxes may reach into the gap
            // (a monospaced font's marks), but not over its middle.
            let middle = (gap.lowerBound + gap.upperBound) / 2
            let lines = header.map { runs(of: letters[$0], joiningGapsBelow: settings.unruledColumnGap * height) }
                .map { $0.filter { $0.x0 >= left && $0.x1 <= right } }.filter { !$0.isEmpty }
            let heads = lines.joined()
            return lines.count == 1
                || heads.contains { $0.x0 >= left && $0.x1 <= middle } && heads.contains { $0.x0 >= middle && $0.x1 <= right }
        }

        /// A line's letters joined where they stand closer than `gap`.
        func runs(of line: [Rect], joiningGapsBelow gap: Double) -> [Rect] {
            var runs: [Rect] = []
            for letter in line.sorted(by: { $0.x0 < $1.x0 }) {
                if let last = runs.last, letter.x0 - last.x1 < gap {
                    runs[runs.count - 1] = last.union(letter)
                } else {
                    runs.append(letter)
                }
            }
            return runs
        }

        /// Two columns, the first holding nothing but item numbers (`1.`, `๒)`, `-`) in two
        /// lines or more: a numbered list set with a hanging indent, not a table.
        func isNumberedList(_ table: UnruledTable) -> Bool {
            guard table.channels.count == 1 else { return false }
            var numbered = 0
            for line in table.lines {
                var first = String.UnicodeScalarView()
                for cluster in clusterLines[line] where table.column(of: cluster.rect.midX) == 0 {
                    cluster.append(to: &first)
                }
                if first.isEmpty { continue }
                guard ListMarker.isMarker(first) else { return false }
                numbered += 1
            }
            return numbered >= 2
        }

        /// A row with nothing in its first column continues the row above: a table without
        /// rulings is read by gaps, and a cell may have a blank line or a paragraph gap. Not the
        /// first row, though, which may be a header repeated at the top of the page: what
        /// follows it continues the page before, which is `TableMerger`'s to join.
        func joiningContinuations(_ rows: [[Int]], of table: UnruledTable) -> [[Int]] {
            var joined: [[Int]] = []
            for row in rows {
                let startsRow = row.contains { line in clusterLines[line].contains { table.column(of: $0.rect.midX) == 0 } }
                if startsRow || joined.count < 2 {
                    joined.append(row)
                } else {
                    joined[joined.count - 1] += row
                }
            }
            return joined
        }

        /// Rows stand apart by their cells' padding: a gap between two lines wider than the
        /// gap between a cell's own lines by `unruledRowGap` line heights. The usual gap is
        /// that of lines one below the other, whose tops are at least `sideBySideStep` line
        /// heights apart: lines set side by side at other heights (a cell centred beside
        /// another's lines, a heading stacked in a narrow column) overlap, and say nothing of
        /// it; they are one row's. A font's marks may make even a cell's own lines overlap a
        /// little: the usual gap may be below zero. When no gap is wider, the usual gap is the
        /// rows' own.
        func splitIntoRows(_ lines: [Int]) -> [[Int]] {
            let bands = lines.map(band)
            let pairs = zip(bands, bands.dropFirst())
            let gaps = pairs.map { $1.y0 - $0.y1 }
            let sideBySide = pairs.map { upper, lower in
                lower.y0 - upper.y0 < settings.sideBySideStep * min(upper.height, lower.height)
            }
            // The gap between a cell's own lines: most gaps in a table of wrapped cells, a few in
            // one of short cells, so a low quantile rather than the median.
            let below = gaps.indices.filter { !sideBySide[$0] }.map { gaps[$0] }.sorted()
            let usual = below.isEmpty ? 0 : below[(below.count - 1) / 4]
            var rows: [[Int]] = [[lines[0]]]
            for (index, gap) in gaps.enumerated() {
                let height = min(bands[index].height, bands[index + 1].height)
                if !sideBySide[index], gap > usual + settings.unruledRowGap * height {
                    rows.append([lines[index + 1]])
                } else {
                    rows[rows.count - 1].append(lines[index + 1])
                }
            }
            guard rows.count == 1 else { return rows }
            // No gap is wider than the usual one, which is then the gap between rows (few cells
            // wrap): a line closer than that to the one above, by `unruledRowGap` line heights,
            // is a wrapped line of its cell; every other line is a row.
            rows = [[lines[0]]]
            for (index, gap) in gaps.enumerated() {
                let height = min(bands[index].height, bands[index + 1].height)
                if sideBySide[index] || gap < usual - settings.unruledRowGap * height {
                    rows[rows.count - 1].append(lines[index + 1])
                } else {
                    rows.append([lines[index + 1]])
                }
            }
            return rows
        }
    }

    /// The index of the first line below the page furniture (a running header, a page number)
    /// at the top of the page.
    private func top(of lines: [[TextCluster]]) -> Int {
        lines.prefix(settings.furnitureLines).prefix { $0.count <= settings.furnitureLength }.count
    }

    /// The index of the first of the page furniture (a page number, a running footer) below the
    /// page's other lines, or `lines.count`; nil when those lines do not reach the page's foot:
    /// a ruled table stands below them, or the last of them stands above the page's lowest part
    /// (`LayoutSettings.footShare`), or the page's height is not known.
    private func foot(of lines: [[TextCluster]], ruledTables: [RuledTable], pageHeight: Double?) -> Int? {
        let furniture = lines.reversed().prefix(settings.furnitureLines).prefix { $0.count <= settings.furnitureLength }
        let foot = lines.count - furniture.count
        guard let pageHeight, foot > 0, let bottom = lines[foot - 1].map(\.rect.y1).max(),
              bottom >= pageHeight * (1 - settings.footShare),
              !ruledTables.contains(where: { $0.rect.y0 >= bottom }) else { return nil }
        return foot
    }

    /// Ruled tables were numbered before unruled ones; number them in reading order instead.
    private func numberTablesFromTheTop(_ lines: [TextLine]) -> [TextLine] {
        var renumbered: [Int: Int] = [:]
        return lines.map { line in
            guard let table = line.table else { return line }
            var line = line
            if renumbered[table] == nil { renumbered[table] = renumbered.count }
            line.table = renumbered[table]
            return line
        }
    }

    private func cellKey(of cluster: TextCluster, in tables: [RuledTable]) -> CellKey? {
        let x = cluster.rect.midX, y = cluster.rect.midY
        for (index, table) in tables.enumerated() where table.rect.x0 <= x && x <= table.rect.x1
            && table.rect.y0 <= y && y <= table.rect.y1 {
            if let cell = table.cell(at: x, y) { return CellKey(table: index, row: cell.row, column: cell.column) }
        }
        return nil
    }

    private func paragraphStarts(of lines: [TextLine]) -> Set<Int> {
        var starts: Set<Int> = []
        for index in lines.indices.dropFirst() {
            let above = lines[index - 1].rect, below = lines[index].rect
            let height = min(above.height, below.height)
            if below.y0 - above.y1 > settings.paragraphGap * height { starts.insert(index) }
        }
        return starts
    }
}
