import PDFText
import ThaiText

/// The rows a ruled row stacks without rulings between them: budget tables rule a group of
/// items once (a unit and its budget lines, an outcome and its indicators) and give each item
/// its own line of numbers. Where every column of numbers has a number on the same lines, each
/// of those lines starts a row; lines above the first number (the group's label) are a row of
/// their own. A cell whose numbers do not line up with the other columns' keeps the row whole,
/// and a number in brackets under another (a plan and, below it, its result: `80` then `( 80 )`)
/// belongs to the item above it.
///
/// One line of numbers starts a row only when the row's text does not merely centre on it: the
/// numbers stand off the middle of the row's lines (`offCentre`) and beside a line of text that
/// starts a paragraph of its own, indented differently from the line above it (`indent`): an
/// outcome over two lines, then its one indicator, indented, with the indicator's numbers. A
/// label wrapped over several lines with its numbers centred beside it stays one row.
struct StackedRows {
    /// Lines whose vertical midpoints are this close, in line heights, stand side by side.
    var lineTolerance: Double
    /// `LayoutSettings.stackedOffCentre`.
    var offCentre: Double = 0.5
    /// `LayoutSettings.stackedIndent`.
    var indent: Double = 0.5

    /// For each row it stacks, top to bottom, each column's lines; `cells` is each column's
    /// lines of one ruled row, top to bottom. One row, `cells` itself, when it stacks none.
    func split(_ cells: [[[TextCluster]]]) -> [[[[TextCluster]]]] {
        let numberColumns = cells.filter { !$0.isEmpty && $0.allSatisfy(Self.isNumber) }
            .map { $0.filter { !Self.isBracketed($0) } }.filter { !$0.isEmpty }
        guard let first = numberColumns.first, first.count >= 2 || first.count == 1 && startsItem(first[0], in: cells),
              numberColumns.allSatisfy({ column in
                  column.count == first.count && zip(column, first).allSatisfy { sideBySide($0, $1) }
              }) else { return [cells] }
        let starts = first.map { Self.band(of: $0) }
        let height = starts.map(\.height).min() ?? 0
        // The line each row starts at; a label above the first number starts one more.
        var tops = starts.map { $0.midY - lineTolerance * height }
        let above = cells.joined().contains { Self.band(of: $0).midY < tops[0] }
        if !above { tops[0] = -.infinity }
        let rows = (above ? [-Double.infinity] : []) + tops
        var result = [[[[TextCluster]]]](repeating: cells.map { _ in [] }, count: rows.count)
        for (column, lines) in cells.enumerated() {
            for line in lines {
                let midY = Self.band(of: line).midY
                let row = rows.lastIndex { $0 <= midY } ?? 0
                result[row][column].append(line)
            }
        }
        return result
    }

    /// Whether a row's only line of numbers starts an item of its own below a label: it stands
    /// off the middle of the row's lines, and beside a line of text indented differently from
    /// the line above it in its cell.
    private func startsItem(_ numbers: [TextCluster], in cells: [[[TextCluster]]]) -> Bool {
        let mids = cells.joined().map { Self.band(of: $0).midY }
        guard let low = mids.min(), let high = mids.max() else { return false }
        let numberBand = Self.band(of: numbers)
        for lines in cells where !lines.allSatisfy(Self.isNumber) {
            guard let index = lines.firstIndex(where: { sideBySide($0, numbers) }), index > 0 else { continue }
            let line = Self.band(of: lines[index]), above = Self.band(of: lines[index - 1])
            if abs(numberBand.midY - (low + high) / 2) > offCentre * line.height,
               abs(line.x0 - above.x0) > indent * line.height {
                return true
            }
        }
        return false
    }

    private func sideBySide(_ a: [TextCluster], _ b: [TextCluster]) -> Bool {
        let first = Self.band(of: a), second = Self.band(of: b)
        return abs(first.midY - second.midY) <= lineTolerance * min(first.height, second.height)
    }

    /// Where the highest letter of a row's cells starts.
    static func top(of cells: [[[TextCluster]]]) -> Double {
        cells.joined().joined().map(\.rect.y0).min() ?? 0
    }

    static func band(of line: [TextCluster]) -> Rect {
        line.dropFirst().reduce(line[0].rect) { $0.union($1.rect) }
    }

    /// A line that opens with a bracket: a result or a note under a number, not an item's own.
    static func isBracketed(_ line: [TextCluster]) -> Bool {
        line.first?.base?.scalar == "("
    }

    /// A line of digits (Arabic or Thai) and the signs around numbers, or a dash for none.
    static func isNumber(_ line: [TextCluster]) -> Bool {
        var digits = false
        for scalar in line.flatMap(\.scalars) {
            if ThaiCharacter.isDigit(scalar) {
                digits = true
            } else if !",.-()%".unicodeScalars.contains(scalar) && !ThaiCharacter.isWhitespace(scalar) {
                return false
            }
        }
        return digits || line.flatMap(\.scalars).contains("-")
    }
}
