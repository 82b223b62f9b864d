import PDFText

/// Finds tables drawn with rulings: sets of horizontal and vertical lines that touch each other,
/// with at least two of each.
struct RuledTableFinder {
    /// How far apart two lines may be and still touch, in points. Producers draw each cell's
    /// border separately, and they meet only approximately.
    var tolerance: Double
    /// Pages with more lines than this (charts, drawings) are not searched for tables.
    var maximumRules = 4000
    /// The share of the table's column edges that at least one row must be ruled across.
    var ruledRowShare = 0.5

    func find(in rules: [Rect]) -> [RuledTable] {
        guard rules.count >= 4, rules.count <= maximumRules else { return [] }
        var components = UnionFind(count: rules.count)
        for i in rules.indices {
            for j in rules.indices where j > i && rules[i].touches(rules[j], within: tolerance) {
                components.union(i, j)
            }
        }
        var groups: [Int: [Rect]] = [:]
        for i in rules.indices { groups[components.root(of: i), default: []].append(rules[i]) }
        return groups.values.compactMap(table(from:)).sorted { $0.rect.y0 < $1.rect.y0 }
    }

    private func table(from rules: [Rect]) -> RuledTable? {
        let horizontal = rules.filter { $0.height <= $0.width }
        let vertical = rules.filter { $0.height > $0.width }
        let rowEdges = merged(horizontal.map(\.midY))
        guard rowEdges.count >= 2, vertical.count >= 2 else { return nil }
        var columnEdges: [[Double]] = []
        for (top, bottom) in zip(rowEdges, rowEdges.dropFirst()) {
            let middle = (top + bottom) / 2
            let crossing = vertical.filter { $0.y0 - tolerance <= middle && $0.y1 + tolerance >= middle }
            columnEdges.append(merged(crossing.map(\.midX)))
        }
        let columns = merged(columnEdges.flatMap { $0 })
        // One cell is a frame (around a chart, a note, a heading), not a table.
        guard columns.count >= 3 else { return nil }
        // Boxes joined by lines are no grid: no row crosses most of the edges.
        let widest = columnEdges.map(\.count).max() ?? 0
        guard Double(widest) >= ruledRowShare * Double(columns.count) else { return nil }
        let ruledStretches = rowEdges.map { edge in
            horizontal.filter { abs($0.midY - edge) <= tolerance }.map { $0.x0...$0.x1 }
        }
        let rect = rules.dropFirst().reduce(rules[0]) { $0.union($1) }
        return RuledTable(rect: rect, rowEdges: rowEdges, columnEdges: columnEdges, columns: columns,
                          ruledStretches: ruledStretches, tolerance: tolerance)
    }

    /// Sorted values with those closer than the tolerance merged into one.
    private func merged(_ values: [Double]) -> [Double] {
        var result: [Double] = []
        for value in values.sorted() {
            if let last = result.last, value - last <= tolerance { continue }
            result.append(value)
        }
        return result
    }
}

/// Disjoint sets over 0..<count, for grouping lines that touch.
struct UnionFind {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    mutating func root(of element: Int) -> Int {
        var element = element
        while parent[element] != element {
            parent[element] = parent[parent[element]]
            element = parent[element]
        }
        return element
    }

    mutating func union(_ a: Int, _ b: Int) {
        let ra = root(of: a), rb = root(of: b)
        if ra != rb { parent[ra] = rb }
    }
}
