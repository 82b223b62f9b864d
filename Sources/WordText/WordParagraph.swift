/// A paragraph of a Word part as written (see `WordBlock`).
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
    /// The relationship ids of the pictures drawn in it (`a:blip r:embed`), in order.
    var pictures: [String] = []
}
