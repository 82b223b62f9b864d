import ReportLayout

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
        var findings: [ScoreFinding] = []
        for row in rows {
            findings += scores(in: row, columns: columns, sparseColumns: sparseColumns)
        }
        return findings
    }

    private func scores(in row: TableRow, columns: TableColumns, sparseColumns: Set<Int>) -> [ScoreFinding] {
        var labels: [(column: Int, cell: TableCell)] = []
        var numbers: [(column: Int, cell: TableCell, value: Double)] = []
        for (column, cell) in row.cells.enumerated() {
            let role = columns.role(column)
            if let value = ThaiNumber.whole(cell.text) {
                // Over 100 is kept where a score stands: ITA005 says it cannot be one.
                if role == nil || role!.mayHoldScore, (0..<1000).contains(value) { numbers.append((column, cell, value)) }
            } else if role == nil || role == .label, !cell.text.allSatisfy(\.isWhitespace) {
                labels.append((column, cell))
            }
        }
        guard !numbers.isEmpty, !labels.isEmpty else { return [] }
        // The most specific thing any label cell names; a row naming several of one kind
        // (rows run together in a table drawn without rulings) is paired in order.
        let numberAlone = !columns.hasHeader || columns.has(.score)
        let named = labels.compactMap { label in
            vocabulary.subject(in: label.cell.text, numberAlone: numberAlone && label.column == labels.first?.column).map { (label, $0) }
        }
        guard let (label, subject) = named.max(by: { $0.1.specificity < $1.1.specificity }) else {
            return runTogether(labels.first!.cell, numbers.last!.cell)
        }
        if case .indicator(let number) = subject {
            return indicatorRow(number, label: label.cell, numbers: numbers, columns: columns, sparseColumns: sparseColumns)
        }
        let scoreCell = numbers.first { columns.role($0.column) == .score } ?? numbers.last!
        if case .tool = subject, numbers.count == 1, let many = runTogetherTools(label.cell, scoreCell.cell) { return many }
        return [finding(subject, scoreCell.value, label: label.cell, at: scoreCell.cell)]
    }

    /// An indicator's row: its own score, and the score of its tool when the row holds one in
    /// a column for tools or a merged cell's column.
    private func indicatorRow(_ number: Int, label: TableCell, numbers: [(column: Int, cell: TableCell, value: Double)],
                              columns: TableColumns, sparseColumns: Set<Int>) -> [ScoreFinding] {
        let toolNumbers = numbers.filter { columns.role($0.column) == .toolScore || sparseColumns.contains($0.column) }
        let own = numbers.first { columns.role($0.column) == .score } ?? numbers.first { number in
            !toolNumbers.contains { $0.column == number.column }
        }
        var findings: [ScoreFinding] = []
        if let own { findings.append(finding(.indicator(number), own.value, label: label, at: own.cell)) }
        if let tool = toolNumbers.first(where: { $0.column != own?.column }),
           let code = vocabulary.framework.indicator(number)?.tool {
            findings.append(ScoreFinding(subject: .tool(code: code, part: nil), score: tool.value, where: tool.cell.provenance,
                                         nameAsWritten: label.text))
        }
        return findings
    }

    private func finding(_ subject: ScoreSubject, _ score: Double, label: TableCell, at cell: TableCell) -> ScoreFinding {
        var written = label.text
        var code: String?
        switch subject {
        case .indicator:
            written = vocabulary.indicator(in: label.text, numberAlone: true)?.name ?? label.text
        case .tool:
            if let tool = vocabulary.tool(in: label.text), tool.written != tool.code { code = tool.written }
        default: break
        }
        return ScoreFinding(subject: subject, score: score, where: cell.provenance, nameAsWritten: written, codeAsWritten: code,
                            nameWhere: label.provenance)
    }

    /// Rows run together into one (a table drawn without rulings): the numbered indicators in
    /// the first cell paired in order with the numbers of the last, when there are as many.
    private func runTogether(_ label: TableCell, _ scores: TableCell) -> [ScoreFinding] {
        let entries = IndicatorNames.numbered(in: label.text)
        let values = ScoreList.numbers(in: scores.text)
        guard entries.count > 1, entries.count == values.count else { return [] }
        return zip(entries, values).compactMap { entry, value in
            guard vocabulary.framework.indicator(entry.number) != nil else { return nil }
            return ScoreFinding(subject: .indicator(entry.number), score: value, where: scores.provenance, nameAsWritten: entry.name)
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
