import ArgumentParser
import Foundation
import ITAStore

struct DatasetSummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "The dataset at a glance: reports per year, levels, indicator means, weak indicators, diagnostics.",
        discussion: """
        Reports per fiscal year (passing, failing, mean overall score), the levels stated, \
        the mean score of each indicator per year, the indicators agencies most often \
        analyse as a weakness, and the diagnostics of ita validate counted by code.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var database: DatabaseOption

    @Option(help: "text (default) or json.")
    var format: Format = .text

    @OptionGroup var language: LanguageOption

    func run() throws {
        let language = language.language
        do {
            let store = try database.open(create: false)
            let summary = try SummaryQuery().summary(of: store)
            let output: String
            switch format {
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                output = String(decoding: try encoder.encode(summary), as: UTF8.self) + "\n"
            case .text:
                guard summary.reports > 0 else { throw DatasetFailure(.emptyDataset(path: database.path)) }
                output = SummaryText(language: language).render(summary, path: database.path)
            }
            FileHandle.standardOutput.write(Data(output.utf8))
        } catch let failure as DatasetFailure {
            throw failure.exit(in: language)
        }
    }
}
