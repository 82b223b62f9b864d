import OCRText
import PDFText

/// What OCR reads in a picture of a document without pages (a screenshot of the NACC's results
/// pasted into a Word draft): its lines of prose and its tables, each placed at the picture's
/// paragraph, with OCR's confidence.
public struct PictureContent: Sendable, Equatable {
    public enum Block: Sendable, Equatable {
        case line(PlacedText)
        case table(Table)
    }

    /// Its lines and tables from top to bottom.
    public var blocks: [Block]
}

extension DocumentContentReader {
    /// The picture read by OCR, laid out as a page is; nil without OCR, or when the picture does
    /// not read as a table of scores (a logo, a photo, a signature): its text is then not used,
    /// as with pictures inside a PDF's pages.
    public func read(picture image: GreyImage, place: WordPlace) throws -> PictureContent? {
        guard let ocr else { return nil }
        let words = try ocr.recognizer.recognize(image)
        guard ocr.readsScores(words) else { return nil }
        let page = PDFPage(number: 1, width: Double(image.width) * image.pointsPerPixel, height: Double(image.height) * image.pointsPerPixel,
                           glyphs: words.glyphs, rules: words.rules)
        let read = content(of: page, laidOut: reader.layout(of: page), recognized: RecognizedText(page: page, words: words, wholePage: true))
        // The picture's own coordinates mean nothing to the person: the paragraph is its place.
        func placed(_ text: PlacedText) -> PlacedText {
            var text = text
            text.page = nil
            text.rect = nil
            text.wordPlace = place
            return text
        }
        let tables = tables(fromNormalized: read.fragments)
        // Top to bottom, as the picture shows them, before their places are replaced.
        func top(_ table: Table) -> Double { table.rows.lazy.flatMap(\.cells).compactMap(\.rect?.y0).min() ?? 0 }
        let ordered = (read.prose.map { (y: $0.rect?.y0 ?? 0, block: PictureContent.Block.line($0)) }
            + tables.map { (y: top($0), block: PictureContent.Block.table($0)) }).sorted { $0.y < $1.y }
        return PictureContent(blocks: ordered.map { item in
            switch item.block {
            case .line(let line): return .line(placed(line))
            case .table(let table): return .table(Table(rows: table.rows.map { TableRow(cells: $0.cells.map(placed)) }))
            }
        })
    }
}
