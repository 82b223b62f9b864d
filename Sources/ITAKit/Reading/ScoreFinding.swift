/// One place where a report gives something a score: a table row or a line.
struct ScoreFinding: Equatable, Sendable {
    var subject: ScoreSubject
    var score: Double
    var `where`: Provenance?
    /// The words that named it, as written (an indicator's name, a question's wording).
    var nameAsWritten: String
    /// A tool's code as written, when it is a slip for the code (`IET`).
    var codeAsWritten: String?
    /// Where the words that named it are, when apart from the score (a row's name cell).
    var nameWhere: Provenance?
    /// Where it stands when not in a table or list of scores (a measure's quote, a sentence).
    var quotedIn: ScoreMention.Quote? = nil
}
