import PDFText

/// Reads a number written in Thai digits (`๙๑.๖๖`, `๑๖๐`, or a lone `-`) from its picture,
/// mark by mark against the digits' shapes in Thai fonts (`ThaiDigitShape`). tesseract's Thai
/// model reads Thai digits poorly in a scan: it takes them for one another (๙ and ๔ for ๕, ๖
/// for ๒) and for letters (๙ for ส or ต), while each digit is one clean mark whose shape tells it.
public struct ThaiDigitReader: Sendable {
    public var settings: OCRSettings

    public init(settings: OCRSettings = OCRSettings()) {
        self.settings = settings
    }

    /// A number read from the ink inside `box` (pixels of `image`), and how sure the reading is:
    /// 50, plus half of how much nearer its least sure digit is to its shape than to the next
    /// digit's (so 50–100; the validator asks for a figure below `lowConfidence` to be checked);
    /// nil when the ink there is not one number in Thai digits: a mark that matches no digit
    /// well, two numbers, or a word.
    public func read(_ image: GreyImage, in box: RulingGrid.Cell) -> (text: String, confidence: Double, rect: Rect)? {
        let crop = image.cropped(x0: box.x0, y0: box.y0, x1: box.x1, y1: box.y1)
        guard crop.width > 2, crop.height > 2 else { return nil }
        var marks: [Mark] = []
        for mark in Self.marks(in: crop, threshold: settings.blankPageInk) {
            // Ink across the top or bottom edge belongs to the lines above and below.
            if (mark.y0 == 0 || mark.y1 == crop.height) && mark.x0 > 0 && mark.x1 < crop.width { continue }
            let atEdge = mark.x0 == 0 || mark.y0 == 0 || mark.x1 == crop.width || mark.y1 == crop.height
            // What is left of a ruling at a cell's edge is a line; anything else there may be
            // part of the number, cut: then the number is not read here.
            if atEdge {
                if min(mark.width, mark.height) * 4 <= max(mark.width, mark.height) || mark.count <= 2 { continue }
                return nil
            }
            marks.append(mark)
        }
        guard let highest = marks.map(\.height).max() else { return nil }
        // Specks of dust and paper grain: a dot is a tenth of a digit's height across.
        marks.removeAll { $0.count * 100 < highest * highest }
        // A cell's lone dash: a tool with no result.
        if marks.count == 1, let dash = marks.first, dash.width * 2 >= dash.height * 5, dash.height * 4 <= crop.height {
            return ("-", 100, Rect(x0: Double(crop0(box).x + dash.x0), y0: Double(crop0(box).y + dash.y0),
                                   x1: Double(crop0(box).x + dash.x1), y1: Double(crop0(box).y + dash.y1)))
        }
        // Thai digits are of two heights: ๐ ๑ ๓ ๕ stand on the line as high as a letter, ๒ ๔ ๖
        // ๗ ๘ ๙ reach higher; all stand on one line.
        let bodies = marks.filter { $0.height * 2 >= highest }
        guard highest >= settings.minimumDigitHeight, let baseline = bodies.map(\.y1).max() else { return nil }
        let glyphs = Self.joinedOverlapping(marks.sorted { $0.x0 < $1.x0 }, tallest: highest)
        var text = "", sureness = 1.0, previousRight: Int?
        for mark in glyphs {
            if let previousRight, Double(mark.x0 - previousRight) > settings.digitGapShare * Double(highest) { return nil }
            previousRight = max(previousRight ?? mark.x1, mark.x1)
            let small = mark.height * 3 <= highest && mark.width * 3 <= highest
            if small && (baseline - mark.y1) * 5 <= highest {
                text.append(".")
                continue
            }
            guard mark.height * 2 >= highest, (baseline - mark.y1) * 5 <= highest else { return nil }
            for piece in Self.split(mark, widest: settings.widestDigit) {
                guard let (digit, margin) = classify(piece) else { return nil }
                text.append(digit)
                sureness = min(sureness, margin)
            }
        }
        guard text.range(of: #"^(-|[๐-๙]{1,4}(\.[๐-๙]{1,2})?)$"#, options: .regularExpression) != nil else { return nil }
        let left = glyphs.map(\.x0).min()!, right = glyphs.map(\.x1).max()!
        let top = glyphs.map(\.y0).min()!, bottom = glyphs.map(\.y1).max()!
        let rect = Rect(x0: Double(crop0(box).x + left), y0: Double(crop0(box).y + top),
                        x1: Double(crop0(box).x + right), y1: Double(crop0(box).y + bottom))
        return (text, (50 + 50 * sureness).rounded(), rect)
    }

    /// Where a crop of `box` starts (a box reaching past the image's edge is cut at it).
    private func crop0(_ box: RulingGrid.Cell) -> (x: Int, y: Int) { (max(0, box.x0), max(0, box.y0)) }

    /// The digit a mark matches best, and how much better than the next digit (0–1: 1 - best's
    /// distance over the next's); nil when even the best is too far.
    func classify(_ mark: Mark) -> (Character, Double)? {
        let shape = ThaiDigitShape(ink: mark.ink, width: mark.width, height: mark.height)
        var best: [Character: Double] = [:]
        for template in ThaiDigitShape.templates {
            let distance = shape.distance(to: template.shape, aspectWeight: settings.digitAspectWeight)
            if distance < best[template.digit] ?? .infinity { best[template.digit] = distance }
        }
        let ranked = best.sorted { $0.value < $1.value }
        guard let first = ranked.first, first.value <= settings.maximumDigitDistance else { return nil }
        let second = ranked.count > 1 ? ranked[1].value : .infinity
        return (first.key, second.isFinite && second > 0 ? max(0, 1 - first.value / second) : 1)
    }

    /// One connected patch of ink (eight neighbours), in the crop's pixels.
    struct Mark {
        var x0: Int, y0: Int, x1: Int, y1: Int
        var count: Int
        /// The crop's ink that belongs to the mark, inside its box.
        var pixels: [(x: Int, y: Int)]
        var width: Int { x1 - x0 }
        var height: Int { y1 - y0 }
        var ink: [Bool] {
            var ink = [Bool](repeating: false, count: width * height)
            for pixel in pixels { ink[(pixel.y - y0) * width + (pixel.x - x0)] = true }
            return ink
        }
    }

    /// The patches of ink of `image`, darker than its own threshold between ink and paper
    /// (Otsu's), never lighter than `paper`.
    static func marks(in image: GreyImage, threshold paper: UInt8) -> [Mark] {
        let cut = min(otsu(image.pixels), paper)
        let width = image.width, height = image.height
        var seen = [Bool](repeating: false, count: width * height)
        var marks: [Mark] = []
        for start in 0..<(width * height) where !seen[start] && image.pixels[start] <= cut {
            var stack = [start]
            seen[start] = true
            var mark = Mark(x0: width, y0: height, x1: 0, y1: 0, count: 0, pixels: [])
            while let index = stack.popLast() {
                let x = index % width, y = index / width
                mark.pixels.append((x, y))
                mark.count += 1
                mark.x0 = min(mark.x0, x); mark.x1 = max(mark.x1, x + 1)
                mark.y0 = min(mark.y0, y); mark.y1 = max(mark.y1, y + 1)
                for dy in -1...1 {
                    for dx in -1...1 {
                        let nx = x + dx, ny = y + dy
                        guard nx >= 0, ny >= 0, nx < width, ny < height else { continue }
                        let next = ny * width + nx
                        if !seen[next] && image.pixels[next] <= cut {
                            seen[next] = true
                            stack.append(next)
                        }
                    }
                }
            }
            marks.append(mark)
        }
        return marks
    }

    /// Pieces of one digit that a thin stroke lost in the scan split: marks standing over each
    /// other for at least half the narrower one's width, neither of them a dot.
    static func joinedOverlapping(_ marks: [Mark], tallest: Int) -> [Mark] {
        var joined: [Mark] = []
        for mark in marks {
            if var last = joined.last {
                let overlap = min(last.x1, mark.x1) - max(last.x0, mark.x0)
                let dot = { (mark: Mark) in mark.height * 3 <= tallest && mark.width * 3 <= tallest }
                if overlap * 2 >= min(last.width, mark.width), !dot(last), !dot(mark) {
                    last.x0 = min(last.x0, mark.x0); last.x1 = max(last.x1, mark.x1)
                    last.y0 = min(last.y0, mark.y0); last.y1 = max(last.y1, mark.y1)
                    last.count += mark.count
                    last.pixels += mark.pixels
                    joined[joined.count - 1] = last
                    continue
                }
            }
            joined.append(mark)
        }
        return joined
    }

    /// Digits the scan ran together (`๔๒๒` as two marks), parted where least ink stands
    /// between them: a mark wider than `widest` times its height is no one digit.
    static func split(_ mark: Mark, widest: Double) -> [Mark] {
        guard Double(mark.width) > widest * Double(mark.height), mark.width >= 6 else { return [mark] }
        var profile = [Int](repeating: 0, count: mark.width)
        for pixel in mark.pixels { profile[pixel.x - mark.x0] += 1 }
        let from = mark.width / 4, to = mark.width - mark.width / 4
        guard from < to, let cut = (from..<to).min(by: { profile[$0] < profile[$1] }) else { return [mark] }
        func part(_ keep: (Int) -> Bool) -> Mark? {
            let pixels = mark.pixels.filter { keep($0.x - mark.x0) }
            guard !pixels.isEmpty else { return nil }
            return Mark(x0: pixels.map(\.x).min()!, y0: pixels.map(\.y).min()!, x1: pixels.map(\.x).max()! + 1,
                        y1: pixels.map(\.y).max()! + 1, count: pixels.count, pixels: pixels)
        }
        guard let left = part({ $0 < cut }), let right = part({ $0 >= cut }) else { return [mark] }
        return split(left, widest: widest) + split(right, widest: widest)
    }

    /// Otsu's threshold of grey values: the one that best splits them into two groups.
    static func otsu(_ pixels: [UInt8]) -> UInt8 {
        var histogram = [Int](repeating: 0, count: 256)
        for pixel in pixels { histogram[Int(pixel)] += 1 }
        let total = Double(pixels.count)
        let sum = histogram.enumerated().reduce(0.0) { $0 + Double($1.offset * $1.element) }
        var sumBelow = 0.0, countBelow = 0.0, best = 0.0, threshold = 127
        for value in 0..<256 {
            countBelow += Double(histogram[value])
            guard countBelow > 0, countBelow < total else { continue }
            sumBelow += Double(value * histogram[value])
            let meanBelow = sumBelow / countBelow, meanAbove = (sum - sumBelow) / (total - countBelow)
            let between = countBelow * (total - countBelow) * (meanBelow - meanAbove) * (meanBelow - meanAbove)
            if between > best { best = between; threshold = value }
        }
        return UInt8(threshold)
    }
}

extension ThaiDigitReader {
    /// The words tesseract read in a table cell; or, when they may be a number in Thai digits,
    /// the number the cell holds as its digits' shapes read it, as one word.
    public func cellWords(_ read: [RecognizedWord], in cell: RulingGrid.Cell, of image: GreyImage) -> [RecognizedWord] {
        guard !read.isEmpty, Self.mayBeThaiNumber(read.map(\.text).joined()),
              let number = self.read(image, in: cell) else { return read }
        return [Self.word(number, replacing: read)]
    }

    /// The words tesseract read outside table cells, each run of them with Thai digits in it
    /// read again by the digits' shapes when it stands clear of its neighbours. tesseract
    /// often boxes each digit of a number as a word of its own (`๒` `๕` `๒` `๕` for ๒๕๖๘).
    public func pageWords(_ read: [RecognizedWord], of image: GreyImage) -> [RecognizedWord] {
        var out: [RecognizedWord] = []
        var index = read.startIndex
        while index < read.endIndex {
            let word = read[index]
            guard Self.isDigitPiece(word.text) else {
                out.append(word)
                index += 1
                continue
            }
            // The run: the words after it on its line that are pieces of a number too, close by.
            var end = index + 1
            while end < read.endIndex, read[end].lineRect == word.lineRect, Self.isDigitPiece(read[end].text),
                  read[end].rect.x0 - read[end - 1].rect.x1 <= word.lineRect.height * settings.digitGapShare / 2 {
                end += 1
            }
            let run = Array(read[index..<end])
            guard run.contains(where: { $0.text.unicodeScalars.contains(where: Self.isThaiDigit) }) else {
                out += run
                index = end
                continue
            }
            if let box = Self.inkBox(of: run, in: image), let number = self.read(image, in: box) {
                out.append(Self.word(number, replacing: run))
            } else {
                out += run
            }
            index = end
        }
        return out
    }

    /// The box of the ink of `run` on its line, a little wider: tesseract's boxes of Thai digits
    /// may cut a digit short, so the marks the boxes touch are taken whole, and those touching
    /// them; a neighbour standing closer than the margin makes `read` give up.
    static func inkBox(of run: [RecognizedWord], in image: GreyImage) -> RulingGrid.Cell? {
        let line = run[0].lineRect
        let height = Int(line.height.rounded(.up))
        let pad = max(2, height / 4)
        let left = Int(run.map(\.rect.x0).min()!), right = Int(run.map(\.rect.x1).max()!.rounded(.up))
        let band = RulingGrid.Cell(x0: max(0, left - height), y0: max(0, Int(line.y0) - pad),
                                   x1: min(image.width, right + height), y1: min(image.height, Int(line.y1.rounded(.up)) + pad))
        guard band.x1 > band.x0, band.y1 > band.y0 else { return nil }
        let marks = Self.marks(in: image.cropped(x0: band.x0, y0: band.y0, x1: band.x1, y1: band.y1), threshold: 128)
        var from = left - band.x0, to = right - band.x0
        var grown = true
        while grown {
            grown = false
            for mark in marks where mark.x0 < to && mark.x1 > from && (mark.x0 < from || mark.x1 > to) {
                from = min(from, mark.x0)
                to = max(to, mark.x1)
                grown = true
            }
        }
        let margin = max(2, height / 8)
        return RulingGrid.Cell(x0: band.x0 + from - margin, y0: band.y0, x1: band.x0 + to + margin, y1: band.y1)
    }

    /// A word that may be a piece of a number: Thai digits and dots, or a mark or two that are
    /// no Thai letter (the English model's `e` for a digit).
    static func isDigitPiece(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        return !scalars.isEmpty && scalars.count <= 8
            && (scalars.allSatisfy { isThaiDigit($0) || $0 == "." || $0 == "," }
                || (scalars.count <= 2 && !scalars.contains { ("\u{0E01}"..."\u{0E2E}").contains($0) }))
    }

    /// Text that may be a number tesseract misread: with a Thai digit in it, or one mark (`8`
    /// for a lone `-`); or a few marks
    /// (`en` for `๓`), or no Thai letter at all (`ta.’`, `NERS` for `๙๑.๖๖`, `๓๔.๙๔`), which
    /// the English model makes of Thai digits. A number tesseract read in Arabic digits is left
    /// to it: the English model reads those well. A word that is not a number in Thai digits
    /// is not read as one (`read` finds marks that are no digit), and stays as tesseract read it.
    static func mayBeThaiNumber(_ text: String) -> Bool {
        let scalars = text.unicodeScalars.filter { !$0.properties.isWhitespace }
        guard !scalars.isEmpty, scalars.count <= 12 else { return false }
        if scalars.contains(where: isThaiDigit) || scalars.count == 1 { return true }
        if scalars.contains(where: { ("0"..."9").contains($0) }) { return false }
        return scalars.count <= 3 || !scalars.contains { ("\u{0E01}"..."\u{0E4E}").contains($0) }
    }

    static func isThaiDigit(_ scalar: Unicode.Scalar) -> Bool { ("๐"..."๙").contains(scalar) }

    /// The number read by shape, in place of tesseract's words: as sure as tesseract was when
    /// they agree, else as sure as the shapes are.
    static func word(_ number: (text: String, confidence: Double, rect: Rect), replacing read: [RecognizedWord]) -> RecognizedWord {
        let agreed = read.map(\.text).joined() == number.text
        let confidence = agreed ? max(read.map(\.confidence).min() ?? 0, number.confidence) : number.confidence
        return RecognizedWord(text: number.text, rect: number.rect, confidence: confidence, symbols: [],
                              lineRect: read.first.map { $0.lineRect.union(number.rect) } ?? number.rect,
                              spaceBefore: read.first?.spaceBefore ?? true)
    }
}
