import PDFText

/// A table drawn with rulings: the y of each horizontal rule, for each row the x of each
/// vertical rule that crosses it (rows of merged cells have fewer), and which stretches of each
/// inner horizontal edge are ruled (a cell over several rows has no rule across it).
///
/// Every row is read onto one grid, `columns`: the table's columns, as many in each row. A
/// cell drawn over several columns or rows belongs to the grid cell at its top left; the grid
/// cells it covers stay empty, as a spreadsheet writes merged cells.
public struct RuledTable: Equatable, Sendable {
    public var rect: Rect
    /// Top to bottom; row `i` lies between `rowEdges[i]` and `rowEdges[i + 1]`.
    public var rowEdges: [Double]
    /// For each row, left to right; the cell drawn `j`th lies between `columnEdges[row][j]` and
    /// the next.
    public var columnEdges: [[Double]]
    /// Every column edge of the table, left to right: grid column `j` lies between `columns[j]`
    /// and the next.
    public var columns: [Double]
    /// For each row edge, the x ranges its horizontal rules cover.
    public var ruledStretches: [[ClosedRange<Double>]]
    /// How far apart two edges may be and still be one.
    public var tolerance: Double
    /// The column edges were read from the gaps in the text (`HorizontalRuleTableFinder`): a
    /// page shows only the gaps its own text leaves, so they may differ from page to page.
    var columnsFromText = false
    /// Then the gaps between its columns that its text leaves open, left to right.
    var textChannels: [ClosedRange<Double>] = []

    public init(rect: Rect, rowEdges: [Double], columnEdges: [[Double]], columns: [Double],
                ruledStretches: [[ClosedRange<Double>]], tolerance: Double) {
        self.rect = rect
        self.rowEdges = rowEdges
        self.columnEdges = columnEdges
        self.columns = columns
        self.ruledStretches = ruledStretches
        self.tolerance = tolerance
    }

    /// The grid row and column of the cell a point lies in, if it lies in the table: the top
    /// left of the drawn cell, when that cell covers several. A point in a row that is ruled
    /// only in part (a box under one column) and outside its ruled cells lies in the grid
    /// column under it.
    func cell(at x: Double, _ y: Double) -> (row: Int, column: Int)? {
        guard var row = Self.band(of: y, in: rowEdges), Self.band(of: x, in: columns) != nil else { return nil }
        var drawn = drawnCell(at: x, row: row)
        while row > 0, !isRuled(edge: row, at: (drawn.lowerBound + drawn.upperBound) / 2) {
            row -= 1
            drawn = drawnCell(at: x, row: row)
        }
        return (row, gridColumn(at: drawn.lowerBound))
    }

    /// The rectangle of the cell drawn with its top left at grid cell (`row`, `column`): wider
    /// than the grid cell when it covers several columns, taller when it covers several rows.
    func drawnRect(row: Int, column: Int) -> Rect {
        let drawn = drawnCell(at: (columns[column] + columns[column + 1]) / 2, row: row)
        var bottom = row + 1
        while bottom < rowEdges.count - 1, !isRuled(edge: bottom, at: (drawn.lowerBound + drawn.upperBound) / 2) {
            bottom += 1
        }
        return Rect(x0: columns[column], y0: rowEdges[row], x1: max(columns[column + 1], drawn.upperBound), y1: rowEdges[bottom])
    }

    /// The x range of the cell drawn around `x` in `row`, or of the grid column under `x` when
    /// no drawn cell of the row holds it.
    private func drawnCell(at x: Double, row: Int) -> ClosedRange<Double> {
        if let index = Self.band(of: x, in: columnEdges[row]) {
            return columnEdges[row][index]...columnEdges[row][index + 1]
        }
        let index = Self.band(of: x, in: columns) ?? 0
        return columns[index]...columns[index + 1]
    }

    private func gridColumn(at x: Double) -> Int {
        let nearest = columns.indices.min { abs(columns[$0] - x) < abs(columns[$1] - x) } ?? 0
        return min(nearest, columns.count - 2)
    }

    private func isRuled(edge: Int, at x: Double) -> Bool {
        ruledStretches[edge].contains { $0.lowerBound - tolerance <= x && x <= $0.upperBound + tolerance }
    }

    static func band(of value: Double, in edges: [Double]) -> Int? {
        guard let first = edges.first, let last = edges.last, value >= first, value < last else { return nil }
        var low = 0, high = edges.count - 1
        while high - low > 1 {
            let mid = (low + high) / 2
            if edges[mid] <= value { low = mid } else { high = mid }
        }
        return low
    }
}
