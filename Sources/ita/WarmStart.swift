import Foundation
import ITAKit
import ThaiText

/// Loads what reading a report will need (the Thai dictionary and word counts, the latest
/// year's framework, the reading words, the validator's rules and units) on other threads,
/// from the moment the process starts.
///
/// Why: each is loaded once, on first use, in a few milliseconds; first used by the page
/// workers or the parser, a load stalls them (a second worker needing the dictionary waits
/// for the first to finish loading it) while the process's start, the parsing of its
/// arguments and the opening of the PDF leave the other core idle. Started then, the loads
/// are done, or nearly, when the pages are read. A command that reads no report loads none.
enum WarmStart {
    /// The commands that read Thai text (and so repair it), and those that also read a report.
    static let textCommands: Set<String> = ["text", "tables", "normalize"]
    static let reportCommands: Set<String> = ["extract", "validate", "dataset"]

    /// Starts the loads the command named in `arguments` (as `CommandLine.arguments`) needs.
    static func begin(arguments: [String]) {
        guard arguments.count > 1 else { return }
        let command = arguments[1]
        if reportCommands.contains(command) {
            readingReports()
        } else if textCommands.contains(command) {
            DispatchQueue.global(qos: .userInitiated).async { ThaiRepairer.loadResources() }
        }
    }

    /// Starts the loads reading a report needs, once; any later call returns at once.
    static func readingReports() {
        _ = reportLoadsStarted
    }

    private static let reportLoadsStarted: Void = {
        DispatchQueue.global(qos: .userInitiated).async { ThaiRepairer.loadResources() }
        // Most reports are of the latest year: its framework is read before the report's year is
        // known (a report of another year reads its own, `ReportParser.prefetch`).
        DispatchQueue.global(qos: .userInitiated).async { _ = try? FrameworkLibrary.latest() }
        DispatchQueue.global(qos: .userInitiated).async { ReportParser.prepare() }
        DispatchQueue.global(qos: .userInitiated).async { Validator.prepare() }
    }()
}
