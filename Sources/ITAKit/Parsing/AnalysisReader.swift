import ReportLayout

/// Reads the agency's analysis per indicator from the two-column table `ตัวชี้วัด | ผลการวิเคราะห์`.
/// A heading in the first column (`3.1 จุดแข็ง จำนวน 9 ตัวชี้วัด คือ`, `จุดอ่อน`) says whether
/// the indicators after it are strengths or weaknesses; a row may say so itself
/// (`9.การเปิดเผยข้อมูล (จุดอ่อนที่ต้องพัฒนา…)`).
struct AnalysisReader {
    /// The year's names, for a label OCR read whose number it garbled; nil: numbers only.
    var vocabulary: ScoreVocabulary?

    /// Whether a table holds the analysis: a column headed as such, in a table of up to three
    /// columns (a measures table also has one).
    static func holdsAnalysis(_ columns: TableColumns, in table: Table) -> Bool {
        columns.has(.analysis) && table.columnCount <= 3
    }

    func read(_ rows: ArraySlice<TableRow>) -> [Analysis] {
        var assessment: Analysis.Assessment?
        var result: [Analysis] = []
        for row in rows {
            guard row.cells.count >= 2, let first = row.cells.first else { continue }
            let own = Self.assessment(in: first.text)
            if let own, Self.isHeading(first.text) { assessment = own }
            guard let number = Self.indicatorNumber(in: first.text) ?? indicatorNamed(in: first) else { continue }
            let text = row.cells[1...].map(\.text).filter { !$0.isEmpty }.joined(separator: "\n")
            result.append(Analysis(indicator: number, assessment: own ?? assessment, text: text, where: row.cells[1].provenance,
                                   indicatorAsWritten: first.text, indicatorWhere: first.provenance))
        }
        return result
    }

    /// In text OCR read, the indicator the end of its label names when OCR garbled the number
    /// before it (`2.5 ใช้งบประมาณ` for 2.การใช้งบประมาณ, `9.15 เปิดเผยข้อขมูล`, a heading's
    /// `… คือ 1 การปฏิบัติหน้าที่`): the last words that name an indicator, with or without the
    /// number apart before them, else the last line's name read loosely.
    private func indicatorNamed(in label: TableCell) -> Int? {
        guard label.ocrConfidence != nil, let vocabulary else { return nil }
        let last = label.text.split(separator: "\n").last.map(String.init) ?? label.text
        let words = last.split(whereSeparator: \.isWhitespace)
        for count in stride(from: min(Self.wordsNamingAnIndicator, words.count), through: 1, by: -1) {
            if let found = vocabulary.indicator(in: words.suffix(count).joined(separator: " ")) { return found.number }
        }
        guard let numbered = last.firstRange(ofPattern: #"^[0-9๐-๙.\s]+"#) else { return nil }
        return vocabulary.closestIndicator(to: String(last[numbered.upperBound...]))
    }

    /// How many words at a label's end may make an indicator's number and name.
    static let wordsNamingAnIndicator = 3

    static func assessment(in text: String) -> Analysis.Assessment? {
        if text.contains("จุดอ่อน") { return .weakness }
        if text.contains("จุดแข็ง") { return .strength }
        return nil
    }

    /// A heading names a group of indicators (`จุดแข็ง จำนวน 9 ตัวชี้วัด`), not one of them.
    private static func isHeading(_ text: String) -> Bool {
        text.contains("จำนวน") || text.contains("ตัวชี้วัด") || indicatorNumber(in: text) == nil
            || text.firstRange(ofPattern: #"^\s*[0-9]+\.[0-9]"#) != nil
    }

    /// The last `N.` in the cell that is not part of a section number like `3.1`.
    static func indicatorNumber(in text: String) -> Int? {
        let digits = ThaiNumber.arabicDigits(text)
        let matches = digits.allMatches(of: #"(?<![0-9.])([0-9]{1,2})\.(?![0-9])"#)
        return matches.compactMap { Int($0[1]) }.last { (1...10).contains($0) }
    }
}
