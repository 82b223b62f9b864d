import ArgumentParser
import Foundation
import ITAStore

/// `--db`, shared by the dataset commands.
struct DatabaseOption: ParsableArguments {
    @Option(name: .customLong("db"), help: "The dataset's SQLite file. Default: ita.sqlite in the current folder.")
    var path = "ita.sqlite"

    /// The dataset, made when `create` (only `add` makes one); a problem is a `DatasetFailure`.
    func open(create: Bool) throws -> ReportStore {
        do {
            return try ReportStore(path: path, create: create)
        } catch let error as StoreError {
            throw DatasetFailure(.store(error))
        }
    }
}

/// A dataset command that cannot go on: one line on stderr, exit status 2.
struct DatasetFailure: Error {
    let message: DatasetMessage

    init(_ message: DatasetMessage) { self.message = message }

    func exit(in language: Language) -> ExitCode {
        UsageFailure.say(message.text(in: language))
        return ExitCode(2)
    }
}

extension UsageFailure {
    static func say(_ text: String) {
        FileHandle.standardError.write(Data(("ita: " + text + "\n").utf8))
    }
}
