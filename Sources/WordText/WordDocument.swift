import ReportLayout

/// A Word document read: its paragraphs' lines and its tables in reading order, each with its
/// place (`WordPlace`), the text cleaned as a PDF's is.
public struct WordDocument: Sendable, Equatable {
    public enum Block: Sendable, Equatable {
        case line(PlacedText)
        case table(Table)
    }

    public var blocks: [Block]

    public init(blocks: [Block]) {
        self.blocks = blocks
    }

    /// What the ITA parser reads: the lines of prose and the tables. A Word table is read
    /// whole from its XML, as a ruled table is from its rulings, so its rows are not among
    /// the lines read a second time (`visualLines`).
    public var content: DocumentContent {
        var lines: [PlacedText] = []
        var tables: [Table] = []
        for block in blocks {
            switch block {
            case .line(let line): lines.append(line)
            case .table(let table): tables.append(table)
            }
        }
        return DocumentContent(lines: lines, tables: tables, visualLines: lines, pageCount: nil)
    }

    /// The document as `ita text` writes it: a line per line of a paragraph, and a line per
    /// table row with a tab between its cells (a cell's paragraphs joined by a space).
    public var text: String {
        var output: [String] = []
        for block in blocks {
            switch block {
            case .line(let line):
                output.append(line.text)
            case .table(let table):
                for row in table.rows {
                    output.append(row.cells.map { $0.text.replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\t"))
                }
            }
        }
        return output.isEmpty ? "" : output.joined(separator: "\n") + "\n"
    }
}
