import PDFText

/// Turns text written up or down the page (a narrow column's header, turned a quarter turn)
/// into a line across it, so that it is read in its own order rather than letter by letter
/// from the top: each run of such glyphs is laid out as one line of letters, in the order they
/// were drawn, inside the box the run stood in. The box keeps the run in its table cell; its
/// letters are squeezed to the box's width, so a word space inside the run is lost.
struct VerticalRunStraightener {
    /// Glyphs of one run overlap this share of the narrower one's width across the run.
    var overlap = 0.5

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
            if let last = runs.last?.last, sharesColumn(last.rect, glyph.rect) {
                runs[runs.count - 1].append(glyph)
            } else {
                runs.append([glyph])
            }
        }
        return runs
    }

    private func sharesColumn(_ a: Rect, _ b: Rect) -> Bool {
        let shared = min(a.x1, b.x1) - max(a.x0, b.x0)
        return shared >= overlap * min(a.width, b.width)
    }

    /// The run as a line across its box: as high as the box is wide (the font's height), each
    /// letter's place along the run mapped onto the box's width.
    private func laidAcross(_ run: [Glyph]) -> [Glyph] {
        let box = run.dropFirst().reduce(run[0].rect) { $0.union($1.rect) }
        let length = box.height
        guard length > 0 else { return run }
        // Drawn upward (the first glyph below the last) or downward.
        let upward = run.count < 2 || run[0].rect.midY >= run[run.count - 1].rect.midY
        let scale = box.width / length
        func along(_ y: Double) -> Double { upward ? box.y1 - y : y - box.y0 }
        return run.map { glyph in
            let start = min(along(glyph.rect.y0), along(glyph.rect.y1))
            let end = max(along(glyph.rect.y0), along(glyph.rect.y1))
            let rect = Rect(x0: box.x0 + start * scale, y0: box.midY - box.width / 2,
                            x1: box.x0 + end * scale, y1: box.midY + box.width / 2)
            return Glyph(glyph.scalar, rect, drawingOrder: glyph.drawingOrder)
        }
    }
}
