import ArgumentParser
import Foundation

/// A run that cannot go on: says why on one line of stderr and exits with status 2.
struct UsageFailure: Error {
    let message: Message

    func exit(in language: Language) -> ExitCode {
        FileHandle.standardError.write(Data(("ita: " + message.text(in: language) + "\n").utf8))
        return ExitCode(2)
    }
}
