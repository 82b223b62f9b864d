import ReportLayout

/// Reads the tool scores: rows naming IIT, EIT (with its part, ส่วนที่ 1 or 2) or OIT and a score.
/// `IET`, a slip some reports make, is read as EIT and kept as written.
struct ToolScoreReader {
    func read(_ table: Table) -> [ToolScore] {
        table.rows.compactMap { row in
            guard let label = row.cells.first?.text, let scoreCell = row.cells.last, row.cells.count >= 2,
                  let score = ThaiNumber.whole(scoreCell.text),
                  let written = label.firstMatch(of: #"\((IIT|EIT|OIT|IET)\)"#)?[1] else { return nil }
            let code = written == "IET" ? "EIT" : written
            let part = ThaiNumber.arabicDigits(label).firstMatch(of: #"ส่วนที่\s*([12])"#).flatMap { Int($0[1]) }
            return ToolScore(code: code, part: part, score: score, codeAsWritten: written == code ? nil : written,
                             where: scoreCell.provenance)
        }
    }
}
