import Foundation
import ReportLayout

/// ITA005: a score outside 0–100, or one that is not a number: the overall score, a tool's
/// score (EIT's parts too) or an indicator's.
///
/// The parser leaves out a score row whose score cell it cannot read as a number (`98.8l`,
/// `-`, `ไม่มีข้อมูล`), so such rows are found here in the tables themselves, the way the
/// parser looks for score rows; ITA016 leaves them to this rule rather than call them missing.
public struct ScoreRangeRule: ValidationRule {
    public static let code = "ITA005"

    public init() {}

    /// A score row of the tables whose score cell is not a number.
    struct UnreadableRow: Equatable {
        enum Slot: Equatable {
            /// A tool, with its part (EIT ส่วนที่ 1 or 2), nil for a tool scored whole.
            case tool(String, part: Int?)
            case indicator(Int)
        }
        var slot: Slot
        /// The score cell as written.
        var text: String
        var place: Provenance?
    }

    /// A score cell longer than this is prose, not a score written wrong.
    static let longestScoreCell = 20

    public func check(_ context: ValidationContext) -> [Finding] {
        let report = context.report
        var findings: [Finding] = []
        if let overall = report.overall, let score = overall.score, ScoreEvidence.usable(score) == nil {
            findings.append(outOfRange(score, whatThai: "คะแนนภาพรวม", whatEnglish: "The overall score", place: context.overallPlace))
        }
        for tool in report.tools {
            let (thai, english) = Self.names(of: .tool(tool.code, part: tool.part))
            if let score = tool.score {
                if ScoreEvidence.usable(score) == nil { findings.append(outOfRange(score, whatThai: thai, whatEnglish: english, place: tool.where)) }
            } else {
                findings.append(notANumber(nil, whatThai: thai, whatEnglish: english, place: tool.where))
            }
        }
        for indicator in report.indicators {
            let (thai, english) = Self.names(of: .indicator(indicator.number), name: indicator.name)
            if let score = indicator.score {
                if ScoreEvidence.usable(score) == nil { findings.append(outOfRange(score, whatThai: thai, whatEnglish: english, place: indicator.where)) }
            } else {
                findings.append(notANumber(nil, whatThai: thai, whatEnglish: english, place: indicator.where))
            }
        }
        for row in Self.unreadableRows(context) {
            let name: String? = if case .indicator(let number) = row.slot { context.framework?.indicator(number)?.name } else { nil }
            let (thai, english) = Self.names(of: row.slot, name: name)
            findings.append(notANumber(row.text, whatThai: thai, whatEnglish: english, place: row.place))
        }
        return findings
    }

    private func outOfRange(_ score: Double, whatThai: String, whatEnglish: String, place: Provenance?) -> Finding {
        let found = ScoreText.written(score)
        return Finding(
            code: Self.code, severity: .error,
            thai: "\(whatThai)\(ScoreText.thaiPlace(place)) เขียนไว้ \(found) ซึ่งอยู่นอกช่วง 0–100 คะแนน ITA ทุกค่าต้องอยู่ระหว่าง 0 ถึง 100 "
                + "กรุณาตรวจสอบตัวเลข (เช่น จุดทศนิยมหรือตัวเลขที่พิมพ์เกิน) กับประกาศผลของสำนักงาน ป.ป.ช. แล้วแก้ให้ถูกต้อง",
            english: "\(whatEnglish)\(ScoreText.englishPlace(place)) is written as \(found), outside 0–100: every ITA score is between 0 and 100. "
                + "Check the number (a misplaced decimal point, an extra digit) against the NACC's published results and correct it.",
            where: place, expected: "0–100", found: found)
    }

    private func notANumber(_ text: String?, whatThai: String, whatEnglish: String, place: Provenance?) -> Finding {
        let shown = text ?? ""
        return Finding(
            code: Self.code, severity: .error,
            thai: "\(whatThai)\(ScoreText.thaiPlace(place)) เขียนไว้ “\(shown)” ซึ่งไม่ใช่ตัวเลข จึงอ่านเป็นคะแนนไม่ได้ "
                + "กรุณาใส่คะแนนเป็นตัวเลขอย่างเดียว ตั้งแต่ 0 ถึง 100 (เช่น 98.81) ตามประกาศผลของสำนักงาน ป.ป.ช.",
            english: "\(whatEnglish)\(ScoreText.englishPlace(place)) is written as “\(shown)”, which is not a number, so it cannot be read as a score. "
                + "Write the score as a number alone, from 0 to 100 (such as 98.81), as the NACC published it.",
            where: place, expected: "0–100", found: shown)
    }

    /// "คะแนน EIT ส่วนที่ 1" / "The score of EIT part 1"; "คะแนนตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร".
    static func names(of slot: UnreadableRow.Slot, name: String? = nil) -> (thai: String, english: String) {
        switch slot {
        case .tool(let code, let part):
            return part.map { ("คะแนน \(code) ส่วนที่ \($0)", "The score of \(code) part \($0)") } ?? ("คะแนน \(code)", "The \(code) score")
        case .indicator(let number):
            let thaiName = name.map { " \($0)" } ?? ""
            let englishName = name.map { " (\($0))" } ?? ""
            return ("คะแนนตัวชี้วัดที่ \(number)\(thaiName)", "The score of indicator \(number)\(englishName)")
        }
    }

    /// The score rows whose score cell is not a number, in the tables `ReportParser` reads
    /// scores from (`ScoreTables`): tool rows (`… (EIT) ส่วนที่ 1 | …`), indicator rows
    /// (`7.ประสิทธิภาพการสื่อสาร | …`) in tables of up to three columns.
    /// A table without a header counts only when the parser read a score from it. Rows whose
    /// tool, part or indicator the report has a score for anyway are left out.
    static func unreadableRows(_ context: ValidationContext) -> [UnreadableRow] {
        let report = context.report
        var rows: [UnreadableRow] = []
        for entry in context.scoreTables.entries {
            let table = entry.table, body = entry.body
            let headed = entry.columns.hasHeader
            var tools: [UnreadableRow] = [], indicators: [UnreadableRow] = []
            var readsTools = false, readsIndicators = false
            for row in body where row.cells.count >= 2 {
                guard let label = row.cells.first?.text, let cell = row.cells.last else { continue }
                let written = cell.text.trimmingCharacters(in: .whitespacesAndNewlines)
                let readable = ThaiNumber.whole(written) != nil
                if let code = label.firstMatch(of: #"\((IIT|EIT|OIT|IET)\)"#)?[1] {
                    readsTools = readsTools || readable
                    guard !readable, Self.looksLikeAScore(written) else { continue }
                    let part = ThaiNumber.arabicDigits(label).firstMatch(of: #"ส่วนที่\s*([12])"#).flatMap { Int($0[1]) }
                    tools.append(UnreadableRow(slot: .tool(code == "IET" ? "EIT" : code, part: part), text: written, place: cell.provenance))
                } else if table.columnCount <= 3,
                          let (number, _) = ThaiNumber.leadingNumber(label), Self.isIndicator(number, context.framework) {
                    readsIndicators = readsIndicators || readable
                    guard !readable, Self.looksLikeAScore(written) else { continue }
                    indicators.append(UnreadableRow(slot: .indicator(number), text: written, place: cell.provenance))
                }
            }
            if headed || readsTools { rows += tools }
            if headed || readsIndicators { rows += indicators }
        }
        var seen: [UnreadableRow.Slot] = []
        return rows.filter { row in
            guard !seen.contains(row.slot) else { return false }
            seen.append(row.slot)
            switch row.slot {
            case .tool(let code, let part):
                return !report.tools.contains { $0.code == code && $0.part == part }
            case .indicator(let number):
                return !report.indicators.contains { $0.number == number }
            }
        }
    }

    /// A short cell on one line: a score written wrong (`98.8l`, `-`, `N/A`), not prose, and
    /// not an empty cell (a missing score is ITA016's).
    private static func looksLikeAScore(_ text: String) -> Bool {
        !text.isEmpty && text.count <= longestScoreCell && !text.contains("\n")
    }

    private static func isIndicator(_ number: Int, _ framework: Framework?) -> Bool {
        guard let framework else { return (1...10).contains(number) }
        return framework.indicator(number) != nil
    }
}
