/// A paragraph or a table of a Word part, as written in its XML, before numbering is counted
/// and the text cleaned.
enum WordBlock: Equatable {
    case paragraph(WordParagraph)
    case table(WordTable)
}
