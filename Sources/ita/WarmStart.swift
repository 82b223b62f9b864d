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
    /// Starts the loads the command named in `arguments` (as `CommandLine.arguments`) needs.
    /// (A `switch`, not a set of names: a set's first use costs the start a fifth of a millisecond.)
    static func begin(arguments: [String]) {
        guard arguments.count > 1 else { return }
        switch arguments[1] {
        case "extract", "validate":
            readingReports()
        case "dataset" where arguments.dropFirst(2).first == "add":
            readingReports()
        case "text", "tables", "normalize":
            DispatchQueue.global(qos: .userInitiated).async { ThaiRepairer.loadResources() }
        default:
            break
        }
    }

    /// Starts the loads reading a report needs, once; any later call returns at once.
    static func readingReports() {
        _ = reportLoadsStarted
    }

    private static let reportLoadsStarted: Void = {
        // One after another on one thread, in the order they are needed: the dictionary first
        // (the page workers' repairer waits for it), and no more threads than the idle core.
        DispatchQueue.global(qos: .userInitiated).async {
            ThaiRepairer.loadResources()
            // Most reports are of the latest year: its framework is read before the report's year
            // is known (a report of another year reads its own, `ReportParser.prefetch`).
            _ = try? FrameworkLibrary.latest()
            ReportParser.prepare()
            Validator.prepare()
        }
    }()
}
