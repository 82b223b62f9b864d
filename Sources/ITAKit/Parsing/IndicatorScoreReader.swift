import Foundation
import ReportLayout
import ThaiText

/// Reads the indicator scores: rows `7.ประสิทธิภาพการสื่อสาร | 98.81`. The indicator is known by
/// its number; its name as written is kept beside the framework's canonical one.
///
/// Rows merged into one (a table drawn without rulings) are paired in order, as for the tools:
/// the numbered names in the first cell with the numbers in the last, when there are as many.
struct IndicatorScoreReader {
    var framework: Framework

    func read(_ table: Table) -> [IndicatorScore] {
        table.rows.flatMap { row -> [IndicatorScore] in
            guard row.cells.count >= 2, let first = row.cells.first, let last = row.cells.last else { return [] }
            if let (number, name) = ThaiNumber.leadingNumber(first.text), let score = ThaiNumber.whole(last.text) {
                return indicator(number, name: name, score: score, where: last).map { [$0] } ?? []
            }
            let entries = Self.numberedNames(in: first.text)
            let scores = ScoreList.numbers(in: last.text)
            guard entries.count > 1, entries.count == scores.count else { return [] }
            return zip(entries, scores).compactMap { entry, score in indicator(entry.number, name: entry.name, score: score, where: last) }
        }
    }

    private func indicator(_ number: Int, name: String, score: Double, where cell: TableCell) -> IndicatorScore? {
        guard let definition = framework.indicator(number) else { return nil }
        return IndicatorScore(number: number, name: definition.name, nameAsWritten: name,
                              tool: definition.tool, score: score, where: cell.provenance)
    }

    /// `1.การปฏิบัติหน้าที่ 2.การใช้งบประมาณ …` → (1, การปฏิบัติหน้าที่), (2, การใช้งบประมาณ), …;
    /// a group heading between them (`แบบวัด… (IIT)`) is not part of a name.
    static func numberedNames(in text: String) -> [(number: Int, name: String)] {
        let digits = ThaiNumber.arabicDigits(text)
        return digits.allMatches(of: #"(?<![0-9.])([0-9]{1,2})\.\s*([^0-9(]+?)(?=\s*(?:[0-9]{1,2}\.|แบบ|$))"#).compactMap { match in
            Int(match[1]).map { ($0, match[2].trimmingCharacters(in: .whitespaces)) }
        }
    }
}
