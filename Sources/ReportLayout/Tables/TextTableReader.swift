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
            if line.unicodeScalars.contains("\t") {
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

    /// `<p>a</p> <p>b</p>` → "a\nb": paragraphs on their own lines, markup gone, spaces
    /// around each line and empty lines dropped. Read scalar by scalar: Foundation's string
    /// search folds Thai character clusters and cost a text report a quarter of its time.
    static func cellText(_ raw: String) -> String {
        let scalars = Array(raw.unicodeScalars)
        var lines: [String] = []
        var line = String.UnicodeScalarView()
        func endLine() {
            var trimmed = line[...]
            while trimmed.first == " " { trimmed = trimmed.dropFirst() }
            while trimmed.last == " " { trimmed = trimmed.dropLast() }
            if !trimmed.isEmpty { lines.append(String(trimmed)) }
            line = String.UnicodeScalarView()
        }
        var index = 0
        while index < scalars.count {
            if scalars[index] == "\n" {
                endLine()
                index += 1
            } else if let tag = paragraphTag(in: scalars, at: index) {
                endLine()
                index += tag
            } else {
                line.append(scalars[index])
                index += 1
            }
        }
        endLine()
        return lines.joined(separator: "\n").trimmingCharacters(in: .whitespaces)
    }

    private static let paragraphTags = ["<p>", "</p>"].map { Array($0.unicodeScalars) }

    /// The length of the `<p>` or `</p>` at `index`, or nil.
    private static func paragraphTag(in scalars: [Unicode.Scalar], at index: Int) -> Int? {
        guard scalars[index] == "<" else { return nil }
        return paragraphTags.first { scalars[index...].starts(with: $0) }?.count
    }
}
