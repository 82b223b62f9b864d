import PDFText

/// Puts each Thai mark on the base it is drawn over.
///
/// Poppler's text order cannot be trusted for this: with many fonts it places a tone mark after
/// the next consonant (`ตัวชี้วัด` comes out `ตัวชีว้ ัด`). The geometry can: Thai fonts give marks
/// no advance and draw them to the left of their origin, so a mark's origin lies at, or just
/// after, the right edge of its base. The mark goes to the base whose right edge is nearest,
/// on the line whose band it overlaps most.
struct MarkAttacher {
    var reach: Double
    /// Narrower than this (in line heights) a mark counts as having no width.
    var widthless = 0.05
    /// A base is followed in drawing order by at most this many marks (a vowel, a tone mark,
    /// and a doubled one).
    var maximumMarksPerBase = 4

    /// `lines` are base glyphs grouped into lines (each sorted left to right);
    /// returns the same lines as clusters, with marks that no base could take as lone clusters.
    func attach(_ marks: [Glyph], to lines: [[Glyph]]) -> [[TextCluster]] {
        var clusters = lines.map { $0.map(TextCluster.init(base:)) }
        let bands = lines.map { line in line.dropFirst().reduce(line[0].rect) { $0.union($1.rect) } }

        for mark in marks {
            guard let (line, index) = bestBase(for: mark, lines: lines, bands: bands) else {
                let line = nearestLine(to: mark.rect, bands: bands)
                if let line {
                    clusters[line].append(TextCluster(loneMark: mark))
                } else {
                    clusters.append([TextCluster(loneMark: mark)])
                }
                continue
            }
            clusters[line][index].marks.append(mark)
            // A mark drawn with a width of its own takes room on the line: the gap to the next
            // letter is measured from it.
            if mark.rect.width > 0 { clusters[line][index].rect = clusters[line][index].rect.union(mark.rect) }
        }
        // Lone marks were appended at the end of their line: put them back in x order.
        return clusters.map { line in
            line.contains { $0.base == nil } ? line.sorted { $0.rect.midX < $1.rect.midX } : line
        }
    }

    private func bestBase(for mark: Glyph, lines: [[Glyph]], bands: [Rect]) -> (Int, Int)? {
        let height = max(mark.rect.height, 1)
        // A mark with no width stands at its origin, just after its base's right edge. A mark
        // with a width of its own (monospaced fonts draw it over the whole cell of its base;
        // LibreOffice gives shifted vowels small widths) is measured by its middle against the
        // middle of each base instead.
        let hasWidth = mark.rect.width > widthless * height
        let anchor = hasWidth ? mark.rect.midX : mark.rect.x0
        var best: (line: Int, index: Int, score: Double)?
        // The base drawn just before the mark, if it is near enough: producers draw a base and
        // then its marks. This settles monospaced fonts, whose wide marks lie over the next
        // letter's cell.
        var drawnWith: (line: Int, index: Int, order: Int)?
        for line in candidateLines(for: mark.rect, bands: bands) {
            let overlap = mark.rect.verticalOverlap(with: bands[line])
            let bases = lines[line]
            // Bases are sorted by their middles; look at those around the mark's anchor.
            var index = firstIndex(in: bases, withMiddleAtLeast: anchor - reach * height * 2)
            while index < bases.count, bases[index].rect.midX <= anchor + reach * height * 2 {
                let base = bases[index]
                let distance = hasWidth ? abs(base.rect.midX - anchor) : abs(base.rect.x1 - anchor)
                if distance <= reach * height {
                    // A base on a line the mark barely overlaps counts for less.
                    let score = distance / height + (1 - overlap)
                    if best == nil || score < best!.score { best = (line, index, score) }
                    let order = base.drawingOrder
                    if order > 0, order < mark.drawingOrder, mark.drawingOrder - order <= maximumMarksPerBase,
                       order > (drawnWith?.order ?? 0) {
                        drawnWith = (line, index, order)
                    }
                }
                index += 1
            }
        }
        if let drawnWith { return (drawnWith.line, drawnWith.index) }
        return best.map { ($0.line, $0.index) }
    }

    private func candidateLines(for rect: Rect, bands: [Rect]) -> [Int] {
        // Bands are ordered top to bottom by their glyphs' midpoints; a mark can only belong
        // to a band it overlaps.
        var result: [Int] = []
        let start = firstBand(in: bands, endingAfter: rect.y0)
        var line = start
        while line < bands.count, bands[line].y0 < rect.y1 {
            if rect.verticalOverlap(with: bands[line]) > 0 { result.append(line) }
            line += 1
        }
        return result
    }

    private func nearestLine(to rect: Rect, bands: [Rect]) -> Int? {
        candidateLines(for: rect, bands: bands).max {
            rect.verticalOverlap(with: bands[$0]) < rect.verticalOverlap(with: bands[$1])
        }
    }

    /// Bands are not strictly sorted by y0 (different font sizes), so back off a little from
    /// the binary-search point.
    private func firstBand(in bands: [Rect], endingAfter y: Double) -> Int {
        var low = 0, high = bands.count
        while low < high {
            let mid = (low + high) / 2
            if bands[mid].midY < y { low = mid + 1 } else { high = mid }
        }
        return max(0, low - 2)
    }

    private func firstIndex(in bases: [Glyph], withMiddleAtLeast x: Double) -> Int {
        var low = 0, high = bases.count
        while low < high {
            let mid = (low + high) / 2
            if bases[mid].rect.midX < x { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
