/// The text of one page rebuilt from glyph geometry: visual lines from top to bottom.
public struct PageLayout: Equatable, Sendable {
    /// 1-based page number.
    public var number: Int
    public var lines: [TextLine]
    /// Where a paragraph break (a wider vertical gap) stands before a line, by line index.
    public var paragraphStarts: Set<Int>

    public init(number: Int, lines: [TextLine], paragraphStarts: Set<Int> = []) {
        self.number = number
        self.lines = lines
        self.paragraphStarts = paragraphStarts
    }

    /// The page as plain text: one line per visual line, an empty line between paragraphs,
    /// a tab between segments of a line.
    public var text: String {
        var result = ""
        for (index, line) in lines.enumerated() {
            if index > 0, paragraphStarts.contains(index) { result += "\n" }
            result += line.text
            result += "\n"
        }
        return result
    }
}

extension PageLayout {
    /// The page's tables, top to bottom, as fragments of logical tables. `followsPrevious` is
    /// left false: whether a fragment continues a table of the page before is for
    /// `DocumentTables` to say.
    public func tableFragments(paragraphGap: Double = LayoutSettings().paragraphGap) -> [TableFragment] {
        var rowsByTable: [Int: [TableRow]] = [:]
        for line in lines {
            guard let table = line.table else { continue }
            let cells = line.segments.map { segment in
                TableCell(text: segment.paragraphs(paragraphGap: paragraphGap), page: number, rect: segment.rect)
            }
            rowsByTable[table, default: []].append(TableRow(cells: cells))
        }
        return rowsByTable.keys.sorted().map { TableFragment(rows: rowsByTable[$0]!, page: number, followsPrevious: false) }
    }

    /// Lines of prose above the first table and below the last one: what stands between a
    /// table and the page break.
    public var linesAboveFirstTable: [TextLine] {
        Array(lines.prefix { $0.table == nil })
    }

    public var linesBelowLastTable: [TextLine] {
        Array(lines.reversed().prefix { $0.table == nil }.reversed())
    }
}
