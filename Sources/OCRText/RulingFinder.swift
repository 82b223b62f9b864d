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
        let margin = 1
        out.pixels.withUnsafeMutableBufferPointer { pixels in
            for ruling in rulings {
                let across = max(0, ruling.across.lowerBound - margin)...min((ruling.horizontal ? image.height : image.width) - 1,
                                                                              ruling.across.upperBound + margin)
                for a in across {
                    for b in ruling.along {
                        let (x, y) = ruling.horizontal ? (b, a) : (a, b)
                        pixels[y * image.width + x] = 255
                    }
                }
            }
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
                // A run carries on a ruling of the line before when they overlap; a ruling
                // that no run carried on is finished.
                var stillOpen: [Ruling] = []
                for run in lineRuns {
                    if let index = open.firstIndex(where: { $0.along.overlaps(run) }) {
                        var ruling = open.remove(at: index)
                        ruling.along = min(ruling.along.lowerBound, run.lowerBound)...max(ruling.along.upperBound, run.upperBound)
                        ruling.across = ruling.across.lowerBound...line
                        stillOpen.append(ruling)
                    } else {
                        stillOpen.append(Ruling(horizontal: horizontal, along: run, across: line...line))
                    }
                }
                found += open.filter { $0.across.count <= thickest }
                open = stillOpen
            }
        }
        return found + open.filter { $0.across.count <= thickest }
    }
}
