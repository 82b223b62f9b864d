/// A rectangle on a page in PDF points, with the origin at the top-left corner and y growing
/// downwards, as poppler's text layout reports it.
public struct Rect: Equatable, Hashable, Sendable, Codable {
    public var x0: Double
    public var y0: Double
    public var x1: Double
    public var y1: Double

    public init(x0: Double, y0: Double, x1: Double, y1: Double) {
        self.x0 = x0
        self.y0 = y0
        self.x1 = x1
        self.y1 = y1
    }

    public var width: Double { x1 - x0 }
    public var height: Double { y1 - y0 }
    public var midX: Double { (x0 + x1) / 2 }
    public var midY: Double { (y0 + y1) / 2 }

    /// The smallest rectangle holding both.
    public func union(_ other: Rect) -> Rect {
        Rect(x0: min(x0, other.x0), y0: min(y0, other.y0),
             x1: max(x1, other.x1), y1: max(y1, other.y1))
    }

    /// Whether the two rectangles touch or overlap, with gaps up to `tolerance` closed (table
    /// rulings drawn a border at a time meet only approximately).
    public func touches(_ other: Rect, within tolerance: Double) -> Bool {
        x0 - tolerance <= other.x1 && other.x0 - tolerance <= x1
            && y0 - tolerance <= other.y1 && other.y0 - tolerance <= y1
    }

    /// How much of the two rectangles' vertical extents overlap, as a share of the smaller one.
    public func verticalOverlap(with other: Rect) -> Double {
        let overlap = min(y1, other.y1) - max(y0, other.y0)
        let smaller = min(height, other.height)
        guard smaller > 0 else { return overlap >= 0 ? 1 : 0 }
        return max(0, overlap) / smaller
    }

    /// How much of the two rectangles' horizontal extents overlap, as a share of the smaller one.
    public func horizontalOverlap(with other: Rect) -> Double {
        let overlap = min(x1, other.x1) - max(x0, other.x0)
        let smaller = min(width, other.width)
        guard smaller > 0 else { return overlap >= 0 ? 1 : 0 }
        return max(0, overlap) / smaller
    }

    /// Whether the point lies inside the rectangle or on its edge.
    public func contains(x: Double, y: Double) -> Bool {
        x0 <= x && x <= x1 && y0 <= y && y <= y1
    }
}
