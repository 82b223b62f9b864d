import ArgumentParser
import Foundation
import PDFText
import ReportLayout

struct TablesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tables",
        abstract: "Print the tables of a report (PDF or text), whole across pages.",
        discussion: """
        Finds ruled tables from their rulings and unruled ones from the empty channels between \
        their columns. A table that runs over several pages comes out as one: the header row \
        repeated on each page is dropped, and a row cut by a page break is joined again. A text \
        report is read in the format of Samples/muangphon-2568.txt (tab-separated cells, a repeated header row after a \
        page break, <p> markup).

        JSON gives every cell its page and rectangle [x0, y0, x1, y1] in points from the page's \
        top-left corner (PDF), its line (text), or its table, row and column (Word: a merged \
        cell stands in its top-left grid cell, the cells it covers empty). TSV and CSV give one line per row, led by the \
        table and row numbers.
        """
    )

    @Argument(help: "The report: a PDF, a Word document (.docx) or a UTF-8 text file.")
    var file: String

    @Option(help: "Output format: json (default), tsv or csv.")
    var format: TableFormat = .json

    @Option(help: "The password of an encrypted PDF.")
    var password: String?

    @OptionGroup var repair: RepairOption

    @OptionGroup var ocr: OCROption

    @OptionGroup var language: LanguageOption

    func run() throws {
        do {
            let tables: [Table]
            switch try InputKind.of(path: file) {
            case .pdf:
                let (document, content) = try PDFGuard.run(file: file, language: language.language) { pdfGuard in
                    let document = try pdfGuard.open(password: password)
                    let reader = DocumentContentReader(reader: repair.reader,
                                                       ocr: ocr.reading(language: language.language, guarded: pdfGuard))
                    var read: DocumentContent?
                    try UsageFailure.ocr { read = try reader.read(document) }
                    return (document, read!)
                }
                if content.lines.isEmpty, content.tables.isEmpty {
                    throw UsageFailure(message: .noText(path: file, pages: document.pageCount))
                }
                tables = content.tables
            case .text:
                tables = TextTableReader().tables(in: try TextReport.read(path: file, language: language.language))
            case .word:
                tables = try WordInput.read(file, ocr: ocr.mode, language: language.language).content.tables
            }
            FileHandle.standardOutput.write(Data(try TableOutput.render(tables, as: format).utf8))
        } catch let failure as UsageFailure {
            throw failure.exit(in: language.language)
        } catch let error as PDFError {
            throw UsageFailure(message: .pdf(error)).exit(in: language.language)
        }
    }
}
