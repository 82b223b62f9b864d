import PDFText

/// A table drawn with rulings: the y of each horizontal rule, and for each row the x of each
/// vertical rule that crosses it (rows of merged cells have fewer).
public struct RuledTable: Equatable, Sendable {
    public var rect: Rect
    /// Top to bottom; row `i` lies between `rowEdges[i]` and `rowEdges[i + 1]`.
    public var rowEdges: [Double]
    /// For each row, left to right; cell `j` lies between `columnEdges[row][j]` and the next.
    public var columnEdges: [[Double]]

    /// The row and cell a point lies in, if it lies in the table.
    func cell(at x: Double, _ y: Double) -> (row: Int, column: Int)? {
        guard let row = Self.band(of: y, in: rowEdges) else { return nil }
        guard let column = Self.band(of: x, in: columnEdges[row]) else { return nil }
        return (row, column)
    }

    private static func band(of value: Double, in edges: [Double]) -> Int? {
        guard let first = edges.first, let last = edges.last, value >= first, value < last else { return nil }
        var low = 0, high = edges.count - 1
        while high - low > 1 {
            let mid = (low + high) / 2
            if edges[mid] <= value { low = mid } else { high = mid }
        }
        return low
    }
}
