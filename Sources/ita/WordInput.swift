import Foundation
import OCRText
import ReportLayout
import WordText

/// Reads a Word document for a command, its failures as the command's usage failures. Its text
/// is normalised as a PDF's is, but not repaired: it is exact as typed, and the dictionary's
/// repair only damages it (`WordDocumentReader.repairer`), so `--no-repair` changes nothing here.
///
/// Its pictures are read by OCR unless `ocr` is `never`: a picture that reads as a table of
/// scores (a screenshot of the NACC's results) gives its lines and tables at its paragraph,
/// marked as OCR's; other pictures give nothing.
enum WordInput {
    static func read(_ file: String, ocr: OCRMode = .never, language: Language = .th) throws -> WordDocument {
        let document: WordDocument
        do {
            document = try WordDocumentReader().read(contentsOf: URL(fileURLWithPath: file), path: file)
        } catch let error as WordDocumentError {
            throw UsageFailure(message: .word(error))
        }
        guard ocr != .never, !document.pictures.isEmpty,
              let reading = OCROption.reading(ocr, language: language, guarded: nil) else { return document }
        // OCR's text is damaged as a PDF's text layer is: it is repaired as one.
        let reader = DocumentContentReader(reader: PDFTextReader(repair: true), ocr: reading)
        let decoder = PictureDecoder()
        var read: [(picture: WordDocument.Picture, blocks: [WordDocument.Block])] = []
        try UsageFailure.ocr {
            for picture in document.pictures {
                guard let image = decoder.grey(picture.data), let content = try reader.read(picture: image, place: picture.place) else { continue }
                read.append((picture, content.blocks.map { block in
                    switch block {
                    case .line(let line): return WordDocument.Block.line(line)
                    case .table(let table): return WordDocument.Block.table(table)
                    }
                }))
            }
        }
        return document.inserting(read)
    }
}
