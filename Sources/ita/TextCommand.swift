import ArgumentParser
import Foundation
import PDFText
import ReportLayout

struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Print a PDF's text with Thai marks on their letters.",
        discussion: """
        Each visual line of a page becomes a line of text; cells of a table that stand on one \
        line are separated by a tab; pages end with a form feed (as pdftotext does).
        """
    )

    @Argument(help: "The PDF to read.")
    var file: String

    @Option(help: "Pages to print: 3, 3-5, or 3- (to the end). Default: all.")
    var pages: String?

    @Option(help: "The password of an encrypted PDF.")
    var password: String?

    @OptionGroup var language: LanguageOption

    func run() throws {
        do {
            try printText()
        } catch let failure as UsageFailure {
            throw failure.exit(in: language.language)
        } catch let error as PDFError {
            throw UsageFailure(message: .pdf(error)).exit(in: language.language)
        }
    }

    private func printText() throws {
        let range = try pages.map { text in
            guard let range = PageRange(text) else { throw UsageFailure(message: .invalidPageRange(text)) }
            return range
        }
        let document = try PDFDocument(path: file, password: password)
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
        let reader = PDFTextReader()
        let output = FileHandle.standardOutput
        for number in selected where number <= document.pageCount {
            let page = try document.page(number)
            output.write(Data((reader.text(of: page) + "\u{0C}").utf8))
        }
    }
}
