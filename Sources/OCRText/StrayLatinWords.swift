import PDFText

/// tesseract reads a report with its Thai and English models together (`tha+eng`), each word by
/// the model surer of it. Where the Thai model is unsure of a few letters, or of a row of marks
/// crowded against its line, the English one can win with Latin nonsense inside a Thai line
/// (`ereมี` for `ผู้มี`, `ขับaAAเคลื่อน`, `4yalavzai` for `การถูก`). Such a word has Latin letters
/// and no Thai, is read with low confidence, and touches Thai on its line with no space
/// between; the English of a Thai report (`(ITA)`, `Integrity and Transparency`) is read with
/// high confidence or stands apart with spaces. Those words are read again by the Thai model
/// alone (`TesseractEngine`), whose reading is kept when it is Thai and read no less surely.
public struct StrayLatinWords: Sendable {
    /// A Latin word tesseract is surer of than this (0–100) is left as read: the English of
    /// a report reads at 85–97, the Latin nonsense in Thai lines at 30–75.
    public var confidence = 80.0
    /// The languages the words are read again with: Thai alone.
    public var languages = "tha"
    /// The word's picture is cut this much wider than its box each side, in inches: tesseract's
    /// boxes of Thai letters stand off their ink by a few pixels.
    public var padding = 0.01
    /// A word on a line of its own stands within a Thai line when their heights overlap by at
    /// least this share of the word's: a row of marks cut off a line overlaps its top, a
    /// line above or below does not overlap.
    public var bandShare = 0.5
    /// A line of Latin alone stands beside a Thai line when at most this share of the Thai
    /// line's height lies between them across: tesseract cuts a letter or two out of a line
    /// without moving them.
    public var besideGap = 0.5
    /// A row of marks stands at most this share of the Thai line's height above it (it is cut
    /// off the line's top, so they touch or overlap), and is at most `markRowHeight` as tall.
    public var markRowGap = 0.25
    public var markRowHeight = 1.3
    /// A row of lower vowels cut off the bottom of a line is smaller: at most this share of
    /// the line's height (`ู` under `ผ` reads `qa` at 0.4 of it), so that a line of text just
    /// below is not taken for one.
    public var lowerRowHeight = 0.5
    /// The Thai reading is kept only when its confidence is at least the Latin one's plus this.
    public var margin = 0.0

    public init() {}

    /// Words read again together, from one picture.
    public struct Stray: Equatable, Sendable {
        /// The words' indices, in order.
        public var indices: [Int]
        /// Where to read them again: the word's box as tall as its line, or the whole line.
        public var rect: Rect
        /// A row of marks tesseract cut off the top (or bottom) of a Thai line and read as
        /// Latin letters: its Latin words are left out when the Thai model reads no Thai there.
        public var isMarkRow: Bool
    }

    /// The words of `words` (one line after another, as tesseract reads them) that are Latin
    /// nonsense inside Thai: a word touching Thai on its line, or a line without Thai whose
    /// Latin words together are unsure, that stands level with a Thai line beside it
    /// (tesseract cut a few letters out of it) or just over one (a row of its marks).
    public func strays(in words: [RecognizedWord]) -> [Stray] {
        var lines: [Rect: [Int]] = [:]
        for index in words.indices { lines[words[index].lineRect, default: []].append(index) }
        let thaiLines = Set(words.filter { $0.text.unicodeScalars.contains(where: Self.isThai) }.map(\.lineRect))
        var found: [Stray] = []
        for (line, indices) in lines where !thaiLines.contains(line) {
            let lineWords = indices.map { words[$0] }
            guard lineWords.contains(where: { Self.isLatin($0.text) }), (lineWords.meanConfidence ?? 100) < confidence else { continue }
            let box = lineWords.reduce(line) { $0.union($1.rect) }
            if thaiLines.contains(where: { level(box, with: $0) }) {
                found.append(Stray(indices: indices, rect: box, isMarkRow: false))
            } else if thaiLines.contains(where: { over(box, $0) }) {
                found.append(Stray(indices: indices, rect: box, isMarkRow: true))
            }
        }
        for index in words.indices where thaiLines.contains(words[index].lineRect) {
            let word = words[index]
            guard word.confidence < confidence, Self.isLatin(word.text) else { continue }
            let before = index > 0 ? words[index - 1] : nil, after = index + 1 < words.count ? words[index + 1] : nil
            let touchesBefore = before.map { $0.lineRect == word.lineRect && !word.spaceBefore && Self.endsThai($0.text) } ?? false
            let touchesAfter = after.map { $0.lineRect == word.lineRect && !$0.spaceBefore && Self.startsThai($0.text) } ?? false
            if touchesBefore || touchesAfter {
                let rect = Rect(x0: word.rect.x0, y0: min(word.rect.y0, word.lineRect.y0),
                                x1: word.rect.x1, y1: max(word.rect.y1, word.lineRect.y1))
                found.append(Stray(indices: [index], rect: rect, isMarkRow: false))
            }
        }
        return found.sorted { $0.indices[0] < $1.indices[0] }
    }

    /// Whether a word's box stands level with a Thai line, beside it or within it: their
    /// heights overlap by at least `bandShare` of the word's, and at most `besideGap` of the
    /// line's height lies between them across.
    func level(_ word: Rect, with line: Rect) -> Bool {
        let gap = max(line.x0 - word.x1, word.x0 - line.x1, 0)
        return gap <= besideGap * line.height && min(word.y1, line.y1) - max(word.y0, line.y0) >= bandShare * word.height
    }

    /// Whether a line stands just over a Thai line, across it: no further above than
    /// `markRowGap` of the Thai line's height, and no taller than `markRowHeight` of it; or
    /// just under it as near, no taller than `lowerRowHeight` of it (its lower vowels).
    func over(_ row: Rect, _ line: Rect) -> Bool {
        guard min(row.x1, line.x1) - max(row.x0, line.x0) >= row.width / 2 else { return false }
        if row.midY < line.y0 {
            return line.y0 - row.y1 <= markRowGap * line.height && row.height <= markRowHeight * line.height
        }
        return row.midY > line.y1 && row.y0 - line.y1 <= markRowGap * line.height && row.height <= lowerRowHeight * line.height
    }

    /// Latin letters, and no Thai one.
    static func isLatin(_ text: String) -> Bool {
        text.unicodeScalars.contains { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
            && !text.unicodeScalars.contains(where: isThai)
    }

    /// Only Thai, with a letter (not marks alone, which would stand on no letter) and spaces
    /// between words: what a reading by the Thai model is kept as.
    static func isThaiOnly(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x0E01...0x0E2E).contains($0.value) }
            && text.unicodeScalars.allSatisfy { isThai($0) || $0 == " " }
    }

    static func isThai(_ scalar: Unicode.Scalar) -> Bool { (0x0E01...0x0E5B).contains(scalar.value) }
    static func startsThai(_ text: String) -> Bool { text.unicodeScalars.first.map(isThai) ?? false }
    static func endsThai(_ text: String) -> Bool { text.unicodeScalars.last.map(isThai) ?? false }
}
