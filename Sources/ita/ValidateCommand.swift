import ArgumentParser
import Foundation
import ITAKit
import PDFText

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check an ITA report: what does not add up, and where.",
        discussion: """
        Checks a draft (PDF, Word document or text) before it is published: scores that do not combine, a \
        level that does not match the score, figures in the text that differ from the table, \
        impossible periods, missing or duplicated indicators and units. Each finding is one \
        line: its severity, its code (ITA001 …), what is wrong and what to do, and where \
        (page; line of a text file; paragraph, or table and row, of a Word document).

        A note (หมายเหตุ) says what a text does not hold without calling it a fault: a news \
        item or an announcement gives the result, not the tools, indicators, analysis or \
        measures of the agency's report.

        Exit status: 0 when there is no error (warnings and notes allowed), 1 when there is at \
        least one error (with --strict, one warning is enough; notes never count), 2 when the \
        file cannot be used.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "The report: a PDF, a Word document (.docx) or a UTF-8 text file.")
    var file: String

    @Option(help: "Output: text (default), for people, or json.")
    var format: Format = .text

    @Flag(help: "Count warnings as errors.")
    var strict = false

    @Option(help: "The password of an encrypted PDF.")
    var password: String?

    @OptionGroup var repair: RepairOption

    @OptionGroup var ocr: OCROption

    @OptionGroup var language: LanguageOption

    func run() throws {
        do {
            let english = language.language == .en
            let loaded = try ReportLoader(password: password, language: language.language, repair: !repair.noRepair, ocr: ocr.mode).load(file)
            let output: String
            switch format {
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                struct Document: Encodable { var diagnostics: [Diagnostic] }
                output = String(decoding: try encoder.encode(Document(diagnostics: loaded.report.diagnostics)), as: UTF8.self) + "\n"
            case .text:
                output = FindingText(english: english).render(loaded.findings, kind: loaded.report.source.kind)
            }
            FileHandle.standardOutput.write(Data(output.utf8))
            let failing = loaded.findings.contains { $0.severity == .error || (strict && $0.severity == .warning) }
            if failing { throw ExitCode(1) }
        } catch let failure as UsageFailure {
            throw failure.exit(in: language.language)
        } catch let error as PDFError {
            throw UsageFailure(message: .pdf(error)).exit(in: language.language)
        }
    }
}
