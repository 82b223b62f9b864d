import ArgumentParser
import Foundation
import ITAKit
import PDFText
import ReportLayout

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read an ITA report (PDF, Word or text) as JSON: scores, analysis, measures, events.",
        discussion: """
        Writes the JSON contract of ita (schemaVersion 3; the JSON Schema is \
        Templates/schema/report.schema.json): the agency, the fiscal year assessed and the \
        year of the measures, the overall score and level, the tool, indicator and question scores, the agency's analysis per indicator, its \
        measures (activity, steps, period as ISO dates, responsible units) and dated events. \
        Every value says where it came from: page and rectangle in a PDF, line in a text file, \
        paragraph or table, row and column in a Word document. A results list (one table of \
        many agencies' results) gives "kind": "resultsList" and one result per agency \
        (rank, agency, overall score and level, the tools as points and scores).

        The JSON includes the diagnostics of `ita validate`. Exit status: 0 when the report \
        was read, 1 when it was read and has errors, 2 when the file cannot be used or holds \
        no ITA result.
        """
    )

    @Argument(help: "The report: a PDF, a Word document (.docx) or a UTF-8 text file.")
    var file: String

    @Option(name: .shortAndLong, help: "Write the JSON to this file instead of standard output.")
    var output: String?

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    @Option(help: "The password of an encrypted PDF.")
    var password: String?

    @OptionGroup var repair: RepairOption

    @OptionGroup var ocr: OCROption

    @OptionGroup var language: LanguageOption

    func run() throws {
        do {
            if let output, !force, FileManager.default.fileExists(atPath: output) {
                throw UsageFailure(message: .outputExists(path: output))
            }
            let loaded = try ReportLoader(password: password, language: language.language, repair: !repair.noRepair, ocr: ocr.mode).load(file)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let json = try encoder.encode(loaded.report) + Data("\n".utf8)
            if let output {
                try OutputFile.write(json, to: output)
            } else {
                FileHandle.standardOutput.write(json)
            }
            if loaded.findings.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
        } catch let failure as UsageFailure {
            throw failure.exit(in: language.language)
        } catch let error as PDFError {
            throw UsageFailure(message: .pdf(error)).exit(in: language.language)
        }
    }
}
