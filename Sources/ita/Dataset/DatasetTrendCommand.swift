import ArgumentParser
import Foundation
import ITAStore

struct DatasetTrendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trend",
        abstract: "One agency over the years: each indicator's score per year and its change.",
        discussion: """
        The agency is found by its name as any report writes it (ทม.เมืองพล finds \
        เทศบาลเมืองเมืองพล), or by part of it. Text output has a tab between columns: the \
        years, then the change from the year before the latest. Levels of different years \
        are compared through each year's template: by rank on the same scale, otherwise by \
        pass or fail.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: "The agency's name, in full, abbreviated (ทม., ทต., อบต., อบจ.) or in part.")
    var agency: String

    @Option(help: "The province, when agencies of the same name are in several.")
    var province: String?

    @OptionGroup var database: DatabaseOption

    @Option(help: "text (default) or json.")
    var format: Format = .text

    @OptionGroup var language: LanguageOption

    func run() throws {
        let language = language.language
        do {
            let store = try database.open(create: false)
            let matches = try TrendQuery().agencies(named: agency, province: province, in: store)
            guard !matches.isEmpty else { throw DatasetFailure(.agencyNotFound(name: agency, path: database.path)) }
            guard matches.count == 1 else {
                let names = matches.map { $0.name + ($0.province.map { " (\($0))" } ?? "") }
                throw DatasetFailure(.agencyAmbiguous(name: agency, candidates: names))
            }
            let trend = try TrendQuery().trend(of: matches[0], in: store)
            let output: String
            switch format {
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                output = String(decoding: try encoder.encode(trend), as: UTF8.self) + "\n"
            case .text:
                output = TrendText(language: language).render(trend)
            }
            FileHandle.standardOutput.write(Data(output.utf8))
        } catch let failure as DatasetFailure {
            throw failure.exit(in: language)
        }
    }
}
