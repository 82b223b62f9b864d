import Foundation
import ReportLayout

/// Whether a score a text quotes is another agency's: news that gives several agencies'
/// results (`สพฉ.ได้ระดับ F คะแนน 45.32 ขณะที่ อย.ได้ระดับ B คะแนน 84.15`, `… และสำนักงาน
/// คณะกรรมการอาหารและยา (อย.) ได้คะแนน 84.15`) quotes a second score that is no second
/// mention of the report's own.
struct OtherAgencyScore {
    let agencyName: String?
    let lines: [DocumentContent.Line]
    private let finder = AgencyMentions(words: .load())

    /// How far before a score, in characters (none before the number before it), the agency
    /// it is given to is looked for.
    static let reach = 60

    /// Whether the clause before the quote at `offset` (UTF-16, in the line's text with Arabic
    /// digits) names an agency other than the report's, by its name or by an abbreviation.
    func isOtherAgencys(lineIndex: Int, offset: Int) -> Bool {
        guard let own = agencyName, lines.indices.contains(lineIndex) else { return false }
        let text = ThaiNumber.arabicDigits(lines[lineIndex].text) as NSString
        guard offset <= text.length else { return false }
        let start = max(0, offset - Self.reach)
        var clause = text.substring(with: NSRange(location: start, length: offset - start))
        // Only the words since the number before: the clause of this score.
        if let last = clause.allMatchRanges(of: #"[0-9](?:[.,][0-9]+)?(?![0-9])"#).last { clause = String(clause[last.upperBound...]) }
        if finder.mentions(in: clause).contains(where: { $0.role == .agency && $0.name != own && !own.hasPrefix($0.name) }) {
            return true
        }
        return finder.abbreviations(in: clause).contains { !names(own, String(clause[$0])) }
    }

    /// Whether the text writes `short` in brackets after the report's agency's name.
    private func names(_ own: String, _ short: String) -> Bool {
        let bare = short.hasSuffix(".") ? String(short.dropLast()) : short
        return lines.contains { line in
            ["(" + short + ")", "(" + bare + ")"].contains { line.text.containsExactly(own + " " + $0) || line.text.containsExactly(own + $0) }
        }
    }
}
