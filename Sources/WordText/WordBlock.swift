/// A paragraph or a table of a Word part, as written in its XML, before numbering is counted
/// and the text cleaned.
enum WordBlock: Equatable {
    case paragraph(WordParagraph)
    case table(WordTable)
}

struct WordParagraph: Equatable {
    /// The text of its runs as Word shows it: deleted and hidden text left out, a tab as
    /// `\t`, a line break as `\n`.
    var text = ""
    var styleID: String?
    /// Its own numbering (`w:numPr`); either may be missing, and is then taken from its style.
    var numberingID: Int?
    var numberingLevel: Int?
    /// The paragraphs and tables of the text boxes anchored in it, in order: shown beside it,
    /// read after it.
    var anchored: [WordBlock] = []
}

struct WordTable: Equatable {
    /// The columns of its grid (`w:tblGrid`).
    var gridColumns = 0
    var rows: [WordTableRow] = []
}

struct WordTableRow: Equatable {
    /// Grid columns left empty before its first cell and after its last (`w:gridBefore`, `w:gridAfter`).
    var gridBefore = 0
    var gridAfter = 0
    var cells: [WordTableCell] = []
}

struct WordTableCell: Equatable {
    enum VerticalMerge: Equatable {
        /// The first cell of cells merged down (`w:vMerge w:val="restart"`).
        case restart
        /// A cell merged into the one above (`w:vMerge` without a value, or `continue`).
        case `continue`
    }

    /// Grid columns it spans (`w:gridSpan`).
    var span = 1
    var verticalMerge: VerticalMerge?
    /// A cell merged into the one to its left (`w:hMerge w:val="continue"`, which Word 2003 wrote).
    var continuesLeft = false
    var blocks: [WordBlock] = []
}
