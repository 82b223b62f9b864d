import PDFText

/// Groups glyphs into visual lines: glyphs whose vertical midpoints are close share a line.
/// Lines come out top to bottom, each left to right.
struct LineGrouper {
    var tolerance: Double

    func group(_ glyphs: [Glyph]) -> [[Glyph]] {
        let byHeight = glyphs.enumerated().sorted { a, b in
            a.element.rect.midY != b.element.rect.midY
                ? a.element.rect.midY < b.element.rect.midY : a.offset < b.offset
        }
        var lines: [[(offset: Int, element: Glyph)]] = []
        var anchor = (midY: -Double.infinity, height: 0.0)
        for item in byHeight {
            let rect = item.element.rect
            let reach = tolerance * max(anchor.height, rect.height)
            if lines.isEmpty || rect.midY - anchor.midY > reach {
                lines.append([item])
                anchor = (rect.midY, rect.height)
            } else {
                lines[lines.count - 1].append(item)
            }
        }
        // Left to right by the middle of each glyph, not its left edge: a monospaced font
        // draws SARA AM two cells wide from the left edge of its consonant's cell.
        return lines.map { line in
            line.sorted { a, b in
                a.element.rect.midX != b.element.rect.midX ? a.element.rect.midX < b.element.rect.midX : a.offset < b.offset
            }.map(\.element)
        }
    }
}
