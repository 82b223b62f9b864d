import Foundation
import ReportLayout
import ThaiText

/// Reads the measures from the table `ตัวชี้วัด | โครงการ/กิจกรรม | ผลการวิเคราะห์… | ขั้นตอน… |
/// ระยะเวลา… | ผู้รับผิดชอบ`. Columns are found by their headers, so their order may differ.
struct MeasureReader {
    var dates = ThaiDateParser()
    var units = ResponsibleUnitSplitter()

    private enum Column { case indicator, activity, analysis, steps, period, responsible }

    func read(_ table: Table) -> [Measure] {
        guard let header = table.rows.first else { return [] }
        var columns: [Column: Int] = [:]
        for (index, cell) in header.cells.enumerated() {
            let text = cell.text.filter { !$0.isWhitespace }
            let column: Column? =
                text.contains("ผู้รับผิดชอบ") ? .responsible :
                text.contains("ระยะเวลา") ? .period :
                text.contains("ขั้นตอน") || text.contains("วิธีการ") ? .steps :
                text.contains("ผลการวิเคราะห์") ? .analysis :
                text.contains("โครงการ") || text.contains("กิจกรรม") || text.contains("มาตรการ") ? .activity :
                text.contains("ตัวชี้วัด") ? .indicator : nil
            if let column, columns[column] == nil { columns[column] = index }
        }
        let indicatorColumn = columns[.indicator] ?? 0
        return table.rows.dropFirst().compactMap { row in
            func cell(_ column: Column) -> String {
                guard let index = columns[column], index < row.cells.count else { return "" }
                return row.cells[index].text
            }
            guard indicatorColumn < row.cells.count,
                  let number = AnalysisReader.indicatorNumber(in: row.cells[indicatorColumn].text) else { return nil }
            let periodText = cell(.period)
            let range = try? dates.period(in: periodText)
            return Measure(indicator: number, activity: cell(.activity), analysis: cell(.analysis),
                           steps: Self.steps(cell(.steps)),
                           period: Period(text: periodText, start: range?.start?.iso, end: range?.end?.iso),
                           responsible: units.split(cell(.responsible)),
                           where: row.cells[indicatorColumn].provenance)
        }
    }

    /// Steps split on their numbering (`1.จัดให้มี… 2.จัดทำ…`) or on dashes at line starts.
    static func steps(_ text: String) -> [String] {
        let marked = ThaiNumber.arabicDigits(text)
        guard let regex = try? NSRegularExpression(pattern: #"(?:^|(?<=\s))(?:[0-9]{1,2}\.(?![0-9])|-\s*)"#, options: [.anchorsMatchLines]) else { return [text] }
        let starts = regex.matches(in: marked, range: NSRange(marked.startIndex..., in: marked))
            .compactMap { Range($0.range, in: marked)?.lowerBound }
        guard starts.count > 1 else {
            let whole = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return whole.isEmpty ? [] : [whole]
        }
        // The digits were only made Arabic to find the marks: cut the original text at the
        // same offsets (each Thai digit is one Character, like its Arabic one).
        let offsets = starts.map { marked.distance(from: marked.startIndex, to: $0) }
        var pieces: [String] = []
        let characters = Array(text)
        let bounds = (offsets.first == 0 ? offsets : [0] + offsets) + [characters.count]
        for (from, to) in zip(bounds, bounds.dropFirst()) {
            let piece = String(characters[from..<to]).trimmingCharacters(in: .whitespacesAndNewlines)
            if !piece.isEmpty { pieces.append(piece.replacingOccurrences(of: "\n", with: " ")) }
        }
        return pieces
    }
}
