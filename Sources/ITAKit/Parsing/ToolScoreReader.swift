import ReportLayout

/// Reads the tool scores: rows naming IIT, EIT (with its part, ส่วนที่ 1 or 2) or OIT and a score.
/// `IET`, a slip some reports make, is read as EIT and kept as written.
///
/// A table drawn without rulings may come out with several rows in one (a header and the
/// first row, or every row): then the tools in the first cell and the numbers in the last are
/// paired in order, when there are as many of each.
struct ToolScoreReader {
    func read(_ table: Table) -> [ToolScore] {
        table.rows.flatMap { row -> [ToolScore] in
            guard row.cells.count >= 2, let label = row.cells.first?.text, let scoreCell = row.cells.last else { return [] }
            let tools = ThaiNumber.arabicDigits(label).allMatches(of: #"\((IIT|EIT|OIT|IET)\)\s*(?:ส่วนที่\s*([12]))?"#)
            let scores = ScoreList.numbers(in: scoreCell.text)
            guard !tools.isEmpty, tools.count == scores.count else { return [] }
            return zip(tools, scores).map { tool, score in
                let written = tool[1]
                let code = written == "IET" ? "EIT" : written
                return ToolScore(code: code, part: Int(tool[2]), score: score, codeAsWritten: written == code ? nil : written,
                                 where: scoreCell.provenance)
            }
        }
    }
}

/// The scores written in a score cell: its numbers in order (a header word before them, as
/// in `คะแนนรวม 100` when a header row merged into the first row, is passed over).
enum ScoreList {
    static func numbers(in text: String) -> [Double] {
        if let whole = ThaiNumber.whole(text) { return [whole] }
        return ThaiNumber.arabicDigits(text).allMatches(of: #"(?<![0-9.])([0-9]{1,3}(?:\.[0-9]+)?)(?![0-9.])"#)
            .compactMap { Double($0[1]) }
    }
}
