import PDFText

/// Drops glyphs drawn a second time at (almost) the same place: shadow and outline effects in
/// Word and PowerPoint, and marks some producers draw twice. The leftmost drawing is kept.
struct DuplicateGlyphFilter {
    var tolerance: Double

    /// `line` is one visual line sorted left to right, so a glyph's duplicates stand just before it.
    func filter(_ line: [Glyph]) -> [Glyph] {
        var kept: [Glyph] = []
        kept.reserveCapacity(line.count)
        for glyph in line {
            let reach = max(glyph.rect.height, 1) * tolerance
            var isDuplicate = false
            var index = kept.count - 1
            while index >= 0, glyph.rect.midX - kept[index].rect.midX <= reach {
                let other = kept[index]
                if other.scalar == glyph.scalar, abs(other.rect.y0 - glyph.rect.y0) <= reach,
                   abs(other.rect.x1 - glyph.rect.x1) <= reach {
                    isDuplicate = true
                    break
                }
                index -= 1
            }
            if !isDuplicate { kept.append(glyph) }
        }
        return kept
    }
}
