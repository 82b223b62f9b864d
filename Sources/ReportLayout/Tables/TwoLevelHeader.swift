import PDFText
import ThaiText

/// A ruled table's header drawn in two rows: cells of its first row reach down over the second
/// (`rowspan`: `ตัวชี้วัด`, `ผู้รับผิดชอบ`), and the second row's cells stand only under the first
/// row's other cells, each under one of its own width (a long heading's second line set in a
/// row of its own: `ผลการวิเคราะห์ตัวชี้วัดตาม` over `หลักเกณฑ์การประเมิน ITA`). Both rows are one
/// header row, each column's text the upper cell's then the lower's: the table then has one
/// header however the pages repeat it, and each column's heading is whole. A grouped heading
/// (one cell over several columns, their headings under it) keeps its two rows.
///
/// Only words: a row of numbers or numbered items under a cell drawn over several rows is an
/// item of a group (a unit over its budget lines), not a header.
struct TwoLevelHeader {
    var table: RuledTable

    /// `first` and `second` (the table's first two rows) as one row, or nil when they are not
    /// a header in two rows.
    func joined(_ first: TextLine, _ second: TextLine) -> TextLine? {
        let columns = table.columns.count - 1
        guard table.rowEdges.count > 3, first.segments.count == columns, second.segments.count == columns else { return nil }
        let reachesDown = (0..<columns).map { column in
            !first.segments[column].lines.isEmpty
                && table.drawnRect(row: 0, column: column).y1 > table.rowEdges[2] - table.tolerance
        }
        guard reachesDown.contains(true),
              second.segments.contains(where: { !$0.lines.isEmpty }),
              !zip(second.segments, reachesDown).contains(where: { !$0.lines.isEmpty && $1 }),
              // Each lower cell under an upper cell of its own width: a long heading's second
              // line. Under a cell drawn over several columns, the lower cells are the levels of
              // a grouped heading (`ค่าเป้าหมาย` over its years), rows of their own.
              (0..<columns).allSatisfy({ column in
                  second.segments[column].lines.isEmpty
                      || !first.segments[column].lines.isEmpty
                      && table.drawnRect(row: 0, column: column).x1 <= table.columns[column + 1] + table.tolerance
              }),
              !(first.segments + second.segments).contains(where: { Self.isItemOrNumber($0.text) }) else { return nil }
        var joined = first
        for column in 0..<columns where !second.segments[column].lines.isEmpty {
            joined.segments[column].lines += second.segments[column].lines
            joined.segments[column].rect = joined.segments[column].rect.union(second.segments[column].rect)
        }
        joined.rect = first.rect.union(second.rect)
        return joined
    }

    /// A cell that starts with a number (`1.`, `98.71`, `๒)`) or a row code: an item, not a heading.
    private static func isItemOrNumber(_ text: String) -> Bool {
        let scalars = text.unicodeScalars.drop { ThaiCharacter.isWhitespace($0) || $0 == "(" }
        return scalars.first.map(ThaiCharacter.isDigit) ?? false || TableContinuation.startsWithRowCode(text)
    }
}
