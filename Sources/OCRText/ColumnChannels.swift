import PDFText

/// Where a table drawn without rulings parts its columns on a page tesseract read: x ranges
/// with no ink, down a run of the page's rows, with ink on both sides of them in several.
/// tesseract groups a page into lines by its own reading, which often runs a row's cells into
/// one line and writes no space between two Thai cells; the picture's ink, row by row over the
/// whole table, still shows the columns, where a word's own gaps and prose's spaces do not
/// line up. The ink is looked at rather than tesseract's letter boxes, which for Thai stand
/// off their letters by up to a quarter of a line height.
public struct ColumnChannels: Sendable {
    /// The narrowest channel, as a share of the page's typical line height (tesseract's line
    /// boxes, ascenders and marks included: about 1.4 times the font size). The ink of a Thai
    /// word's letters stands closer; the cells of a table set tight stand about 0.25 apart, and
    /// a word space is about as wide, which only lining up over `minimumRows` tells apart.
    public var minimumWidth = 0.15
    /// How many rows must have letters on both sides of a channel: three rows of text lined up
    /// in columns are no prose.
    public var minimumRows = 3
    /// Two of tesseract's lines stand in one row of the page when they overlap, top to bottom,
    /// by this share of the shorter: a row's cells, read as lines of their own, stand level.
    public var rowOverlap = 0.5
    /// How many of those rows must have their ink start right after the channel, or end right
    /// before it (within `alignmentTolerance` line heights): a column's cells line up on its
    /// edge. The gaps between letters that happen to stand over each other in a few rows,
    /// with empty space in the rows between, make a channel whose edges only one row touches.
    public var minimumAlignedRows = 3
    public var alignmentTolerance = 0.1
    /// A channel at least this wide, in line heights, is a column edge without lining up: no
    /// letters of a word stand so far apart (a score far to the right of its name).
    public var wideChannel = 0.5
    /// Two rows whose ink on either side of a channel starts and ends this close, in line
    /// heights, count once: they repeat a line, or its first words (`เทศบาล` of every name in a
    /// list), whose gaps between letters line up.
    public var sameSideTolerance = 0.05
    /// Rows further apart than this, in line heights, are not in one table.
    public var maximumRowGap = 2.5

    public init() {}

    /// An empty channel between two columns: its x range, and the rows it parts, top to bottom.
    public struct Channel: Equatable, Sendable {
        public var x: ClosedRange<Double>
        public var y: ClosedRange<Double>
        /// Each row with ink on both sides: where its ink ends before the channel and starts
        /// after it. A cell's first letter starts there, wherever tesseract's box put it.
        public var edges: [Edge]

        public struct Edge: Equatable, Sendable {
            public var y: ClosedRange<Double>
            public var left: Double
            public var right: Double
        }

        public init(x: ClosedRange<Double>, y: ClosedRange<Double>, edges: [Edge] = []) {
            self.x = x
            self.y = y
            self.edges = edges
        }

        /// The ink's edges beside the channel on the row at height `y`, if it has ink on both sides.
        public func edge(at y: Double) -> Edge? { edges.first { $0.y.contains(y) } }

        /// The channel in page points, from an image's pixels (`scale`: points per pixel) whose
        /// top-left corner stands at `origin`.
        public func placed(scale: Double, origin: (x: Double, y: Double)) -> Channel {
            Channel(x: (x.lowerBound * scale + origin.x)...(x.upperBound * scale + origin.x),
                    y: (y.lowerBound * scale + origin.y)...(y.upperBound * scale + origin.y),
                    edges: edges.map {
                        Edge(y: ($0.y.lowerBound * scale + origin.y)...($0.y.upperBound * scale + origin.y),
                             left: $0.left * scale + origin.x, right: $0.right * scale + origin.x)
                    })
        }

        /// Whether the channel stands between `left` and `right` (x), at height `y`.
        public func parts(_ left: Double, _ right: Double, at y: Double) -> Bool {
            self.y.contains(y) && left <= x.lowerBound && x.upperBound <= right
        }
    }

    /// The channels of the page `image` whose words tesseract read as `words` (in its pixels),
    /// in any order. `ink`: darker than this a pixel is ink.
    public func channels(of words: [RecognizedWord], in image: GreyImage, ink: UInt8) -> [Channel] {
        let rows = Self.rows(of: words, overlap: rowOverlap)
        // The height of the line a typical word stands in: tesseract also makes lines of a few
        // marks or specks, as many as the page's lines of text, but with few words each.
        let heights = words.map(\.lineRect.height).sorted()
        let height = heights.isEmpty ? 0 : heights[heights.count / 2]
        guard rows.count >= minimumRows, height > 0 else { return [] }
        let narrowest = minimumWidth * height
        struct Candidate {
            var x: ClosedRange<Double>
            var first: Int
            var last: Int
            /// The ink next to the channel on its two sides in each row counted as spanning it.
            var sides: [(left: ClosedRange<Double>, right: ClosedRange<Double>)]
            var spanning: Int { sides.count }
            var edges: [Channel.Edge] = []
        }
        // Rows that repeat a line or its first words (the same words over each other, as a
        // table's rows of one tool do) leave the same gaps between their letters: they count as
        // one row.
        let sameInk = sameSideTolerance * height
        func near(_ a: ClosedRange<Double>, _ b: ClosedRange<Double>) -> Bool {
            abs(a.lowerBound - b.lowerBound) <= sameInk && abs(a.upperBound - b.upperBound) <= sameInk
        }
        func counted(_ candidate: inout Candidate, _ runs: [ClosedRange<Double>], row: ClosedRange<Double>) {
            guard let left = runs.last(where: { $0.upperBound <= candidate.x.lowerBound }),
                  let right = runs.first(where: { $0.lowerBound >= candidate.x.upperBound }) else { return }
            candidate.edges.append(Channel.Edge(y: row, left: left.upperBound, right: right.lowerBound))
            guard !candidate.sides.contains(where: { near($0.left, left) || near($0.right, right) }) else { return }
            candidate.sides.append((left, right))
        }
        var open: [Candidate] = [], found: [Channel] = []
        func close(_ candidate: Candidate) {
            let tolerance = alignmentTolerance * height
            let aligned = candidate.sides.filter {
                abs($0.right.lowerBound - candidate.x.upperBound) <= tolerance || abs($0.left.upperBound - candidate.x.lowerBound) <= tolerance
            }.count
            guard candidate.spanning >= minimumRows,
                  aligned >= minimumAlignedRows || candidate.x.upperBound - candidate.x.lowerBound >= wideChannel * height else { return }
            let channel = Channel(x: candidate.x, y: rows[candidate.first].y.lowerBound...rows[candidate.last].y.upperBound,
                                  edges: candidate.edges)
            if !found.contains(where: { $0.x == channel.x && $0.y.contains(channel.y.lowerBound) && $0.y.contains(channel.y.upperBound) }) {
                found.append(channel)
            }
        }
        for (index, row) in rows.enumerated() {
            let runs = Self.inkRuns(of: image, rows: row.y, darkerThan: ink, joiningGapsBelow: narrowest)
            if index > 0, row.y.lowerBound - rows[index - 1].y.upperBound > maximumRowGap * height {
                open.forEach(close)
                open = []
            }
            // Where the row has no letter: before, between and after its runs.
            let bounds = [-Double.infinity] + runs.flatMap { [$0.lowerBound, $0.upperBound] } + [Double.infinity]
            let empty = stride(from: 0, to: bounds.count, by: 2).map { bounds[$0]...bounds[$0 + 1] }
            var next: [Candidate] = []
            for var candidate in open {
                let pieces = empty.compactMap { gap -> ClosedRange<Double>? in
                    let low = max(gap.lowerBound, candidate.x.lowerBound), high = min(gap.upperBound, candidate.x.upperBound)
                    return high - low >= narrowest ? low...high : nil
                }
                guard let widest = pieces.max(by: { $0.upperBound - $0.lowerBound < $1.upperBound - $1.lowerBound }) else {
                    close(candidate)
                    continue
                }
                candidate.x = widest
                candidate.last = index
                counted(&candidate, runs, row: row.y)
                next.append(candidate)
            }
            // A gap between two of this row's runs may start a channel.
            for (left, right) in zip(runs, runs.dropFirst()) where right.lowerBound - left.upperBound >= narrowest {
                next.append(Candidate(x: left.upperBound...right.lowerBound, first: index, last: index, sides: [(left, right)],
                                      edges: [Channel.Edge(y: row.y, left: left.upperBound, right: right.lowerBound)]))
            }
            // Of candidates that have come to the same range, the one that started first holds them all.
            open = next.enumerated().filter { index, candidate in
                !next[..<index].contains { $0.x == candidate.x }
            }.map(\.element)
        }
        open.forEach(close)
        // tesseract's boxes of digits and Latin letters hug their ink: a number or word it read
        // across a channel (the gap at a column of decimal points) says the channel parts no cells.
        return found.filter { channel in
            !words.contains { word in
                word.text.count >= 2 && !word.text.unicodeScalars.contains { (0x0E01...0x0E5B).contains($0.value) }
                    && word.rect.x0 <= channel.x.lowerBound && word.rect.x1 >= channel.x.upperBound && channel.y.contains(word.rect.midY)
            }
        }
    }

    /// A row of the page: tesseract's lines that stand level.
    struct Row {
        var y: ClosedRange<Double>
    }

    static func rows(of words: [RecognizedWord], overlap: Double) -> [Row] {
        var seen = Set<[Double]>()
        let lines = words.map(\.lineRect).filter { seen.insert([$0.x0, $0.y0, $0.x1, $0.y1]).inserted }
        var rows: [Row] = []
        for line in lines.sorted(by: { $0.midY < $1.midY }) {
            let span = line.y0...max(line.y0, line.y1)
            if let last = rows.last {
                let shared = min(last.y.upperBound, span.upperBound) - max(last.y.lowerBound, span.lowerBound)
                let shorter = min(last.y.upperBound - last.y.lowerBound, span.upperBound - span.lowerBound)
                if shared >= overlap * shorter {
                    rows[rows.count - 1].y = min(last.y.lowerBound, span.lowerBound)...max(last.y.upperBound, span.upperBound)
                    continue
                }
            }
            rows.append(Row(y: span))
        }
        return rows
    }

    /// The x ranges of `image` that hold ink between the rows `y`, ranges closer than `gap`
    /// run together, left to right.
    static func inkRuns(of image: GreyImage, rows y: ClosedRange<Double>, darkerThan ink: UInt8,
                        joiningGapsBelow gap: Double) -> [ClosedRange<Double>] {
        let top = max(0, Int(y.lowerBound)), bottom = min(image.height, Int(y.upperBound.rounded(.up)))
        guard top < bottom else { return [] }
        var inked = [Bool](repeating: false, count: image.width)
        image.pixels.withUnsafeBufferPointer { pixels in
            for row in top..<bottom {
                let start = row * image.width
                for x in 0..<image.width where pixels[start + x] < ink { inked[x] = true }
            }
        }
        var runs: [ClosedRange<Double>] = []
        var x = 0
        while x < inked.count {
            guard inked[x] else { x += 1; continue }
            var end = x
            while end + 1 < inked.count, inked[end + 1] { end += 1 }
            let run = Double(x)...Double(end + 1)
            if let last = runs.last, run.lowerBound - last.upperBound < gap {
                runs[runs.count - 1] = last.lowerBound...run.upperBound
            } else {
                runs.append(run)
            }
            x = end + 1
        }
        return runs
    }
}
