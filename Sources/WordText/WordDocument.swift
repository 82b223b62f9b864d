import Foundation
import ReportLayout

/// A Word document read: its paragraphs' lines and its tables in reading order, each with its
/// place (`WordPlace`), the text cleaned as a PDF's is.
public struct WordDocument: Sendable, Equatable {
    public enum Block: Sendable, Equatable {
        case line(PlacedText)
        case table(Table)
    }

    public var blocks: [Block]
    /// The pictures drawn in the body, for OCR to read (a screenshot of the NACC's results).
    public var pictures: [Picture]

    /// A picture of the body: its bytes as pasted (PNG, JPEG …), the place of the paragraph
    /// it stands in, and where in `blocks` what is read in it belongs (after that paragraph).
    public struct Picture: Sendable, Equatable {
        public var data: Data
        public var place: WordPlace
        public var blockIndex: Int
    }

    public init(blocks: [Block], pictures: [Picture] = []) {
        self.blocks = blocks
        self.pictures = pictures
    }

    /// The document with the blocks read in its pictures put where each picture stands.
    public func inserting(_ read: [(picture: Picture, blocks: [Block])]) -> WordDocument {
        var document = self
        // From the last, so that the earlier indices stay where they are.
        for (picture, blocks) in read.sorted(by: { $0.picture.blockIndex > $1.picture.blockIndex }) {
            document.blocks.insert(contentsOf: blocks, at: min(picture.blockIndex, document.blocks.count))
        }
        return document
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
