/// What a table's column holds, told from the words of its heading (Templates/reading.json).
/// A column without a heading, or with one no word list knows, has no role: its numbers may
/// be scores.
enum ColumnRole: String, Decodable, Sendable {
    /// Names what the row is about: an indicator, a question, a tool.
    case label
    /// This year's score of what the row names.
    case score
    /// The score of the tool the row's indicator belongs to, in a cell merged down beside them.
    case toolScore
    /// Numbers that are not this year's score. `page`: a table of contents' page numbers.
    case previous, change, target, count, ordinal, page
    case remark
    // The columns of a measures or an analysis table.
    case activity, analysis, findings, steps, period, responsible, followUp

    /// Whether a number in such a column may be this year's score of the row's subject.
    var mayHoldScore: Bool { self == .score || self == .toolScore }

    /// The roles whose headings must be the word alone: `ที่` and `ข้อ` are inside many
    /// other headings (`คะแนนที่ได้`, `ข้อคำถาม`), `หน้า` inside `การปฏิบัติหน้าที่`.
    var needsWholeHeading: Bool { self == .ordinal || self == .page }
}
