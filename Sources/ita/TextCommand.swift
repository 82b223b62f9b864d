import ArgumentParser
import Foundation
import PDFText
import ReportLayout
import ThaiText

struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Print a PDF's or a Word document's text with Thai marks on their letters.",
        discussion: """
        Each visual line of a page becomes a line of text, and each row of a table one line \
        with a tab between its cells (a cell's wrapped lines joined). A row that a page break \
        cuts is written whole on the page where it starts, and the header row repeated on the \
        next page is left out. Pages end with a form feed, as pdftotext's do.

        A Word document (.docx) is written as Word shows it: a line per paragraph (numbered \
        paragraphs with their numbers) and a line per table row, in order; it has no pages. \
        Its text is exact as typed: it is normalised, never repaired.
        """
    )

    @Argument(help: "The PDF or Word document (.docx) to read.")
    var file: String

    @Option(help: "Pages to print: 3, 3-5, or 3- (to the end). Default: all.")
    var pages: String?

    @Option(help: "The password of an encrypted PDF.")
    var password: String?

    @OptionGroup var repair: RepairOption

    @OptionGroup var ocr: OCROption

    @Flag(help: "List each repair on standard error (page, the word before and after), and each page read by OCR.")
    var explain = false

    @OptionGroup var language: LanguageOption

    func run() throws {
        do {
            if try InputKind.of(path: file) == .word {
                try printWordText()
                return
            }
            try PDFGuard.run(file: file, language: language.language) { try printText($0) }
        } catch let failure as UsageFailure {
            throw failure.exit(in: language.language)
        } catch let error as PDFError {
            throw UsageFailure(message: .pdf(error)).exit(in: language.language)
        }
    }

    /// A Word document: its paragraphs' lines and its table rows, in order (it has no pages).
    private func printWordText() throws {
        if pages != nil { throw UsageFailure(message: .pagesInWord(path: file)) }
        let text = try WordInput.read(file, ocr: ocr.mode, language: language.language).text
        if text.isEmpty { throw UsageFailure(message: .noTextInWord(path: file)) }
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    private func printText(_ pdfGuard: PDFGuard) throws {
        let range = try pages.map { text in
            guard let range = PageRange(text) else { throw UsageFailure(message: .invalidPageRange(text)) }
            return range
        }
        let document = try pdfGuard.open(password: password)
        let all = 1...max(document.pageCount, 1)
        let selected: ClosedRange<Int>
        if let range {
            guard let pages = range.pages(in: document.pageCount) else {
                throw UsageFailure(message: .pageRangeOutside(range: pages ?? "", pageCount: document.pageCount))
            }
            selected = pages
        } else {
            selected = all
        }
        guard document.pageCount > 0 else { return }
        let output = FileHandle.standardOutput
        // Pages are held back until one has text: a scan without text gets a message, not a
        // run of empty pages.
        var heldBack = ""
        var sawText = false
        let explained: ((Int, ThaiRepairer.Change) -> Void)? = explain ? { page, change in
            FileHandle.standardError.write(Data("\(file): page \(page): \(change.before) → \(change.after)\n".utf8))
        } : nil
        let recognized: ((OCRPageSummary) -> Void)? = explain ? { [file, language] summary in
            FileHandle.standardError.write(Data("\(file): \(OCRExplanation(summary).text(in: language.language))\n".utf8))
        } : nil
        let writer = DocumentTextWriter(reader: repair.reader, ocr: ocr.reading(language: language.language, guarded: pdfGuard))
        try UsageFailure.ocr { try writer.write(document, pages: selected, changes: explained, recognized: recognized) { text in
            if !sawText, text.allSatisfy(\.isWhitespace) {
                heldBack += text + "\u{0C}"
                return
            }
            if !sawText {
                output.write(Data(heldBack.utf8))
                sawText = true
            }
            output.write(Data((text + "\u{0C}").utf8))
        } }
        if !sawText { throw UsageFailure(message: .noText(path: file, pages: selected.count)) }
    }
}
