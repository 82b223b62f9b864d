import PDFText

/// Drops glyphs drawn a second time at (almost) the same place: shadow and outline effects in
/// Word and PowerPoint, and marks some producers draw twice. The first drawing is kept.
struct DuplicateGlyphFilter {
    var tolerance: Double

    func filter(_ glyphs: [Glyph]) -> [Glyph] {
        // Bucket by scalar and a coarse grid so each glyph is compared with few others.
        struct Key: Hashable { var scalar: UInt32; var column: Int; var row: Int }
        var kept: [Glyph] = []
        kept.reserveCapacity(glyphs.count)
        var seen: [Key: [Rect]] = [:]

        for glyph in glyphs {
            let reach = max(glyph.rect.height, 1) * tolerance
            let cell = max(reach, 0.5) * 2
            let column = Int((glyph.rect.x0 / cell).rounded(.down))
            let row = Int((glyph.rect.y0 / cell).rounded(.down))
            var isDuplicate = false
            search: for dc in -1...1 {
                for dr in -1...1 {
                    let key = Key(scalar: glyph.scalar.value, column: column + dc, row: row + dr)
                    for other in seen[key, default: []]
                    where abs(other.x0 - glyph.rect.x0) <= reach && abs(other.y0 - glyph.rect.y0) <= reach
                        && abs(other.x1 - glyph.rect.x1) <= reach {
                        isDuplicate = true
                        break search
                    }
                }
            }
            if isDuplicate { continue }
            seen[Key(scalar: glyph.scalar.value, column: column, row: row), default: []].append(glyph.rect)
            kept.append(glyph)
        }
        return kept
    }
}
