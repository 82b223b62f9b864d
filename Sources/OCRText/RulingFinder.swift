import PDFText

/// Finds the straight lines a scanned page draws, table rulings above all, from long unbroken
/// runs of ink: across for horizontal rulings, down for vertical ones. The PDF path gets them
/// from the page's drawing; here they are what lets the same table finder read a scanned table.
public struct RulingFinder: Sendable {
    public var settings: OCRSettings

    public init(settings: OCRSettings = OCRSettings()) {
        self.settings = settings
    }

    /// A ruling in pixels: `along` is its extent along its direction, `across` the rows (or
    /// columns) of pixels it covers.
    public struct Ruling: Equatable, Sendable {
        public var horizontal: Bool
        public var along: ClosedRange<Int>
        public var across: ClosedRange<Int>
    }

    public func rulings(in image: GreyImage) -> [Ruling] {
        runs(in: image, horizontal: true) + runs(in: image, horizontal: false)
    }

    /// The image with its rulings painted white, so that tesseract does not read a ruling as
    /// letters (`|`, `_`, `l`) or run a cell's text into it.
    public func erasing(_ rulings: [Ruling], from image: GreyImage) -> GreyImage {
        var out = image
        // A ruling left a degree's tenth askew after straightening steps across a pixel row
        // every few hundred pixels; the steps' edges, left standing, read as a row of tiny
        // letters (`๑7 ส vv`). A hundredth of an inch either side takes them too.
        let margin = max(1, Int((image.dpi / 100).rounded()))
        for ruling in rulings {
            // Clamped to the image by whiten.
            let across = (ruling.across.lowerBound - margin)..<(ruling.across.upperBound + margin + 1)
            let along = ruling.along.lowerBound..<(ruling.along.upperBound + 1)
            if ruling.horizontal { out.whiten(x: along, y: across) } else { out.whiten(x: across, y: along) }
        }
        return out
    }

    /// The rulings as the PDF path gives them: rectangles in points with no height or no width.
    public func rules(_ rulings: [Ruling], dpi: Double) -> [Rect] {
        let scale = 72 / dpi
        return rulings.map { ruling in
            let middle = Double(ruling.across.lowerBound + ruling.across.upperBound + 1) / 2 * scale
            let start = Double(ruling.along.lowerBound) * scale, end = Double(ruling.along.upperBound + 1) * scale
            return ruling.horizontal ? Rect(x0: start, y0: middle, x1: end, y1: middle)
                : Rect(x0: middle, y0: start, x1: middle, y1: end)
        }
    }

    private func merged(_ a: Ruling, _ b: Ruling) -> Ruling {
        Ruling(horizontal: a.horizontal,
               along: min(a.along.lowerBound, b.along.lowerBound)...max(a.along.upperBound, b.along.upperBound),
               across: min(a.across.lowerBound, b.across.lowerBound)...max(a.across.upperBound, b.across.upperBound))
    }

    private func runs(in image: GreyImage, horizontal: Bool) -> [Ruling] {
        let length = horizontal ? image.width : image.height, lines = horizontal ? image.height : image.width
        let minimum = Int(settings.minimumRulingLength * image.dpi)
        let thickest = max(1, Int((settings.maximumRulingThickness * image.dpi).rounded()))
        let ink = settings.rulingInk, gap = settings.rulingGap
        var open: [Ruling] = []
        var found: [Ruling] = []
        image.pixels.withUnsafeBufferPointer { pixels in
            for line in 0..<lines {
                var lineRuns: [ClosedRange<Int>] = []
                var start = -1, lastDark = -1
                for position in 0...length {
                    let dark = position < length
                        && pixels[horizontal ? line * image.width + position : position * image.width + line] < ink
                    if dark {
                        if start < 0 { start = position }
                        lastDark = position
                    } else if start >= 0, position - lastDark > gap || position == length {
                        if lastDark + 1 - start >= minimum { lineRuns.append(start...lastDark) }
                        start = -1
                    }
                }
                // A run carries on every ruling of the line before, or of its own line, that it
                // overlaps (a ruling a little askew steps from one pixel row to the next in
                // pieces); a ruling that no run carried on is finished.
                var stillOpen: [Ruling] = []
                for run in lineRuns {
                    var ruling = Ruling(horizontal: horizontal, along: run, across: line...line)
                    for index in open.indices.reversed() where open[index].along.overlaps(ruling.along) {
                        ruling = merged(ruling, open.remove(at: index))
                    }
                    for index in stillOpen.indices.reversed() where stillOpen[index].along.overlaps(ruling.along) {
                        ruling = merged(ruling, stillOpen.remove(at: index))
                    }
                    stillOpen.append(ruling)
                }
                found += open.filter { $0.across.count <= thickest }
                open = stillOpen
            }
        }
        return found + open.filter { $0.across.count <= thickest }
    }
}
