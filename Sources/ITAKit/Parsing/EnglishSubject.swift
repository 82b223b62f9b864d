import Foundation
import ReportLayout

/// The agency an English sentence stating the result is about when it names none by an
/// agency's kind (University, City, …): the capitalised name or abbreviation nearest before the
/// score in its sentence (`Nan Hill scored 93.20 points`, `In total, Nan Hill’s provincial
/// assessment score was …`, `the BMA earned a score of …`). An abbreviation the text spells out
/// elsewhere (`Bangkok Metropolitan Administration (BMA)`) is named in full; a name the text
/// calls a province (`… named least corrupt province`, `the 77 provinces`) is a province's.
struct EnglishSubject {
    let words: ReadingWords

    /// Capitalised words that start a sentence or a phrase, or name a date or the assessment,
    /// not an agency.
    static let notNames: Set<String> = [
        "In", "The", "This", "That", "These", "Those", "It", "Its", "Their", "Our", "His", "Her", "A", "An", "On", "At", "For",
        "With", "By", "As", "From", "Of", "And", "Last", "Total", "Overall", "According", "After", "During", "Mr", "Ms", "Mrs", "Dr",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Integrity", "Transparency", "Assessment", "Fiscal", "Year", "Score", "Points", "Thailand", "Thai",
    ]

    /// The longest abbreviation read as one (`BMA`, `PWA`).
    static let longestAbbreviation = 6

    func agency(in lines: [DocumentContent.Line], resultLine: DocumentContent.Line, score: Double) -> Agency? {
        let text = resultLine.text
        guard let scoreAt = text.allMatchRanges(of: #"(?<![0-9.])[0-9]{1,3}(?:\.[0-9]{1,3})?(?![0-9])"#)
            .first(where: { Double(text[$0]) == score })?.lowerBound else { return nil }
        var sentence = String(text[..<scoreAt])
        if let end = sentence.allMatchRanges(of: #"[.!?]\s"#).last { sentence = String(sentence[end.upperBound...]) }
        let candidates = sentence.allMatches(of: #"(?<![A-Za-z])((?:[A-Z][a-z]+|[A-Z]{2,6})(?:[ -](?:[A-Z][a-z]+|[A-Z]{2,6}))*)(?![A-Za-z])"#)
            .map { Self.withoutLeadingNonNames($0[1]) }
            .filter { !$0.isEmpty && !isAssessmentOrAssessor($0) && !Self.isLevel($0) }
        guard let name = candidates.last else { return nil }
        let full = Self.isAbbreviation(name) ? spelledOut(name, in: lines) ?? name : name
        let last = full.split(separator: " ").last.map(String.init) ?? full
        if let type = words.englishAgencyTypes[last] { return Agency(name: full, type: type, where: resultLine.provenance) }
        if isCalledAProvince(full, in: lines) {
            return Agency(name: full, type: AgencyMentions.provinceKind, province: full, where: resultLine.provenance)
        }
        return Agency(name: full, where: resultLine.provenance)
    }

    private static func withoutLeadingNonNames(_ phrase: String) -> String {
        var parts = phrase.split(separator: " ").map(String.init)
        while let first = parts.first, notNames.contains(first.capitalized) { parts.removeFirst() }
        while let last = parts.last, notNames.contains(last.capitalized) { parts.removeLast() }
        return parts.joined(separator: " ")
    }

    private static func isAbbreviation(_ name: String) -> Bool {
        name.count <= longestAbbreviation && name.allSatisfy { $0.isUppercase && $0.isASCII }
    }

    /// A level's letters (`AA`, `A`) are no name.
    private static func isLevel(_ name: String) -> Bool {
        name.count <= 2 && name.allSatisfy { "ABCDEF".contains($0) }
    }

    private func isAssessmentOrAssessor(_ name: String) -> Bool {
        words.itaNames.contains(where: name.containsExactly) || words.agencyRoles.assessorMarks.contains(where: name.contains)
    }

    /// The name an abbreviation stands for where the text writes both: `Bangkok Metropolitan
    /// Administration (BMA)`.
    private func spelledOut(_ abbreviation: String, in lines: [DocumentContent.Line]) -> String? {
        let pattern = #"((?:[A-Z][a-z]+ (?:of (?:the )?)?){1,6})\("# + NSRegularExpression.escapedPattern(for: abbreviation) + #"\)"#
        for line in lines {
            guard line.text.contains("(" + abbreviation + ")"), let match = line.text.firstMatch(of: pattern) else { continue }
            let name = Self.withoutLeadingNonNames(Self.ownPart(of: match[1].trimmingCharacters(in: .whitespaces)))
            if !name.isEmpty { return name }
        }
        return nil
    }

    /// Words that an agency's name continues with `of …`: `Office of the Auditor General`.
    static let kindsWithOf: Set<String> = ["Office", "Department", "Ministry", "Bureau", "Institute", "Authority", "Bank", "University", "Commission"]

    /// The words before `of` belong to the name only when they end with a kind that takes
    /// one (`Office of the …`), not in `Staff of the Chai Buri Authority`.
    private static func ownPart(of phrase: String) -> String {
        var parts = phrase.components(separatedBy: " of ")
        var name = parts.removeLast()
        while let before = parts.last, let kind = before.split(separator: " ").last, kindsWithOf.contains(String(kind)) {
            name = before + " of " + name
            parts.removeLast()
        }
        return name
    }

    /// Whether a sentence of the text calls the name a province's: it names the name and a
    /// province and no agency of another kind.
    private func isCalledAProvince(_ name: String, in lines: [DocumentContent.Line]) -> Bool {
        let otherKinds = words.englishAgencyTypes.keys.joined(separator: "|") + "|City|Municipality|Organi[sz]ation|Administration"
        for line in lines where line.text.contains(name) {
            for sentence in line.text.split(separator: ". ") where sentence.contains(name) {
                let text = String(sentence)
                guard text.firstMatch(of: #"(?i)\bprovinc(?:e|es|ial)\b"#) != nil else { continue }
                if text.firstMatch(of: NSRegularExpression.escapedPattern(for: name) + #"\s+(?:"# + otherKinds + ")") != nil { continue }
                return true
            }
        }
        return false
    }
}
