import Foundation
import OCRText
import PDFText

/// The pages of a document for a reader that goes through them in order (`DocumentTextWriter`),
/// with the OCR of the next few running on other cores while the current one is used. Poppler
/// draws each page on the reader's own thread, since a document is not to be used from two.
final class OCRReadAhead {
    private let document: PDFDocument
    private let ocr: OCRReading
    private let last: Int
    private var submitted: Int
    private let results = Results()
    private var plainPages: [Int: PDFPage] = [:]
    /// Told of each page OCR has read, in page order.
    var onRecognized: ((OCRPageSummary) -> Void)?

    /// Pages drawn and sent to OCR before the one in use is finished: enough to keep every
    /// core busy, few enough that their pictures (9 MB each at 300 dpi) stay in bounds.
    static let pagesAhead = ProcessInfo.processInfo.activeProcessorCount + 1

    init(document: PDFDocument, ocr: OCRReading, pages: ClosedRange<Int>) {
        self.document = document
        self.ocr = ocr
        self.last = min(pages.upperBound, document.pageCount)
        self.submitted = pages.lowerBound - 1
    }

    /// The page as the layout is to read it: its text layer, or what OCR made of it.
    func page(_ number: Int) throws -> PDFPage {
        while submitted < min(number + Self.pagesAhead, last) { try submit(submitted + 1) }
        if let page = plainPages.removeValue(forKey: number) { return page }
        let recognized = try results.take(number).get()
        onRecognized?(recognized.summary)
        ocr.progress?(number, document.pageCount)
        return recognized.page
    }

    private func submit(_ number: Int) throws {
        submitted = number
        let page = try document.page(number)
        let plan = ocr.plan(for: page)
        guard plan != .textLayer else {
            plainPages[number] = page
            return
        }
        let image = try document.image(ofPage: number, dpi: ocr.recognizer.settings.dpi)
        ocr.willRecognize?(number)
        let (ocr, results) = (self.ocr, self.results)
        DispatchQueue.global().async {
            results.store(Result { try ocr.recognize(page, plan: plan, image: image) }, for: number)
        }
    }

    /// What OCR made of each page, as the pages come in, in any order.
    private final class Results: @unchecked Sendable {
        private let condition = NSCondition()
        private var byPage: [Int: Result<RecognizedText, Error>] = [:]

        func store(_ result: Result<RecognizedText, Error>, for page: Int) {
            condition.lock()
            byPage[page] = result
            condition.broadcast()
            condition.unlock()
        }

        /// Waits for the page's result.
        func take(_ page: Int) -> Result<RecognizedText, Error> {
            condition.lock()
            defer { condition.unlock() }
            while byPage[page] == nil { condition.wait() }
            return byPage.removeValue(forKey: page)!
        }
    }
}
