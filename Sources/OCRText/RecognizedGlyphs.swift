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

    public init() {}

    /// `scale`: points per pixel.
    public func glyphs(of words: [RecognizedWord], scale: Double) -> [Glyph] {
        var glyphs: [Glyph] = []
        // A word that tesseract writes without a space before it meets the word before it
        // that has a letter: tesseract boxes a lone vowel or tone mark as a word of its own,
        // standing over its letter, and it takes no room.
        var words = words.map(Self.fittedToLetters)
        let withLetters = words.indices.filter { !words[$0].text.unicodeScalars.allSatisfy(Self.isMark) }
        for (before, index) in zip(withLetters, withLetters.dropFirst())
        where words[(before + 1)...index].allSatisfy({ !$0.spaceBefore })
            && words[index].lineRect == words[before].lineRect && words[index].rect.x0 > words[before].rect.x1
            // tesseract's line may run across the columns of a table drawn without rulings,
            // and it writes no space between Thai words even there: a wide gap stays a gap.
            // The gap is measured from the last ink before the word, a lone mark's included.
            && words[index].rect.x0 - words[before..<index].map(\.rect.x1).max()! <= words[index].lineRect.height * maximumJoinedGap {
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
            for piece in pieces(of: word) {
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
    private func pieces(of word: RecognizedWord) -> [RecognizedWord.Symbol] {
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
        for (base, next) in zip(bases, bases.dropFirst()) where pieces[next].rect.x0 > pieces[base].rect.x1 {
            pieces[base].rect.x1 = pieces[next].rect.x0
        }
        return pieces
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
