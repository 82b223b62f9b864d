/// The cells that a scanned table's rulings draw, in pixels: each space between two horizontal
/// rulings and two vertical ones that run across it. OCR reads each cell on its own, since
/// tesseract, left to the whole page, runs a line of one cell on into the next (`ทุจริต` and
/// `จัดทำ` of the next column read as one word) once the ruling between them is painted out.
public struct RulingGrid: Sendable {
    /// Rulings meet when they come this close, in pixels (a scan's corners do not quite join).
    public var tolerance: Int
    /// A cell smaller than this, in pixels, across or down, is a gap between double rulings.
    public var minimumCell: Int

    public struct Cell: Equatable, Sendable {
        public var x0, y0, x1, y1: Int
    }

    public func cells(of rulings: [RulingFinder.Ruling]) -> [Cell] {
        let horizontal = rulings.filter(\.horizontal).sorted { $0.across.lowerBound < $1.across.lowerBound }
        let vertical = rulings.filter { !$0.horizontal }
        var cells: [Cell] = []
        for (index, top) in horizontal.enumerated() {
            // The next ruling below that shares some of this one's extent closes the row.
            for bottom in horizontal[(index + 1)...] where bottom.along.overlaps(top.along) {
                let gap = bottom.across.lowerBound - top.across.upperBound
                guard gap >= minimumCell else { continue }
                let shared = max(top.along.lowerBound, bottom.along.lowerBound)...min(top.along.upperBound, bottom.along.upperBound)
                let sides = vertical.filter { side in
                    side.along.lowerBound <= top.across.upperBound + tolerance
                        && side.along.upperBound >= bottom.across.lowerBound - tolerance
                        && side.across.lowerBound >= shared.lowerBound - tolerance
                        && side.across.upperBound <= shared.upperBound + tolerance
                }.sorted { $0.across.lowerBound < $1.across.lowerBound }
                for (left, right) in zip(sides, sides.dropFirst()) where right.across.lowerBound - left.across.upperBound >= minimumCell {
                    cells.append(Cell(x0: left.across.upperBound + 1, y0: top.across.upperBound + 1,
                                      x1: right.across.lowerBound, y1: bottom.across.lowerBound))
                }
                break
            }
        }
        return cells
    }
}
