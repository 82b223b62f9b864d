import PDFText

/// Turns the words tesseract read into glyphs as a PDF's text layer gives them, so that the
/// page goes through the same layout as a born-digital one (lines, marks on their bases,
/// words, tables): each letter gets its part of its symbol's box across and its line's height
/// down; a Thai mark gets no width and stands at the end of the letter it sits on, where a
/// PDF's pen stands when it draws one.
public struct RecognizedGlyphs: Sendable {
    /// Words tesseract writes without a space between them are joined across a gap up to this
    /// share of their line's height: letters of one word stand this close, columns further.
    public var maximumJoinedGap = 0.6
    /// A space tesseract writes is at least this share of its line's height wide, so that the
    /// layout reads it as one.
    public var minimumSpace = 0.3

    /// How far above and below its ink a line's glyphs reach, as a share of a typical line's
    /// height: a text layer's glyph boxes are the font's, taller than its letters' ink, and the
    /// layout takes a gap between lines wider than its paragraph gap for a new paragraph. With
    /// boxes that hug the ink, the lines a narrow table cell wraps came out as paragraphs.
    public var lineLeading = 0.12
    /// Cutting a line at a channel where tesseract wrote no space costs as much as boxes
    /// crossing the channel by this share of the line's height (`sided`).
    public var unspacedCut = 0.3
    public init() {}

    /// `scale`: points per pixel. `channels`: the columns of tables drawn without rulings
    /// (`ColumnChannels`), in the words' unit: a word or letter is never joined to the next
    /// across one, and letters tesseract boxed over one are put back on their side of it, so
    /// the layout sees the columns even where tesseract read a row's cells as one line.
    public func glyphs(of words: [RecognizedWord], scale: Double, channels: [ColumnChannels.Channel] = []) -> [Glyph] {
        var glyphs: [Glyph] = []
        // A word that tesseract writes without a space before it meets the word before it
        // that has a letter: tesseract boxes a lone vowel or tone mark as a word of its own,
        // standing over its letter, and it takes no room.
        var words = sided(words.map(Self.fittedToLetters), of: channels)
        func parted(_ left: Double, _ right: Double, on line: Rect) -> Bool {
            channels.contains { $0.parts(left, right, at: line.midY) }
        }
        let withLetters = words.indices.filter { !words[$0].text.unicodeScalars.allSatisfy(Self.isMark) }
        for (before, index) in zip(withLetters, withLetters.dropFirst())
        where words[(before + 1)...index].allSatisfy({ !$0.spaceBefore })
            && words[index].lineRect == words[before].lineRect && words[index].rect.x0 > words[before].rect.x1
            // tesseract's line may run across the columns of a table drawn without rulings,
            // and it writes no space between Thai words even there: a wide gap stays a gap.
            // The gap is measured from the last ink before the word, a lone mark's included.
            && words[index].rect.x0 - words[before..<index].map(\.rect.x1).max()! <= words[index].lineRect.height * maximumJoinedGap
            && !parted(words[before..<index].map(\.rect.x1).max()!, words[index].rect.x0, on: words[index].lineRect) {
            words[before].rect.x1 = words[index].rect.x0
        }
        // tesseract's order of letters on a line is its reading, and sound; its boxes of letters
        // that lean into each other (แ over น) are not: a letter never starts before the one
        // read before it on its line.
        var lastLetter: (line: Rect, index: Int)?
        let typicalHeight = Self.typicalLineHeight(of: words)
        for word in words {
            // A line of low letters alone (`ม`, the end of a word a narrow cell wrapped) is
            // boxed by tesseract at their height only; a text layer gives every line of a font
            // the same height, and the layout measures the gaps between lines by it.
            // A font's box also stands a little above and below its ink (`lineLeading`).
            let leading = typicalHeight * lineLeading
            let top = (min(word.lineRect.y0, word.lineRect.y1 - typicalHeight) - leading) * scale
            let bottom = (word.lineRect.y1 + leading) * scale
            let firstOfWord = glyphs.count
            for piece in pieces(of: word, parted: parted) {
                let bases = piece.text.unicodeScalars.filter { !Self.isMark($0) }.count
                let width = (piece.rect.x1 - piece.rect.x0) * scale / Double(max(bases, 1))
                var x = piece.rect.x0 * scale
                for scalar in piece.text.unicodeScalars where !scalar.properties.isWhitespace {
                    let order = glyphs.count + 1
                    if Self.isMark(scalar) {
                        let at = glyphs.last.map { $0.rect.x1 } ?? x
                        glyphs.append(Glyph(scalar, Rect(x0: at, y0: top, x1: at, y1: bottom), drawingOrder: order))
                    } else {
                        var start = x
                        if let last = lastLetter, last.line == word.lineRect {
                            // The first letter after a space tesseract writes keeps a space's gap.
                            let spaced = word.spaceBefore && glyphs.count == firstOfWord
                            let earliest = glyphs[last.index].rect.x1 + (spaced ? (bottom - top) * minimumSpace : 0)
                            start = max(start, earliest)
                        }
                        glyphs.append(Glyph(scalar, Rect(x0: start, y0: top, x1: max(start + width / 2, x + width), y1: bottom), drawingOrder: order))
                        lastLetter = (word.lineRect, glyphs.count - 1)
                        x += width
                    }
                }
            }
        }
        return glyphs
    }

    /// The word's symbols when they spell the word, else the word as one piece; the pieces
    /// meet edge to edge across the word, since tesseract's boxes hug the ink and the gaps
    /// between letters would read as spaces: a word of tesseract's has none inside it.
    /// `parted`: whether a column's channel stands between two x on a line; letters on its two
    /// sides keep their gap.
    private func pieces(of word: RecognizedWord, parted: (Double, Double, Rect) -> Bool) -> [RecognizedWord.Symbol] {
        let spelled = word.symbols.map(\.text).joined()
        let bases = word.symbols.indices.filter { !word.symbols[$0].text.unicodeScalars.allSatisfy(Self.isMark) }
        guard !bases.isEmpty, spelled == word.text,
              bases.allSatisfy({ word.symbols[$0].rect.x1 > word.symbols[$0].rect.x0 }),
              zip(bases, bases.dropFirst()).allSatisfy({ word.symbols[$0].rect.midX <= word.symbols[$1].rect.midX })
        else { return [.init(text: word.text, rect: word.rect)] }
        var pieces = word.symbols
        pieces[bases[0]].rect.x0 = min(pieces[bases[0]].rect.x0, word.rect.x0)
        pieces[bases[bases.count - 1]].rect.x1 = max(pieces[bases[bases.count - 1]].rect.x1, word.rect.x1)
        // Marks tesseract boxed on their own stand over their base and take no room.
        for (base, next) in zip(bases, bases.dropFirst()) where pieces[next].rect.x0 > pieces[base].rect.x1
            && !parted(pieces[base].rect.x1, pieces[next].rect.x0, word.lineRect) {
            pieces[base].rect.x1 = pieces[next].rect.x0
        }
        return pieces
    }

    /// `words` with each line that a channel crosses parted at it: tesseract's order of the
    /// line's words is sound, its Thai letters' boxes are not (they stand off their ink by up
    /// to a quarter of a line height), so the line is cut where the fewest boxes cross the
    /// channel, the words before it kept left of it and the rest moved right of it.
    func sided(_ words: [RecognizedWord], of channels: [ColumnChannels.Channel]) -> [RecognizedWord] {
        guard !channels.isEmpty else { return words }
        var words = words
        var start = 0
        while start < words.count {
            let line = words[start].lineRect
            var end = start + 1
            while end < words.count, words[end].lineRect == line { end += 1 }
            let indices = Array(start..<end)
            for channel in channels.sorted(by: { $0.x.lowerBound < $1.x.lowerBound }) where channel.y.contains(line.midY) {
                let low = channel.x.lowerBound, high = channel.x.upperBound
                // A line may hold one cell only (tesseract read the columns apart), its first
                // or last letter's box reaching into the channel: it is kept whole on the side
                // where its other words stand, and a line of one word on the side most of it is.
                let leftOf = indices.contains { words[$0].rect.x1 <= low }, rightOf = indices.contains { words[$0].rect.x0 >= high }
                let crossing = indices.contains { words[$0].rect.x1 > low && words[$0].rect.x0 < high }
                guard crossing || (leftOf && rightOf) else { continue }
                let cut: Int
                if !leftOf && rightOf {
                    cut = 0
                } else if leftOf && !rightOf {
                    cut = indices.count
                } else {
                    // How far the boxes cross the channel with the line cut before each word,
                    // and whether tesseract wrote a space there: a box may stand off its letter
                    // by more than the channel is wide, tesseract's spaces stand where its gaps are.
                    let unspaced = unspacedCut * line.height
                    let cuts = (0...indices.count).map { cut in
                        indices[..<cut].map { max(0, words[$0].rect.x1 - low) }.reduce(0, +)
                            + indices[cut...].map { max(0, high - words[$0].rect.x0) }.reduce(0, +)
                            + (cut > 0 && cut < indices.count && !words[indices[cut]].spaceBefore ? unspaced : 0)
                    }
                    cut = cuts.indices.min { cuts[$0] < cuts[$1] }!
                }
                for index in indices[..<cut] where words[index].rect.x1 > low {
                    words[index].rect.x1 = low
                    words[index].rect.x0 = min(words[index].rect.x0, low)
                    for symbol in words[index].symbols.indices {
                        words[index].symbols[symbol].rect.x1 = min(words[index].symbols[symbol].rect.x1, low)
                        words[index].symbols[symbol].rect.x0 = min(words[index].symbols[symbol].rect.x0, low)
                    }
                }
                for index in indices[cut...] where words[index].rect.x0 < high {
                    let shift = high - words[index].rect.x0
                    words[index].rect.x0 += shift
                    words[index].rect.x1 += shift
                    for symbol in words[index].symbols.indices {
                        words[index].symbols[symbol].rect.x0 += shift
                        words[index].symbols[symbol].rect.x1 += shift
                    }
                }
                // The letters next to the channel reach the ink's edges on its two sides.
                guard let edge = channel.edge(at: line.midY) else { continue }
                let lettered = indices.filter { !words[$0].text.unicodeScalars.allSatisfy(Self.isMark) }
                if cut > 0, let last = lettered.last(where: { $0 < indices[min(cut, indices.count - 1)] || cut == indices.count }) {
                    words[last].rect.x1 = edge.left
                    words[last].rect.x0 = min(words[last].rect.x0, edge.left)
                }
                if cut < indices.count, let first = lettered.first(where: { $0 >= indices[cut] }) {
                    words[first].rect.x0 = edge.right
                    words[first].rect.x1 = max(words[first].rect.x1, edge.right)
                    for symbol in words[first].symbols.indices where words[first].symbols[symbol].rect.x0 < edge.right {
                        words[first].symbols[symbol].rect.x0 = edge.right
                        words[first].symbols[symbol].rect.x1 = max(words[first].symbols[symbol].rect.x1, edge.right)
                    }
                }
            }
            start = end
        }
        return words
    }

    /// The median height of the lines the words stand on (0 without words).
    static func typicalLineHeight(of words: [RecognizedWord]) -> Double {
        var seen = Set<[Double]>()
        let heights = words.map(\.lineRect).filter { seen.insert([$0.x0, $0.y0, $0.x1, $0.y1]).inserted }.map(\.height).sorted()
        return heights.isEmpty ? 0 : heights[heights.count / 2]
    }

    /// The word's box across its letters only: tesseract sometimes gives a mark a box that
    /// runs on over the next letters, and the word's box with it.
    static func fittedToLetters(_ word: RecognizedWord) -> RecognizedWord {
        let letters = word.symbols.filter { !$0.text.unicodeScalars.allSatisfy(isMark) && $0.rect.x1 > $0.rect.x0 }
        guard !letters.isEmpty, word.symbols.map(\.text).joined() == word.text else { return word }
        var word = word
        word.rect.x0 = letters.map(\.rect.x0).min()!
        word.rect.x1 = letters.map(\.rect.x1).max()!
        return word
    }

    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .nonspacingMark
    }
}
