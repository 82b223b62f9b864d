import Foundation
import ReportLayout
import ThaiText

/// Reads the measures from the table `ตัวชี้วัด | โครงการ/กิจกรรม | ผลการวิเคราะห์… | ขั้นตอน… |
/// ระยะเวลา… | ผู้รับผิดชอบ`. Columns are found by their headers, so their order may differ.
struct MeasureReader {
    var dates = ThaiDateParser()
    var units = ResponsibleUnitSplitter()

    func read(_ table: Table) -> [Measure] {
        guard let header = table.rows.first else { return [] }
        let columns = MeasureColumns(header: header)
        return table.rows.dropFirst().compactMap { row in
            func text(_ column: MeasureColumns.Column) -> String { columns.cell(column, of: row)?.text ?? "" }
            guard let indicator = columns.cell(.indicator, of: row),
                  let number = AnalysisReader.indicatorNumber(in: indicator.text) else { return nil }
            let periodText = text(.period)
            let range = try? dates.period(in: periodText)
            return Measure(indicator: number, activity: text(.activity), analysis: text(.analysis),
                           steps: Self.steps(text(.steps)),
                           period: Period(text: periodText, start: range?.start?.iso, end: range?.end?.iso),
                           responsible: units.split(text(.responsible)),
                           where: indicator.provenance)
        }
    }

    /// Steps split on their numbering (`1.จัดให้มี… 2.จัดทำ…`) or on dashes at line starts.
    private static let stepMark = try? NSRegularExpression(pattern: #"(?:^|(?<=\s))(?:[0-9]{1,2}\.(?![0-9])|-\s*)"#, options: [.anchorsMatchLines])

    static func steps(_ text: String) -> [String] {
        let marked = ThaiNumber.arabicDigits(text)
        guard let regex = stepMark else { return [text] }
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
