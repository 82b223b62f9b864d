import ArgumentParser
import Foundation
import ITAStore

struct DatasetExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the dataset as CSV or JSON: indicator scores (long or wide) or measures.",
        discussion: """
        --shape long (default): one row per agency, fiscal year and indicator, then one per \
        item (question: i7, e11, o36) the report scores: agency, province, fiscal_year, tool, \
        indicator, indicator_name (the year's canonical name), score, overall, level, passes, \
        row_kind (indicator or item), item (its code). --shape wide: one row per agency and \
        fiscal year, the tool scores, indicator_1 … indicator_10 and item_i1 … as columns. \
        --table measures: one row per measure and responsible unit, with the items it \
        addresses and the fiscal year the measures are for.

        CSV starts with a UTF-8 byte-order mark and quotes as RFC 4180 says, so Excel shows \
        Thai correctly. -o never replaces an existing file unless --force is given, and \
        writes whole or not at all.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json }
    enum Shape: String, ExpressibleByArgument, CaseIterable { case long, wide }
    enum TableName: String, ExpressibleByArgument, CaseIterable { case indicators, measures }

    @OptionGroup var database: DatabaseOption

    @Option(help: "csv or json.")
    var format: Format

    @Option(help: "long (default): a row per indicator; wide: a row per agency and year.")
    var shape: Shape = .long

    @Option(help: "indicators (default) or measures.")
    var table: TableName = .indicators

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    @OptionGroup var language: LanguageOption

    func run() throws {
        do {
            if let output, !force, FileManager.default.fileExists(atPath: output) {
                throw UsageFailure(message: .outputExists(path: output))
            }
            let store = try database.open(create: false)
            let exported: DatasetTable
            switch (table, shape) {
            case (.measures, _): exported = try MeasuresExport().table(store)
            case (.indicators, .long): exported = try LongExport().table(store)
            case (.indicators, .wide): exported = try WideExport().table(store)
            }
            let data = format == .csv ? CSVWriter.data(exported) : JSONTableWriter.data(exported)
            if let output {
                try OutputFile.write(data, to: output)
            } else {
                FileHandle.standardOutput.write(data)
            }
        } catch let failure as UsageFailure {
            throw failure.exit(in: language.language)
        } catch let failure as DatasetFailure {
            throw failure.exit(in: language.language)
        }
    }
}
