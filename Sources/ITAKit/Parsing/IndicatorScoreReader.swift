import ReportLayout
import ThaiText

/// Reads the indicator scores: rows `7.ประสิทธิภาพการสื่อสาร | 98.81`. The indicator is known by
/// its number; its name as written is kept beside the framework's canonical one.
struct IndicatorScoreReader {
    var framework: Framework

    func read(_ table: Table) -> [IndicatorScore] {
        table.rows.compactMap { row in
            guard row.cells.count >= 2, let first = row.cells.first,
                  let (number, name) = ThaiNumber.leadingNumber(first.text),
                  let definition = framework.indicator(number),
                  let score = row.cells.last.flatMap({ ThaiNumber.whole($0.text) }) else { return nil }
            return IndicatorScore(number: number, name: definition.name, nameAsWritten: name,
                                  tool: definition.tool, score: score, where: (row.cells.last ?? first).provenance)
        }
    }
}
