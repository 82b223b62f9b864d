import Foundation
import ReportLayout

/// Turns the blocks of a document's parts into `WordDocument` blocks: each paragraph with the
/// number Word shows before it, its text cleaned and split at its line breaks, and placed;
/// each table on its grid with every cell placed. Paragraphs are counted among those that hold
/// text; tables all, in reading order (a text box's after the paragraph it is anchored in).
///
/// A table of one column is a frame around text, not a table of values (as a frame is on a
/// PDF page): its paragraphs are read as prose, in their cells' places.
struct WordContentBuilder {
    let numbering: WordNumbering
    let styles: WordStyles
    let maxColumns: Int
    let maxCells: Int
    /// The same clean-up as a PDF's text (`PDFTextReader.clean`).
    let clean: (String) -> String

    private(set) var blocks: [WordDocument.Block] = []
    /// The pictures of the body, by relationship id, with their paragraph's place and where
    /// in `blocks` they stand.
    private(set) var pictures: [(id: String, place: WordPlace, blockIndex: Int)] = []
    private var paragraphCounts: [WordPlace.Part: Int] = [:]
    private var tableCount = 0
    private var order = 0
    /// The lines of headers and footers already read: the first page's header often repeats
    /// the others'.
    private var repeatedLines: Set<String> = []

    /// A table whose grid is over `maxCells` (its number in reading order).
    struct TableTooLarge: Error {
        var table: Int
    }

    init(numbering: WordNumbering, styles: WordStyles, maxColumns: Int, maxCells: Int, clean: @escaping (String) -> String) {
        self.numbering = numbering
        self.styles = styles
        self.maxColumns = maxColumns
        self.maxCells = maxCells
        self.clean = clean
    }

    /// Adds the blocks of one part (the body, or one header or footer), numbering its lists
    /// on their own.
    mutating func add(_ partBlocks: [WordBlock], part: WordPlace.Part) throws {
        var counter = NumberingCounter(numbering: numbering, styles: styles)
        try add(partBlocks, part: part, counter: &counter)
    }

    private mutating func add(_ partBlocks: [WordBlock], part: WordPlace.Part, counter: inout NumberingCounter) throws {
        for block in partBlocks {
            switch block {
            case .paragraph(let paragraph):
                let holdsPictures = part == .body && !paragraph.pictures.isEmpty
                if let place = addParagraph(shownText(of: paragraph, counter: &counter), part: part, holdsPictures: holdsPictures),
                   holdsPictures {
                    pictures += paragraph.pictures.map { (id: $0, place: place, blockIndex: blocks.count) }
                }
                try add(paragraph.anchored, part: part, counter: &counter)
            case .table(let table):
                do {
                    try addTable(table, part: part, counter: &counter)
                } catch is WordTableGrid.TooLarge {
                    throw TableTooLarge(table: tableCount + 1)
                }
            }
        }
    }

    /// Adds a paragraph's lines; its place, nil when it holds no text and no picture (a
    /// paragraph of a picture alone is counted: Word shows it as one).
    @discardableResult
    private mutating func addParagraph(_ text: String, part: WordPlace.Part, holdsPictures: Bool = false) -> WordPlace? {
        let lines = Self.lines(of: clean(text)).filter { part == .body || repeatedLines.insert($0).inserted }
        guard !lines.isEmpty || holdsPictures else { return nil }
        paragraphCounts[part, default: 0] += 1
        order += 1
        let place = WordPlace.paragraph(paragraphCounts[part, default: 0], part: part, order: order)
        blocks += lines.map { .line(Self.placed($0, place)) }
        return place
    }

    private mutating func addTable(_ table: WordTable, part: WordPlace.Part, counter: inout NumberingCounter) throws {
        let grid = try WordTableGrid.grid(of: table, maxColumns: maxColumns, maxCells: maxCells) { cell in
            try cellText(cell, counter: &counter)
        }.map { $0.map(clean) }
        // Headers and footers have no table numbers of their own: their rows are read as lines.
        guard part == .body else {
            for row in grid { addParagraph(row.filter { !$0.isEmpty }.joined(separator: "\t"), part: part) }
            return
        }
        tableCount += 1
        order += 1
        let number = tableCount, tableOrder = order
        let placeOf = { (row: Int, column: Int) in WordPlace.cell(table: number, row: row + 1, column: column + 1, order: tableOrder) }
        if grid.allSatisfy({ $0.count <= 1 }) {
            for (rowIndex, row) in grid.enumerated() {
                for line in Self.lines(of: row.first ?? "") {
                    blocks.append(.line(Self.placed(line, placeOf(rowIndex, 0))))
                }
            }
            return
        }
        let rows = grid.enumerated().compactMap { rowIndex, row -> TableRow? in
            guard row.contains(where: { !$0.isEmpty }) else { return nil }
            return TableRow(cells: row.enumerated().map { column, text in Self.placed(text, placeOf(rowIndex, column)) })
        }
        guard !rows.isEmpty else { return }
        blocks.append(.table(Table(rows: rows)))
    }

    /// A paragraph as Word shows it: its number, then its text.
    private func shownText(of paragraph: WordParagraph, counter: inout NumberingCounter) -> String {
        (counter.label(for: paragraph) ?? "") + paragraph.text
    }

    /// A cell's paragraphs (and the text boxes anchored in them) one per line; a table inside
    /// the cell a line per row, its cells joined by a space.
    private func cellText(_ cell: WordTable.Cell, counter: inout NumberingCounter) throws -> String {
        var lines: [String] = []
        func collect(_ cellBlocks: [WordBlock]) throws {
            for block in cellBlocks {
                switch block {
                case .paragraph(let paragraph):
                    lines.append(shownText(of: paragraph, counter: &counter))
                    try collect(paragraph.anchored)
                case .table(let table):
                    let nested = try WordTableGrid.grid(of: table, maxColumns: maxColumns, maxCells: maxCells) {
                        try cellText($0, counter: &counter)
                    }
                    lines += nested.map { $0.filter { !$0.isEmpty }.joined(separator: " ") }
                }
            }
        }
        try collect(cell.blocks)
        // A tab in a cell aligns its text; the cell is already a column.
        return lines.map { Self.trimmed($0.replacingOccurrences(of: "\t", with: " ")) }.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// The lines of a paragraph's text: split at its line breaks, trimmed, runs of tabs (text
    /// set in columns by tab stops) as one tab, empty lines left out.
    static func lines(of text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: true).compactMap { line in
            var collapsed = ""
            for character in line where !(character == "\t" && collapsed.last == "\t") {
                collapsed.append(character)
            }
            let trimmed = trimmed(collapsed)
            return trimmed.isEmpty ? nil : trimmed
        }
    }

    static func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces)
    }

    private static func placed(_ text: String, _ place: WordPlace) -> PlacedText {
        var placed = PlacedText(text: text)
        placed.wordPlace = place
        return placed
    }
}
