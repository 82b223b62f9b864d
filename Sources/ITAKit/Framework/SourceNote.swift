import Foundation
import ThaiText

/// Where a value of a framework template comes from: the mark of ita-framework.md
/// ([C] confirmed, [D] derived, [S] secondary, [U] unknown), the reference written after it,
/// and whether the value is only a hypothesis.
///
/// Why it travels with the value: the framework is pieced together from news, agency pages
/// and arithmetic on published scores, not from NACC's manuals. A check built on a guess
/// must be told apart from one built on an NACC text, by the validator (warning or error)
/// and by the person editing the template.
public struct SourceNote: Sendable, Equatable {
    public enum Mark: String, Sendable, CaseIterable {
        /// A public source says it outright.
        case confirmed = "C"
        /// Follows by arithmetic from published numbers, or from two sourced facts.
        case derived = "D"
        /// Only a third-party site, an agency's page or report, or code says it.
        case secondary = "S"
        /// Not found. A value with this mark is an assumption and must be a hypothesis.
        case unknown = "U"
    }

    /// The first mark of the note (a note may cite more than one source; the first leads).
    public let mark: Mark
    /// The whole note as written, mark included, e.g. "[D] §1.1: KKU's tool scores give its total".
    public let text: String
    /// True when the template says `"status": "hypothesis"`: a rule that fits the evidence
    /// but that no source states.
    public let isHypothesis: Bool

    /// Reads a note as written in a template; nil when it does not start with a mark.
    init?(text: String, isHypothesis: Bool) {
        let trimmed = text.trimmingWhitespaceAndNewlines()
        let scalars = Array(trimmed.unicodeScalars)
        guard scalars.count >= 3, scalars[0] == "[", scalars[2] == "]",
              let mark = Mark(rawValue: String(scalars[1]).uppercased()) else { return nil }
        self.mark = mark
        self.text = trimmed
        self.isHypothesis = isHypothesis
    }

    /// What follows the mark: the reference itself.
    var reference: String {
        String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(3)))
            .trimmingWhitespaceAndNewlines()
    }
}
