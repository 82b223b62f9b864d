import ReportLayout
import ThaiText

/// Reads the scores of a table by meaning: each row that names a thing of the year (in any of
/// its label cells) and holds a number where a score may stand gives that thing's score. The
/// table's shape does not matter: how many columns, a header or none, the tool named in the row
/// or only implied by the grouping of its indicators, with its score in a cell merged down
/// beside them (`ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ | 96.81 | 92.31`).
///
/// Numbers under headings that say they are not this year's score (last year's, the change,
/// the pass mark, ranks, counts) are never taken.
struct TableScoreReader {
    var vocabulary: ScoreVocabulary

    func scores(in table: Table, columns: TableColumns) -> [ScoreFinding] {
        let rows = columns.bodyRows(of: table)
        // Without a header, a second column of numbers filled on fewer rows than the first is
        // a merged cell's: each of its numbers is the score of the tool of the row's indicator.
        let sparseColumns = Self.sparseNumberColumns(rows, columns: columns)
        let ordinals = Self.ordinalColumns(rows)
        var findings: [ScoreFinding] = []
        for row in rows {
            findings += scores(in: row, columns: columns, sparseColumns: sparseColumns, ordinals: ordinals)
        }
        return withoutNumberedChapters(findings)
    }

    /// Rows taken for indicators by their number alone (`2. | …` before a name the year does
    /// not know) are a score table's rows with a name written wrong only when most of the
    /// table's indicators are named as indicators: in a table of contents (`1. บทนำ | 1`,
    /// `2. วิสัยทัศน์ | 3`), none is, and its numbers are chapters and pages.
    private func withoutNumberedChapters(_ findings: [ScoreFinding]) -> [ScoreFinding] {
        let indicators = findings.filter { if case .indicator = $0.subject { true } else { false } }
        let unnamed = indicators.filter { !vocabulary.isIndicatorName($0.nameAsWritten) }
        guard !unnamed.isEmpty, unnamed.count * 2 > indicators.count else { return findings }
        return findings.filter { finding in !unnamed.contains(finding) }
    }

    private func scores(in row: TableRow, columns: TableColumns, sparseColumns: Set<Int>, ordinals: Set<Int>) -> [ScoreFinding] {
        var labels: [(column: Int, cell: TableCell)] = []
        var numbers: [(column: Int, cell: TableCell, value: Double)] = []
        for (column, cell) in row.cells.enumerated() {
            let role = columns.role(column)
            if ordinals.contains(column) { continue }
            if let value = ThaiNumber.whole(cell.text) {
                // Over 100 is kept where a score stands: ITA005 says it cannot be one.
                if role == nil || role!.mayHoldScore, (0..<1000).contains(value) { numbers.append((column, cell, value)) }
            } else if role == nil || role == .label || (role == .score && cell.text.unicodeScalars.contains(where: ThaiCharacter.isConsonant)),
                      !cell.text.allSatisfy(\.isWhitespace) {
                // Words under a score's heading: the columns of a table drawn without rulings ran
                // together, names and scores in one cell.
                labels.append((column, cell))
            }
        }
        guard !labels.isEmpty else { return [] }
        // A row with no number where a score may stand gives nothing (most rows of a measures
        // or an analysis table): told before any name is looked for.
        let numbersOnly = row.cells.indices.filter { column in
            let role = columns.role(column)
            return (role == nil || role!.mayHoldScore) && !ordinals.contains(column)
                && Self.holdsOnlyNumbers(row.cells[column].text) && !row.cells[column].text.allSatisfy(\.isWhitespace)
        }
        guard !numbers.isEmpty || !numbersOnly.isEmpty else {
            let joined = labels.map(\.cell.text).joined(separator: " ")
            guard Self.numberRuns(in: joined) > 1 else { return [] }
            return inlineScores(in: joined, label: labels.last!.cell)
        }
        // The most specific thing a label cell names; failing that, what the label cells name
        // together (a layout that split `ตัวชี้วัดที่ | 7 | ประสิทธิภาพการสื่อสาร` into cells).
        let numberAlone = !columns.hasHeader || columns.has(.score)
        var named = labels.compactMap { label in
            vocabulary.named(in: label.cell.text, numberAlone: numberAlone && label.column == labels.first?.column).map { (label.cell, $0, label.column) }
        }
        var joined = labels[0].cell
        joined.text = labels.map(\.cell.text).joined(separator: " ")
        // Several indicators in the label, each by its number and its name: rows run together.
        if Self.numberRuns(in: joined.text) > 1, runTogetherIndicators(in: joined.text).count > 1 {
            return runTogether(joined, row: row, columns: columns, sparseColumns: sparseColumns)
        }
        if named.isEmpty, labels.count > 1, let whole = vocabulary.named(in: joined.text, numberAlone: numberAlone) {
            named = [(joined, whole, labels[0].column)]
        }
        guard let (label, name, labelColumn) = named.max(by: { $0.1.subject.specificity < $1.1.subject.specificity }) else {
            return runTogether(joined, row: row, columns: columns, sparseColumns: sparseColumns)
        }
        // A score follows what it scores: a number before the label (a row's number the
        // table's few rows did not show as one) is not its score, unless headed as one.
        numbers.removeAll { $0.column < labelColumn && columns.role($0.column) != .score }
        let subject = name.subject
        if case .indicator(let number) = subject, numbers.isEmpty, let column = columns.column(.score), column < row.cells.count,
           Self.holdsOnlyNumbers(row.cells[column].text) {
            // Its score and its tool's run together in one cell (`92.80 90.97`): the columns of a
            // table drawn without rulings came out as one.
            return twoScores(number, label: label, name: name, cell: row.cells[column])
        }
        guard !numbers.isEmpty else { return [] }
        if case .indicator(let number) = subject {
            return indicatorRow(number, label: label, name: name, numbers: numbers, columns: columns, sparseColumns: sparseColumns)
        }
        let scoreCell = numbers.first { columns.role($0.column) == .score } ?? numbers.last!
        if case .tool = subject, numbers.count == 1, let many = runTogetherTools(label, scoreCell.cell) { return many }
        return [finding(name, scoreCell.value, label: label, at: scoreCell.cell)]
    }

    /// An indicator's row: its own score, and the score of its tool when the row holds one in
    /// a column for tools or a merged cell's column.
    private func indicatorRow(_ number: Int, label: TableCell, name: ScoreVocabulary.Named, numbers: [(column: Int, cell: TableCell, value: Double)],
                              columns: TableColumns, sparseColumns: Set<Int>) -> [ScoreFinding] {
        let toolNumbers = numbers.filter { columns.role($0.column) == .toolScore || sparseColumns.contains($0.column) }
        let own = numbers.first { columns.role($0.column) == .score } ?? numbers.first { number in
            !toolNumbers.contains { $0.column == number.column }
        }
        var findings: [ScoreFinding] = []
        if let own { findings.append(finding(name, own.value, label: label, at: own.cell)) }
        if let tool = toolNumbers.first(where: { $0.column != own?.column }),
           let code = vocabulary.framework.indicator(number)?.tool {
            findings.append(ScoreFinding(subject: .tool(code: code, part: nil), score: tool.value, where: tool.cell.provenance,
                                         nameAsWritten: label.text))
        }
        return findings
    }

    private func twoScores(_ number: Int, label: TableCell, name: ScoreVocabulary.Named, cell: TableCell) -> [ScoreFinding] {
        let values = ScoreList.numbers(in: cell.text)
        guard (1...2).contains(values.count), let code = vocabulary.framework.indicator(number)?.tool else { return [] }
        var findings = [finding(name, values[0], label: label, at: cell)]
        if values.count == 2 {
            findings.append(ScoreFinding(subject: .tool(code: code, part: nil), score: values[1], where: cell.provenance, nameAsWritten: label.text))
        }
        return findings
    }

    private func finding(_ named: ScoreVocabulary.Named, _ score: Double, label: TableCell, at cell: TableCell) -> ScoreFinding {
        // A question's row keeps its whole label as written; an indicator its name, a tool its slip.
        let written = if case .indicator = named.subject { named.name } else { label.text }
        return ScoreFinding(subject: named.subject, score: score, where: cell.provenance, nameAsWritten: written,
                            codeAsWritten: named.codeAsWritten, nameWhere: label.provenance)
    }

    /// Rows run together into one (a table drawn without rulings): the numbered indicators of
    /// the label cells paired in order with the numbers of the score cell, when there are as
    /// many; a number in the tools' column is their tool's, when they share one.
    private func runTogether(_ label: TableCell, row: TableRow, columns: TableColumns, sparseColumns: Set<Int>) -> [ScoreFinding] {
        let entries = runTogetherIndicators(in: label.text)
        guard entries.count > 1 else { return [] }
        let cells = Array(row.cells.enumerated())
        // The score cell holds numbers only, in a column where scores may stand.
        let scoreColumn = columns.column(.score) ?? cells.first { column, cell in
            columns.role(column) == nil && !sparseColumns.contains(column) && Self.holdsOnlyNumbers(cell.text)
                && ScoreList.numbers(in: cell.text).count == entries.count
        }?.offset
        guard let scoreColumn, scoreColumn < row.cells.count, Self.holdsOnlyNumbers(row.cells[scoreColumn].text) else {
            return inlineScores(in: label.text, label: label)
        }
        let scores = row.cells[scoreColumn]
        var values = ScoreList.numbers(in: scores.text)
        if values.count == entries.count + 1, let (tool, index) = toolAmong(values, entries: entries) {
            // The tool's score, merged down beside its indicators, came out among theirs.
            let value = values.remove(at: index)
            return zip(entries, values).map { entry, value in
                ScoreFinding(subject: .indicator(entry.number), score: value, where: scores.provenance, nameAsWritten: entry.name,
                             nameWhere: label.provenance)
            } + [ScoreFinding(subject: .tool(code: tool, part: nil), score: value, where: scores.provenance, nameAsWritten: label.text)]
        }
        guard entries.count == values.count else { return [] }
        var findings = zip(entries, values).map { entry, value in
            ScoreFinding(subject: .indicator(entry.number), score: value, where: scores.provenance, nameAsWritten: entry.name,
                         nameWhere: label.provenance)
        }
        let tools = Set(entries.compactMap { vocabulary.framework.indicator($0.number)?.tool })
        if tools.count == 1, let code = tools.first,
           let tool = cells.first(where: { (columns.role($0.offset) == .toolScore || sparseColumns.contains($0.offset)) && $0.offset != scoreColumn }),
           let value = ThaiNumber.whole(tool.element.text) {
            findings.append(ScoreFinding(subject: .tool(code: code, part: nil), score: value, where: tool.element.provenance,
                                         nameAsWritten: label.text))
        }
        return findings
    }

    /// Rows whose columns ran together too: each indicator's score written after its name in
    /// one text (`1 การปฏิบัติหน้าที่ 95.51 2 การใช้งบประมาณ 91.94`), a score with its decimals.
    private func inlineScores(in text: String, label: TableCell) -> [ScoreFinding] {
        let digits = ThaiNumber.arabicDigits(text).replacingOccurrences(of: "ตัวชี้วัดที่", with: " ")
        let pattern = #"(?<![0-9.])([0-9]{1,2})(?:\.|\s)\s*([^0-9(]+?)\s*([0-9]{1,3}\.[0-9]{1,2})(?=\s|$)"#
        return digits.allMatches(of: pattern).compactMap { match in
            let name = match[2].trimmingCharacters(in: .whitespaces)
            // Only the name between the number and the score: nothing else is read so loosely.
            guard let number = Int(match[1]), let value = Double(match[3]),
                  vocabulary.framework.indicator(named: name)?.number == number else { return nil }
            return ScoreFinding(subject: .indicator(number), score: value, where: label.provenance,
                                nameAsWritten: name, nameWhere: label.provenance)
        }
    }

    /// When the indicators are all those of one tool whose score is their mean: the one value
    /// among `values` that is the mean of the others (within 0.01), the tool's score that a
    /// merged cell put among its indicators'; nil when none or several are.
    private func toolAmong(_ values: [Double], entries: [(number: Int, name: String)]) -> (code: String, index: Int)? {
        let framework = vocabulary.framework
        let tools = Set(entries.compactMap { framework.indicator($0.number)?.tool })
        guard tools.count == 1, let code = tools.first, let tool = framework.tool(code), tool.scoreIsMeanOfIndicators,
              Set(tool.indicatorNumbers) == Set(entries.map(\.number)) else { return nil }
        let candidates = values.indices.filter { index in
            var others = values
            others.remove(at: index)
            return abs(others.reduce(0, +) / Double(others.count) - values[index]) <= Self.meanTolerance
        }
        guard candidates.count == 1 else { return nil }
        return (code, candidates[0])
    }

    /// How far a printed mean of two-decimal scores may be from the mean of the printed scores.
    static let meanTolerance = 0.01 + 1e-9

    /// The numbered indicators of a label whose names are theirs.
    private func runTogetherIndicators(in text: String) -> [(number: Int, name: String)] {
        IndicatorNames.numbered(in: text).filter { entry in
            vocabulary.indicator(in: "\(entry.number). \(entry.name)")?.number == entry.number
        }
    }

    /// Tools run together into one row: each tool code of the first cell with the numbers of
    /// the score cell in order, when there are as many of each.
    private func runTogetherTools(_ label: TableCell, _ scores: TableCell) -> [ScoreFinding]? {
        let tools = ThaiNumber.arabicDigits(label.text).allMatches(of: #"\((IIT|EIT|OIT|IET)\)\s*(?:ส่วนที่\s*([12]))?"#)
        let values = ScoreList.numbers(in: scores.text)
        guard tools.count > 1, tools.count == values.count else { return nil }
        return zip(tools, values).compactMap { tool, value in
            guard let code = vocabulary.framework.tool(tool[1])?.code else { return nil }
            return ScoreFinding(subject: .tool(code: code, part: Int(tool[2])), score: value, where: scores.provenance,
                                nameAsWritten: tool[0], codeAsWritten: tool[1] == code ? nil : tool[1])
        }
    }

    /// How many runs of digits a text holds: a label naming several indicators by number has two.
    private static func numberRuns(in text: String) -> Int {
        var runs = 0, inRun = false
        for scalar in text.unicodeScalars {
            let digit = ThaiCharacter.isDigit(scalar)
            if digit && !inRun { runs += 1 }
            inRun = digit
        }
        return runs
    }

    /// Whether the text is numbers and spaces only (`90.00 92.31`); stops at its first letter.
    private static func holdsOnlyNumbers(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            ThaiCharacter.isDigit(scalar) || scalar == "." || ThaiCharacter.isWhitespace(scalar)
        }
    }

    /// Columns that number the rows (1, 2, 3 … in order, whole numbers only): not scores.
    static func ordinalColumns(_ rows: ArraySlice<TableRow>) -> Set<Int> {
        var values: [Int: [Double]] = [:]
        for row in rows {
            for (column, cell) in row.cells.enumerated() {
                if let value = ThaiNumber.whole(cell.text), !cell.text.contains(".") { values[column, default: []].append(value) }
            }
        }
        return Set(values.filter { _, numbers in
            numbers.count >= 2 && numbers[0] <= 2 && zip(numbers, numbers.dropFirst()).allSatisfy { $1 == $0 + 1 }
        }.map(\.key))
    }

    /// Columns of numbers, other than the first, filled on fewer rows than the first: merged
    /// cells, one number beside several rows. Only where no header says what the columns hold.
    static func sparseNumberColumns(_ rows: ArraySlice<TableRow>, columns: TableColumns) -> Set<Int> {
        guard !columns.has(.score), !columns.has(.toolScore) else { return [] }
        var counts: [Int: Int] = [:]
        for row in rows {
            for (column, cell) in row.cells.enumerated() where ThaiNumber.whole(cell.text) != nil {
                counts[column, default: 0] += 1
            }
        }
        guard let first = counts.keys.min(), let most = counts[first] else { return [] }
        return Set(counts.filter { $0.key != first && $0.value < most }.map(\.key))
    }
}
