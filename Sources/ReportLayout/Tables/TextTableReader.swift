import Foundation

/// Reads the tables of a report given as text, in the seed's format: a table row is a line
/// of tab-separated cells; a table broken by a page is written again from a repeated header
/// row, after blank lines; a row whose first cell is empty continues the row above; cells may
/// hold `<p>` markup for their paragraphs.
public struct TextTableReader: Sendable {
    public init() {}

    public func tables(in text: String) -> [Table] {
        var fragments: [TableFragment] = []
        var rows: [TableRow] = []
        var onlyBlankSinceFragment = false
        var lineNumber = 0
        func closeFragment() {
            guard !rows.isEmpty else { return }
            fragments.append(TableFragment(rows: rows, followsPrevious: onlyBlankSinceFragment && !fragments.isEmpty))
            rows = []
            onlyBlankSinceFragment = true
        }
        for line in TextLines.unixLineEnds(text).split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.contains("\t") {
                let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
                    .map { TableCell(text: Self.cellText(String($0)), line: lineNumber) }
                rows.append(TableRow(cells: cells))
            } else {
                closeFragment()
                if !line.allSatisfy(\.isWhitespace) { onlyBlankSinceFragment = false }
            }
        }
        closeFragment()
        return TableMerger().merge(fragments)
    }

    /// `<p>a</p> <p>b</p>` → "a\nb": paragraphs on their own lines, markup gone.
    static func cellText(_ raw: String) -> String {
        var text = raw.replacingOccurrences(of: "</p>", with: "\n").replacingOccurrences(of: "<p>", with: "\n")
        while text.contains("\n ") || text.contains(" \n") {
            text = text.replacingOccurrences(of: "\n ", with: "\n").replacingOccurrences(of: " \n", with: "\n")
        }
        return text.split(separator: "\n").map(String.init).joined(separator: "\n")
            .trimmingCharacters(in: .whitespaces)
    }
}
