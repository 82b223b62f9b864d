/// What a score is the score of: the overall result, a tool (or one part of EIT), an
/// indicator, or one question or item of the assessment.
enum ScoreSubject: Hashable, Sendable {
    case overall
    case tool(code: String, part: Int?)
    case indicator(Int)
    case item(String)

    /// The more specific a subject, the more a row that names several is about it: a row
    /// `i7 ท่านทราบ…` under a tool's column is about the question.
    var specificity: Int {
        switch self {
        case .overall: 0
        case .tool: 1
        case .indicator: 2
        case .item: 3
        }
    }
}
