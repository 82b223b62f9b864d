/// Where a piece of a Word document's text stands. A .docx has no pages: its places are the
/// paragraph (counted among the paragraphs that hold text, as a person sees them) or the table,
/// row and grid column of a cell, each counted from 1 in reading order.
public struct WordPlace: Equatable, Hashable, Sendable {
    /// The part of the document: its body, or the header or footer Word repeats on each page.
    public enum Part: String, Sendable, Hashable {
        case body, header, footer
    }

    public var part: Part
    public var paragraph: Int?
    public var table: Int?
    public var row: Int?
    public var column: Int?
    /// The index of its paragraph or table among all of the document's blocks, in reading
    /// order: paragraphs and tables are counted apart, and this puts them in one order.
    public var order: Int

    public static func paragraph(_ number: Int, part: Part = .body, order: Int) -> WordPlace {
        WordPlace(part: part, paragraph: number, order: order)
    }

    public static func cell(table: Int, row: Int, column: Int, part: Part = .body, order: Int) -> WordPlace {
        WordPlace(part: part, table: table, row: row, column: column, order: order)
    }

    public init(part: Part, paragraph: Int? = nil, table: Int? = nil, row: Int? = nil, column: Int? = nil, order: Int) {
        self.part = part
        self.paragraph = paragraph
        self.table = table
        self.row = row
        self.column = column
        self.order = order
    }
}
