import PDFText
import ThaiText

/// Turns text written up or down the page (a narrow column's header, turned a quarter turn)
/// into a line across it, so that it is read in its own order rather than letter by letter
/// from the top: each run of such glyphs is laid out as one line of letters, in the order they
/// were drawn, inside the box the run stood in. The box keeps the run in its table cell: its
/// letters are squeezed to the box's width, and its word spaces kept wide enough to be read as
/// spaces (up to three of them; more, and the words run together).
struct VerticalRunStraightener {
    /// Glyphs of one run overlap this share of the narrower one's width across the run.
    var overlap = 0.5
    /// A gap along the run wider than this (in the run's line heights) is a word space.
    /// Default 0.15, `LayoutSettings.wordGap`'s.
    var wordSpace = 0.15
    /// How wide a word space is laid out (in line heights): wider than `LayoutSettings.wordGap`,
    /// so that the words are read apart. Default 0.3.
    var spaceWidth = 0.3

    func straighten(_ glyphs: [Glyph]) -> [Glyph] {
        guard glyphs.contains(where: \.vertical) else { return glyphs }
        var result = glyphs.filter { !$0.vertical }
        for run in runs(of: glyphs.filter(\.vertical)) {
            result += laidAcross(run)
        }
        return result
    }

    /// Vertical glyphs in drawing order, split where one does not stand across the next.
    private func runs(of glyphs: [Glyph]) -> [[Glyph]] {
        var runs: [[Glyph]] = []
        for glyph in glyphs.sorted(by: { $0.drawingOrder < $1.drawingOrder }) {
            if let last = runs.last?.last, last.rect.horizontalOverlap(with: glyph.rect) >= overlap {
                runs[runs.count - 1].append(glyph)
            } else {
                runs.append([glyph])
            }
        }
        return runs
    }

    /// The run as a line across its box: as high as the box is wide (the font's height), its
    /// letters in drawing order, each as long as it is along the run, squeezed to fit.
    private func laidAcross(_ run: [Glyph]) -> [Glyph] {
        let box = run.dropFirst().reduce(run[0].rect) { $0.union($1.rect) }
        let height = box.width
        guard box.height > 0, height > 0 else { return run }
        // Drawn upward (the first glyph below the last) or downward.
        let upward = run.count < 2 || run[0].rect.midY >= run[run.count - 1].rect.midY
        func along(_ y: Double) -> Double { upward ? box.y1 - y : y - box.y0 }
        let spans = run.map { glyph in
            (min(along(glyph.rect.y0), along(glyph.rect.y1)), max(along(glyph.rect.y0), along(glyph.rect.y1)))
        }
        // Space glyphs are left out, as on a line across the page (some producers draw a mark
        // as a space with no advance); a gap along the run wider than `wordSpace` heights
        // between two letters is a word space.
        let letters = run.indices.filter { !ThaiCharacter.isWhitespace(run[$0].scalar) }
        guard let first = letters.first else { return [] }
        var spaceBefore = [Bool](repeating: false, count: run.count)
        var end = spans[first].1
        for index in letters.dropFirst() {
            spaceBefore[index] = spans[index].0 - end > wordSpace * height
            end = max(end, spans[index].1)
        }
        let spaces = letters.filter { spaceBefore[$0] }.count
        let gap = spaces == 0 ? 0 : min(spaceWidth * height, height / Double(2 * spaces))
        let length = letters.reduce(0) { $0 + spans[$1].1 - spans[$1].0 }
        let scale = length > 0 ? (height - Double(spaces) * gap) / length : 0
        var x = box.x0
        return letters.map { index in
            if spaceBefore[index] { x += gap }
            let width = (spans[index].1 - spans[index].0) * scale
            let rect = Rect(x0: x, y0: box.midY - height / 2, x1: x + width, y1: box.midY + height / 2)
            x += width
            return Glyph(run[index].scalar, rect, drawingOrder: run[index].drawingOrder)
        }
    }
}
