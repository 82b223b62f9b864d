import PDFText

/// tesseract sometimes takes the marks above a Thai line (tone marks, the upper vowels) for a
/// line of their own, reads them as a row of small letters (`A ew A a`, `๑4 ฆ`), and reads the
/// line below without them (`หนวยงานภาครฐ`). Such a row is much shorter than the line it
/// overlaps, and stands over it.
struct MarkRows {
    /// A mark row is at most this share of the height of the line it belongs to (its middle
    /// stands above the line's; two lines side by side do not overlap across), or no taller
    /// than the line when tesseract is less sure of it than `unsure`.
    var heightShare = 0.8
    var unsure = 80.0
    /// and overlaps it by at least this share of its own height, or stands above it no further
    /// than `nearAbove` of the line's height, over at least half of its own width.
    var overlap = 0.6
    var nearAbove = 0.35

    /// Measured against the usual line of the page (the median of their heights), a mark
    /// row is no taller than this share of it, and the line it stands over no taller than
    /// `tallestLine` lines: a box tesseract drew around several lines is no line to join.
    var usualLineShare = 0.8
    var tallestLine = 1.8

    /// Each line of `words` that has mark rows, with them.
    func of(_ words: [RecognizedWord]) -> [Rect: [Rect]] {
        var confidences: [Rect: [RecognizedWord]] = [:]
        for word in words { confidences[word.lineRect, default: []].append(word) }
        let unsureLines = Set(confidences.filter { ($0.value.meanConfidence ?? 0) < unsure }.keys)
        return of(lines: Set(confidences.keys), unsure: unsureLines)
    }

    /// Each line that has mark rows, with them; `unsure`: the lines tesseract is unsure of.
    func of(lines: Set<Rect>, unsure: Set<Rect> = []) -> [Rect: [Rect]] {
        let heights = lines.map(\.height).sorted()
        guard let usual = heights.isEmpty ? nil : heights[heights.count / 2] else { return [:] }
        func stands(_ row: Rect, over line: Rect) -> Bool {
            let doubtful = unsure.contains(row)
            guard row != line, row.height <= line.height * (doubtful ? 1 : heightShare), row.midY < line.midY,
                  row.height <= usual * (doubtful ? 1 : usualLineShare), line.height <= usual * tallestLine else { return false }
            if row.verticalOverlap(with: line) >= overlap { return row.horizontalOverlap(with: line) > 0 }
            return row.y1 >= line.y0 - line.height * nearAbove && row.horizontalOverlap(with: line) >= 0.5
        }
        // A row of marks may itself seem to have rows over it (the marks of one letter
        // boxed apart): rows belong only to lines that are no row themselves.
        let markRows = lines.filter { row in lines.contains { stands(row, over: $0) } }
        let owners = lines.subtracting(markRows)
        var rows: [Rect: [Rect]] = [:]
        for row in markRows {
            // The row belongs to the line it overlaps most (a row between two lines).
            let candidates = owners.filter { stands(row, over: $0) }
            guard let owner = candidates.max(by: { row.verticalOverlap(with: $0) < row.verticalOverlap(with: $1) }) else { continue }
            rows[owner, default: []].append(row)
        }
        return rows
    }
}
