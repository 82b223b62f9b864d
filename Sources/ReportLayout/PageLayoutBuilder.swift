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

    public func build(glyphs: [Glyph], rules: [Rect] = [], pageNumber: Int) -> PageLayout {
        let repaired = ReplacementGlyphRepair().repair(glyphs)
        // Spaces are ignored: poppler's are its own guesses from gaps, with a Thai-blind rule.
        let visible = repaired.filter { !$0.scalar.properties.isWhitespace && $0.rect.height > 0 }
        // Marks share their base's line box, so they fall into the same lines.
        let deduplicate = DuplicateGlyphFilter(tolerance: settings.duplicateTolerance)
        let lines = LineGrouper(tolerance: settings.lineTolerance).group(visible).map(deduplicate.filter)
        let marks = lines.flatMap { $0.filter { ThaiCharacter.isCombiningMark($0.scalar) } }
        let baseLines = lines.map { $0.filter { !ThaiCharacter.isCombiningMark($0.scalar) } }.filter { !$0.isEmpty }
        let clusterLines = MarkAttacher(reach: settings.markReach).attach(marks, to: baseLines)
        let tables = RuledTableFinder(tolerance: settings.ruleTolerance).find(in: rules)
        let textLines = arrange(clusterLines.filter { !$0.isEmpty }, tables: tables)
        return PageLayout(number: pageNumber, lines: textLines, paragraphStarts: paragraphStarts(of: textLines))
    }

    private struct CellKey: Hashable {
        var table: Int, row: Int, column: Int
    }

    /// Lines outside tables as they are; inside a table, one line per row with its cells'
    /// text; all in order from the top of the page.
    private func arrange(_ clusterLines: [[TextCluster]], tables: [RuledTable]) -> [TextLine] {
        let spacer = WordSpacer(wordGap: settings.wordGap, columnGap: settings.columnGap)
        var lines: [TextLine] = []
        var cellLines: [CellKey: [[TextCluster]]] = [:]

        for line in clusterLines {
            var outside: [TextCluster] = []
            var inside: [CellKey: [TextCluster]] = [:]
            for cluster in line {
                if let key = cellKey(of: cluster, in: tables) {
                    inside[key, default: []].append(cluster)
                } else {
                    outside.append(cluster)
                }
            }
            if !outside.isEmpty { lines.append(spacer.split(outside)) }
            for (key, clusters) in inside { cellLines[key, default: []].append(clusters) }
        }

        for (index, table) in tables.enumerated() {
            for row in table.rowEdges.indices.dropLast() {
                let edges = table.columnEdges[row]
                guard edges.count >= 2 else { continue }
                let cells = (0..<(edges.count - 1)).map { column in
                    let key = CellKey(table: index, row: row, column: column)
                    let words = (cellLines[key] ?? []).map { spacer.segments(of: $0).flatMap { $0 } }
                    let rect = Rect(x0: edges[column], y0: table.rowEdges[row],
                                    x1: edges[column + 1], y1: table.rowEdges[row + 1])
                    return TextSegment(lines: words, rect: rect)
                }
                guard cells.contains(where: { !$0.lines.isEmpty }) else { continue }
                let rect = Rect(x0: edges[0], y0: table.rowEdges[row], x1: edges[edges.count - 1],
                                y1: table.rowEdges[row + 1])
                lines.append(TextLine(cells: cells, rect: rect))
            }
        }
        return lines.enumerated()
            .sorted { a, b in a.element.rect.y0 != b.element.rect.y0 ? a.element.rect.y0 < b.element.rect.y0 : a.offset < b.offset }
            .map(\.element)
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
