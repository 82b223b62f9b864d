import CTesseract
import Foundation
import PDFText

/// One tesseract, loaded with its languages once and used for page after page. Not to be used
/// from two threads at once: `TesseractPool` lends each to one page at a time.
public final class TesseractEngine: @unchecked Sendable {
    private let handle: OpaquePointer
    /// A second tesseract with the Thai model alone, for words `StrayLatinWords` reads again;
    /// started the first time one is met (most pages have none).
    private var thaiOnly: OpaquePointer?
    private var thaiOnlyFailed = false

    /// Why tesseract could not start.
    public enum StartError: Error, Equatable {
        /// Its data for these languages is not installed (Debian: tesseract-ocr-tha).
        case languagesMissing(String)
    }

    public init(languages: String) throws {
        guard let handle = TessBaseAPICreate() else { throw StartError.languagesMissing(languages) }
        // tesseract prints its warnings to stderr; ita reports problems in its own words.
        _ = TessBaseAPISetVariable(handle, "debug_file", "/dev/null")
        guard TessBaseAPIInit2(handle, nil, languages, OEM_DEFAULT) == 0 else {
            TessBaseAPIDelete(handle)
            throw StartError.languagesMissing(languages)
        }
        TessBaseAPISetPageSegMode(handle, PSM_AUTO)
        self.handle = handle
    }

    deinit {
        for handle in [handle, thaiOnly].compactMap({ $0 }) {
            TessBaseAPIEnd(handle)
            TessBaseAPIDelete(handle)
        }
    }


    /// The words of `image`, with rectangles in pixels of the image. `cells` (table cells found
    /// from rulings, `RulingGrid`) are read one by one, and the rest of the page around them.
    /// `stability`: the numbers read in cells are read again from a scaled picture
    /// (`OCRSettings.stabilityScale`); nil reads nothing again.
    /// `digits`: numbers in Thai digits are read again by their shapes; nil leaves them as read.
    /// `strayLatin`: Latin nonsense inside Thai lines is read again by the Thai model alone;
    /// nil leaves it as read.
    public func words(in image: GreyImage, cells: [RulingGrid.Cell] = [], stability: OCRSettings? = nil,
                      digits: ThaiDigitReader? = nil, strayLatin: StrayLatinWords? = nil) -> [RecognizedWord] {
        guard image.width > 0, image.height > 0 else { return [] }
        defer { TessBaseAPIClear(handle) }
        var words: [RecognizedWord] = []
        var rest = image
        if !cells.isEmpty {
            setImage(image)
            TessBaseAPISetPageSegMode(handle, PSM_SINGLE_BLOCK)
            for cell in cells {
                TessBaseAPISetRectangle(handle, Int32(cell.x0), Int32(cell.y0), Int32(cell.x1 - cell.x0), Int32(cell.y1 - cell.y0))
                let read = withStrayLatinReadAgain(withMarksReadAgain(recognized(), in: image), in: image, strayLatin)
                words += digits?.cellWords(read, in: cell, of: image) ?? read
            }
            if let stability, stability.stabilityScale > 1 { words = withUnstableNumbersMarked(words, in: image, settings: stability) }
            TessBaseAPISetPageSegMode(handle, PSM_AUTO)
            for cell in cells { rest.whiten(x: cell.x0..<cell.x1, y: cell.y0..<cell.y1) }
        }
        setImage(rest)
        let read = withStrayLatinReadAgain(withMarksReadAgain(recognized(), in: rest), in: rest, strayLatin)
        words += digits?.pageWords(read, of: rest) ?? read
        return words
    }

    private func setImage(_ image: GreyImage) {
        image.pixels.withUnsafeBufferPointer { pixels in
            TessBaseAPISetImage(handle, pixels.baseAddress, Int32(image.width), Int32(image.height), 1, Int32(image.width))
        }
        TessBaseAPISetSourceResolution(handle, Int32(image.dpi.rounded()))
    }

    /// Each number of a cell (a score: `97.51`, `100`) read again alone from its picture scaled
    /// up a little; one that reads otherwise keeps its first reading with a confidence of at
    /// most `unstableConfidence`, which makes the validator ask for it to be checked.
    private func withUnstableNumbersMarked(_ read: [RecognizedWord], in image: GreyImage, settings: OCRSettings) -> [RecognizedWord] {
        var words = read
        let pad = Int(image.dpi / 50)
        TessBaseAPISetPageSegMode(handle, PSM_SINGLE_LINE)
        for index in words.indices where Self.isScore(words[index].text) {
            let box = words[index].rect
            let crop = image.cropped(x0: Int(box.x0) - pad, y0: Int(box.y0) - pad, x1: Int(box.x1) + pad, y1: Int(box.y1) + pad)
            guard let scaled = crop.scaled(by: settings.stabilityScale) else { continue }
            setImage(scaled)
            let again = recognized().map(\.text).joined()
            if again != words[index].text { words[index].confidence = min(words[index].confidence, settings.unstableConfidence) }
        }
        return words
    }

    /// A number as scores are written: up to three digits, two decimals at most.
    static func isScore(_ text: String) -> Bool {
        text.range(of: #"^[0-9]{1,3}(\.[0-9]{1,2})?$"#, options: .regularExpression) != nil
    }

    /// A line whose marks tesseract took for a line of their own (`MarkRows`) is read again as
    /// one line, marks and all. The image is still the one set.
    private func withMarksReadAgain(_ read: [RecognizedWord], in image: GreyImage) -> [RecognizedWord] {
        var words = read
        let markRows = MarkRows().of(words)
        guard !markRows.isEmpty else { return words }
        let mode = TessBaseAPIGetPageSegMode(handle)
        TessBaseAPISetPageSegMode(handle, PSM_SINGLE_LINE)
        defer { TessBaseAPISetPageSegMode(handle, mode) }
        for (line, rows) in markRows {
            let whole = rows.reduce(line) { $0.union($1) }
            let pad = Int32(image.dpi / 50)
            let left = max(0, Int32(whole.x0) - pad), top = max(0, Int32(whole.y0) - pad)
            let right = min(Int32(image.width), Int32(whole.x1) + pad), bottom = min(Int32(image.height), Int32(whole.y1) + pad)
            TessBaseAPISetRectangle(handle, left, top, right - left, bottom - top)
            let again = recognized()
            let replaced = Set(rows + [line])
            // Kept only when tesseract is surer of the line read whole than of its pieces: a
            // real line taken for a row of marks reads as nonsense with the line below it.
            guard !again.isEmpty, (again.meanConfidence ?? 0) >= (words.filter { replaced.contains($0.lineRect) }.meanConfidence ?? 0)
            else { continue }
            let at = words.firstIndex { replaced.contains($0.lineRect) } ?? words.count
            words.removeAll { replaced.contains($0.lineRect) }
            words.insert(contentsOf: again, at: min(at, words.count))
        }
        return words
    }

    /// Each word `strayLatin` finds is read again from its picture (as tall as its line) by the
    /// Thai model alone, and replaced by what that reads when it is Thai and read no less surely.
    private func withStrayLatinReadAgain(_ read: [RecognizedWord], in image: GreyImage,
                                         _ strayLatin: StrayLatinWords?) -> [RecognizedWord] {
        guard let strayLatin else { return read }
        let stray = strayLatin.strays(in: read)
        guard !stray.isEmpty, let thai = thaiEngine(strayLatin.languages) else { return read }
        let pad = Int((image.dpi * strayLatin.padding).rounded(.up))
        var words = read
        // From the last, so that the indices of those before stay right.
        for stray in stray.reversed() {
            let box = stray.rect
            let left = max(0, Int(box.x0) - pad), top = max(0, Int(box.y0) - pad)
            let crop = image.cropped(x0: left, y0: top, x1: Int(box.x1) + pad, y1: Int(box.y1) + pad)
            guard crop.width > 0, crop.height > 0 else { continue }
            crop.pixels.withUnsafeBufferPointer { pixels in
                TessBaseAPISetImage(thai, pixels.baseAddress, Int32(crop.width), Int32(crop.height), 1, Int32(crop.width))
            }
            TessBaseAPISetSourceResolution(thai, Int32(image.dpi.rounded()))
            let again = recognized(by: thai)
            let first = read[stray.indices[0]], latin = stray.indices.map { read[$0] }
            guard StrayLatinWords.isThaiOnly(again.map(\.text).joined()), let sure = again.meanConfidence,
                  sure >= (latin.meanConfidence ?? 0) + strayLatin.margin else {
                if stray.isMarkRow {
                    for index in stray.indices.reversed() where StrayLatinWords.isLatin(read[index].text) { words.remove(at: index) }
                }
                continue
            }
            let placed = again.enumerated().map { offset, thaiWord in
                RecognizedWord(text: thaiWord.text, rect: Self.shifted(thaiWord.rect, left, top), confidence: thaiWord.confidence,
                               symbols: thaiWord.symbols.map { .init(text: $0.text, rect: Self.shifted($0.rect, left, top)) },
                               lineRect: first.lineRect, spaceBefore: offset == 0 ? first.spaceBefore : thaiWord.spaceBefore)
            }
            for index in stray.indices.reversed() { words.remove(at: index) }
            words.insert(contentsOf: placed, at: stray.indices[0])
        }
        TessBaseAPIClear(thai)
        return words
    }

    private static func shifted(_ rect: Rect, _ x: Int, _ y: Int) -> Rect {
        Rect(x0: rect.x0 + Double(x), y0: rect.y0 + Double(y), x1: rect.x1 + Double(x), y1: rect.y1 + Double(y))
    }

    /// The Thai-only tesseract, started when first asked for; nil when it cannot start.
    private func thaiEngine(_ languages: String) -> OpaquePointer? {
        if let thaiOnly { return thaiOnly }
        guard !thaiOnlyFailed else { return nil }
        guard let thai = TessBaseAPICreate() else { thaiOnlyFailed = true; return nil }
        _ = TessBaseAPISetVariable(thai, "debug_file", "/dev/null")
        guard TessBaseAPIInit2(thai, nil, languages, OEM_DEFAULT) == 0 else {
            TessBaseAPIDelete(thai)
            thaiOnlyFailed = true
            return nil
        }
        TessBaseAPISetPageSegMode(thai, PSM_SINGLE_LINE)
        thaiOnly = thai
        return thai
    }

    /// The words of the last image or rectangle set, recognized in the page segmentation mode set.
    private func recognized() -> [RecognizedWord] { recognized(by: handle) }

    private func recognized(by handle: OpaquePointer) -> [RecognizedWord] {
        // OpenMP's limit on nested work belongs to each thread (libgomp 11 on): set on the
        // thread that reads, it keeps tesseract to that thread while the other cores read
        // other pages.
        omp_set_max_active_levels(0)
        guard TessBaseAPIRecognize(handle, nil) == 0, let iterator = TessBaseAPIGetIterator(handle) else { return [] }
        defer { TessResultIteratorDelete(iterator) }
        let page = TessResultIteratorGetPageIterator(iterator)

        var words: [RecognizedWord] = []
        var lineRect = Rect(x0: 0, y0: 0, x1: 0, y1: 0)
        var lineText = Substring()
        repeat {
            if TessPageIteratorIsAtBeginningOf(page, RIL_TEXTLINE) != 0, let box = Self.box(page, RIL_TEXTLINE) {
                lineRect = box
                lineText = Substring(Self.text(iterator, RIL_TEXTLINE) ?? "")
            }
            if TessPageIteratorIsAtBeginningOf(page, RIL_WORD) != 0 {
                guard let text = Self.text(iterator, RIL_WORD), !text.allSatisfy(\.isWhitespace),
                      let box = Self.box(page, RIL_WORD) else { continue }
                let confidence = Double(TessResultIteratorConfidence(iterator, RIL_WORD))
                let spaceBefore = Self.consume(text, from: &lineText)
                words.append(RecognizedWord(text: text, rect: box, confidence: confidence, symbols: [], lineRect: lineRect,
                                            spaceBefore: spaceBefore))
            }
            if let text = Self.text(iterator, RIL_SYMBOL), let box = Self.box(page, RIL_SYMBOL), !words.isEmpty {
                words[words.count - 1].symbols.append(.init(text: text, rect: box))
            }
        } while TessResultIteratorNext(iterator, RIL_SYMBOL) != 0
        return words
    }

    /// Takes `word` off the front of the rest of its line's text; whether a space stood before
    /// it there (true, too, when the line's text does not go on with the word).
    static func consume(_ word: String, from line: inout Substring) -> Bool {
        let rest = line.drop(while: \.isWhitespace)
        let spaced = rest.startIndex != line.startIndex
        guard rest.unicodeScalars.starts(with: word.unicodeScalars) else { return true }
        line = Substring(rest.unicodeScalars.dropFirst(word.unicodeScalars.count))
        return spaced
    }

    private static func text(_ iterator: OpaquePointer, _ level: TessPageIteratorLevel) -> String? {
        guard let text = TessResultIteratorGetUTF8Text(iterator, level) else { return nil }
        defer { TessDeleteText(text) }
        let string = String(cString: text)
        return string.isEmpty ? nil : string
    }

    private static func box(_ page: OpaquePointer?, _ level: TessPageIteratorLevel) -> Rect? {
        var left: Int32 = 0, top: Int32 = 0, right: Int32 = 0, bottom: Int32 = 0
        guard TessPageIteratorBoundingBox(page, level, &left, &top, &right, &bottom) != 0 else { return nil }
        return Rect(x0: Double(left), y0: Double(top), x1: Double(right), y1: Double(bottom))
    }
}
