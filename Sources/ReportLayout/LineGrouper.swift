import PDFText

/// Groups glyphs into visual lines: glyphs whose vertical midpoints are close share a line.
/// Lines come out top to bottom, each left to right.
struct LineGrouper {
    var tolerance: Double

    func group(_ glyphs: [Glyph]) -> [[Glyph]] {
        // Sort indices on precomputed keys: this runs on every glyph of every page.
        let midY = glyphs.map(\.rect.midY)
        let byHeight = glyphs.indices.sorted { midY[$0] != midY[$1] ? midY[$0] < midY[$1] : $0 < $1 }
        var lines: [[Int]] = []
        var anchor = (midY: -Double.infinity, height: 0.0)
        for index in byHeight {
            let rect = glyphs[index].rect
            let reach = tolerance * max(anchor.height, rect.height)
            if lines.isEmpty || rect.midY - anchor.midY > reach {
                lines.append([index])
                anchor = (rect.midY, rect.height)
            } else {
                lines[lines.count - 1].append(index)
            }
        }
        // Left to right by the middle of each glyph, not its left edge: a monospaced font
        // draws SARA AM two cells wide from the left edge of its consonant's cell.
        let midX = glyphs.map(\.rect.midX)
        return lines.map { line in
            line.sorted { midX[$0] != midX[$1] ? midX[$0] < midX[$1] : $0 < $1 }.map { glyphs[$0] }
        }
    }
}
