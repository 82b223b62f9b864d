/// The text of one page rebuilt from glyph geometry: visual lines from top to bottom.
public struct PageLayout: Equatable, Sendable {
    /// 1-based page number.
    public var number: Int
    public var lines: [TextLine]
    /// Where a paragraph break (a wider vertical gap) stands before a line, by line index.
    public var paragraphStarts: Set<Int>
    /// The visual lines that tables drawn without rulings were read from, as they stand on the
    /// page: a second reading for when a table's rows or edges were not found right, since
    /// such a table has only the alignment of its text to go by.
    public var unruledTableLines: [TextLine]
    /// The channels between the columns of the table drawn without rulings (or ruled with
    /// horizontal lines only, its columns read from its text) that ends the page, if one does:
    /// the next page's first table may carry it on (`PageLayoutBuilder`).
    public var unruledChannelsAtFoot: [ClosedRange<Double>] = []
    /// The channels between the columns of the table drawn without rulings that starts at the
    /// page's top, if one does: it may carry on the page before's, whose last page may show
    /// too few of its lines (a header and a cut row) for every column edge to line up there.
    public var unruledChannelsAtHead: [ClosedRange<Double>] = []

    public init(number: Int, lines: [TextLine], paragraphStarts: Set<Int> = [], unruledTableLines: [TextLine] = []) {
        self.number = number
        self.lines = lines
        self.paragraphStarts = paragraphStarts
        self.unruledTableLines = unruledTableLines
    }

    /// Every line outside ruled tables as it stands on the page, top to bottom: prose and the
    /// visual lines of unruled tables.
    public var visualLines: [TextLine] {
        (lines.filter { $0.table == nil } + unruledTableLines).sorted { $0.rect.y0 < $1.rect.y0 }
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
    /// The page's tables, top to bottom, as fragments of logical tables. A cell's text keeps
    /// its paragraphs as line breaks, or, with `paragraphs` false, is one line as in `text`.
    /// The first fragment `followsPrevious` when only page furniture stands above it; whether
    /// the page before ends in a table is for the caller to add.
    public func tableFragments(settings: LayoutSettings, paragraphs: Bool = true) -> [TableFragment] {
        var rowsByTable: [Int: [TableRow]] = [:]
        var ruledTables: Set<Int> = [], textColumns: Set<Int> = []
        for line in lines {
            guard let table = line.table else { continue }
            if line.ruled { ruledTables.insert(table) }
            if line.columnsFromText { textColumns.insert(table) }
            let cells = line.segments.map { segment in
                TableCell(text: paragraphs ? segment.paragraphs(paragraphGap: settings.paragraphGap) : segment.text,
                          page: number, rect: segment.rect)
            }
            rowsByTable[table, default: []].append(TableRow(cells: cells))
        }
        var fragments = rowsByTable.keys.sorted().map { table in
            var fragment = TableFragment(rows: rowsByTable[table]!, page: number, followsPrevious: false,
                                         ruled: ruledTables.contains(table))
            fragment.columnsFromText = textColumns.contains(table)
            return fragment
        }
        if !fragments.isEmpty {
            fragments[0].followsPrevious = isFurniture(lines.prefix { $0.table == nil }, settings: settings)
        }
        return fragments
    }

    /// True when the page's last table stands at its foot, with only page furniture below.
    public func endsInTable(settings: LayoutSettings) -> Bool {
        lines.contains { $0.table != nil } && isFurniture(lines.reversed().prefix { $0.table == nil }, settings: settings)
    }

    /// Whether a table starts the page, below no more than its furniture (a running header).
    public func startsWithTable(settings: LayoutSettings) -> Bool {
        lines.contains { $0.table != nil } && isFurniture(lines.prefix { $0.table == nil }, settings: settings)
    }

    private func isFurniture<Lines: Collection>(_ lines: Lines, settings: LayoutSettings) -> Bool where Lines.Element == TextLine {
        lines.count <= settings.furnitureLines && lines.allSatisfy { $0.text.count <= settings.furnitureLength }
    }

    /// The page's text as `text` writes it, less the first `skippedRows` rows of its first
    /// table (a repeated header, the rest of a row written on the page before), and with
    /// `continuation`'s cells appended to the last row of its last table.
    func text(skippingFirstRows skippedRows: Int, continuingLastRowWith continuation: TableRow?) -> String {
        let firstTable = lines.compactMap(\.table).min()
        let lastTable = lines.compactMap(\.table).max()
        let lastRow = lines.lastIndex { $0.table != nil && $0.table == lastTable }
        var result = ""
        var rowOfFirstTable = 0
        var wroteLine = false
        for (index, line) in lines.enumerated() {
            if line.table != nil, line.table == firstTable {
                defer { rowOfFirstTable += 1 }
                if rowOfFirstTable < skippedRows { continue }
            }
            if wroteLine, paragraphStarts.contains(index) { result += "\n" }
            if index == lastRow, let continuation {
                result += zip(line.segments.indices, line.segments).map { column, segment in
                    column < continuation.cells.count ? ThaiJoiner.join(segment.text, continuation.cells[column].text) : segment.text
                }.joined(separator: "\t")
            } else {
                result += line.text
            }
            result += "\n"
            wroteLine = true
        }
        return result
    }
}
