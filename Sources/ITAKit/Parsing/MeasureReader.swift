import Foundation
import ReportLayout
import ThaiText

/// Reads the measures from a table whose columns say what each holds (`TableColumns`), in any
/// order and number: the indicator or the question it addresses (`1.การปฏิบัติหน้าที่`,
/// `i7 ท่านทราบข้อมูล…`), the score quoted, what the assessment found, the project or the way
/// the analysis is put into practice, the analysis, the steps, the period, the responsible
/// units and the follow-up. A row addressing questions takes its indicator from the first one.
struct MeasureReader {
    var vocabulary: ScoreVocabulary
    var dates = ThaiDateParser()
    var units = ResponsibleUnitSplitter()

    /// Whether a table holds measures: a column for their period or their responsible units.
    static func holdsMeasures(_ columns: TableColumns) -> Bool {
        columns.has(.period) || columns.has(.responsible)
    }

    func read(_ table: Table, columns: TableColumns) -> [Measure] {
        let labelColumn = columns.column(.label) ?? 0
        let body = Self.labelsJoined(columns.bodyRows(of: table), labelColumn: labelColumn)
        // A period's heading may be lost (stacked in a narrow column above the others); its
        // dates still say which column it is.
        let periodColumn = columns.column(.period) ?? dateColumn(in: body, besides: [labelColumn, columns.column(.responsible)])
        // So may the responsible units' (OCR garbles a heading stacked word by word); their
        // names still say which column it is.
        let responsibleColumn = columns.column(.responsible)
            ?? unitColumn(in: body, columns: columns, besides: [labelColumn, periodColumn])
        return body.compactMap { row in
            func cell(_ role: ColumnRole) -> TableCell? {
                let found = switch role {
                case .period: periodColumn
                case .responsible: responsibleColumn
                default: columns.column(role)
                }
                guard let position = found, position < row.cells.count else { return nil }
                return row.cells[position]
            }
            func text(_ role: ColumnRole) -> String { cell(role)?.text ?? "" }
            guard labelColumn < row.cells.count else { return nil }
            let label = row.cells[labelColumn]
            let items = vocabulary.items(in: label.text)
            guard let indicator = (items.isEmpty ? indicatorNamed(in: label) : nil)
                    ?? AnalysisReader.indicatorNumber(in: label.text).flatMap({ items.isEmpty ? $0 : nil })
                    ?? vocabulary.indicator(in: label.text)?.number
                    ?? items.first.flatMap(vocabulary.itemIndicator) else { return nil }
            let periodText = text(.period)
            let range = try? dates.period(in: periodText)
            let findings = text(.findings), followUp = text(.followUp)
            return Measure(indicator: indicator, items: items,
                           scoreQuoted: cell(.score).flatMap { Self.quotedScore(in: $0.text) },
                           activity: text(.activity), analysis: text(.analysis),
                           findings: findings.isEmpty ? nil : findings,
                           steps: Self.steps(text(.steps)),
                           period: Period(text: periodText, start: range?.start?.iso, end: range?.end?.iso,
                                          where: cell(.period)?.provenance),
                           responsible: units.split(text(.responsible)),
                           followUp: followUp.isEmpty ? nil : followUp,
                           where: label.provenance, indicatorAsWritten: label.text,
                           responsibleAsWritten: cell(.responsible)?.text, responsibleWhere: cell(.responsible)?.provenance)
        }
    }

    /// In text OCR read, the indicator a label names by its name, whatever number stands before
    /// it: OCR misreads a digit (`4.` as `1.`) far more readily than a whole name.
    /// A name stacked letter by letter in a narrow column, which OCR garbles (`รประสิทธิภาพ
    /// การสื่อสาร`), is read loosely (`ScoreVocabulary.closestIndicator`).
    private func indicatorNamed(in label: TableCell) -> Int? {
        guard label.ocrConfidence != nil else { return nil }
        var name = label.text
        if let numbered = name.firstRange(ofPattern: #"^\s*[0-9๐-๙]{1,2}\s*[.)]?\s*"#) { name = String(name[numbered.upperBound...]) }
        if let byName = vocabulary.indicator(in: name), byName.name.unicodeScalars.count >= Self.shortestNameTaken { return byName.number }
        return vocabulary.closestIndicator(to: name.replacingOccurrences(of: "\n", with: ""))
    }

    /// A name shorter than this (in scalars) is not taken over its number: too little to be sure.
    static let shortestNameTaken = 8

    /// A row with nothing but its label is no measure: it is the rest of the label above,
    /// wrapped or cut into a row of its own (a measure for `I7` and `I8`, the second question
    /// on a line the table read as a row). Its label joins the row above's.
    static func labelsJoined(_ rows: ArraySlice<TableRow>, labelColumn: Int) -> ArraySlice<TableRow> {
        var joined: [TableRow] = []
        for row in rows {
            let labelOnly = labelColumn < row.cells.count && !row.cells[labelColumn].text.allSatisfy(\.isWhitespace)
                && row.cells.indices.allSatisfy { $0 == labelColumn || row.cells[$0].text.allSatisfy(\.isWhitespace) }
            if labelOnly, var last = joined.last, labelColumn < last.cells.count {
                last.cells[labelColumn].text += "\n" + row.cells[labelColumn].text
                joined[joined.count - 1] = last
            } else {
                joined.append(row)
            }
        }
        return joined[...]
    }

    /// The column whose cells give a period (a start and an end) in most rows, when exactly one
    /// does: at least `datedShare` of the rows.
    private func dateColumn(in rows: ArraySlice<TableRow>, besides others: [Int?]) -> Int? {
        guard !rows.isEmpty else { return nil }
        var dated: [Int: Int] = [:]
        for row in rows {
            for (column, cell) in row.cells.enumerated() where !others.contains(column) {
                guard ThaiNumber.arabicDigits(cell.text).contains(where: \.isNumber),
                      let period = try? dates.period(in: cell.text), period.start != nil, period.end != nil else { continue }
                dated[column, default: 0] += 1
            }
        }
        let columns = dated.filter { Double($0.value) >= Self.datedShare * Double(rows.count) }.map(\.key)
        return columns.count == 1 ? columns[0] : nil
    }

    /// The one column without a known heading whose cells start with a unit's name in at least
    /// `datedShare` of the rows.
    private func unitColumn(in rows: ArraySlice<TableRow>, columns: TableColumns, besides others: [Int?]) -> Int? {
        guard !rows.isEmpty else { return nil }
        var named: [Int: Int] = [:]
        for row in rows {
            for (column, cell) in row.cells.enumerated() where !others.contains(column) && columns.role(column) == nil {
                if units.startsWithUnit(cell.text) { named[column, default: 0] += 1 }
            }
        }
        let found = named.filter { Double($0.value) >= Self.datedShare * Double(rows.count) }.map(\.key)
        return found.count == 1 ? found[0] : nil
    }

    /// `dateColumn(in:besides:)`'s and `unitColumn`'s share of rows. Default 0.5.
    static let datedShare = 0.5

    /// The first number of the score cell that is not a question's code (`i7 80.54`).
    static func quotedScore(in text: String) -> Double? {
        ThaiNumber.arabicDigits(text).firstMatch(of: #"(?<![A-Za-z0-9.])([0-9]{1,3}(?:\.[0-9]{1,2})?)(?![0-9])"#).flatMap { Double($0[1]) }
    }

    /// Steps split on their numbering (`1.จัดให้มี… 2.จัดทำ…`) or on dashes at line starts.
    private static let stepMark = try? NSRegularExpression(pattern: #"(?:^|(?<=\s))(?:[0-9]{1,2}\.(?![0-9])|-\s*)"#, options: [.anchorsMatchLines])

    static func steps(_ text: String) -> [String] {
        let marked = ThaiNumber.arabicDigits(text)
        guard let regex = stepMark else { return [text] }
        let starts = regex.matches(in: marked, range: NSRange(marked.startIndex..., in: marked))
            .compactMap { Range($0.range, in: marked)?.lowerBound }
        guard starts.count > 1 else {
            let whole = text.trimmingWhitespaceAndNewlines()
            return whole.isEmpty ? [] : [whole]
        }
        // The digits were only made Arabic to find the marks: cut the original text at the
        // same offsets (each Thai digit is one Character, like its Arabic one).
        let offsets = starts.map { marked.distance(from: marked.startIndex, to: $0) }
        var pieces: [String] = []
        let characters = Array(text)
        let bounds = (offsets.first == 0 ? offsets : [0] + offsets) + [characters.count]
        for (from, to) in zip(bounds, bounds.dropFirst()) {
            let piece = String(characters[from..<to]).trimmingWhitespaceAndNewlines()
            if !piece.isEmpty { pieces.append(piece.replacingScalar("\n", with: " ")) }
        }
        return pieces
    }
}
