import ArgumentParser
import Foundation
import ITAKit
import ITAStore

struct DatasetAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Read reports (files, or every .pdf, .docx and .txt in folders) into the dataset.",
        discussion: """
        Reads the files in parallel, one per core, and stores each report with its \
        diagnostics. A file already stored (the same sha256) changes nothing. A different \
        file for an agency and fiscal year already stored is refused unless --replace is \
        given. A file that cannot be read does not stop the others: the summary at the end \
        says which failed and why. A progress bar is shown on stderr when it is a terminal.

        Exit status: 0 when every file was stored or already was, 1 when any failed, 2 when \
        the dataset cannot be opened.
        """
    )

    @Argument(help: "Reports (PDF or text) and folders of reports.")
    var paths: [String]

    @OptionGroup var database: DatabaseOption

    @Flag(help: "Replace a stored report of the same agency and fiscal year.")
    var replace = false

    @Option(help: "How many files to read at once. Default: one per core.")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var language: LanguageOption

    @OptionGroup var ocr: OCROption

    /// What a worker hands on to the one that stores.
    private enum Prepared: Sendable {
        case alreadyStored
        case extracted(ReportExtractor.Result)
    }

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be 1 or more.") }
        guard !paths.isEmpty else { throw ValidationError("Give at least one report file or folder.") }
    }

    func run() throws {
        let language = language.language
        let store: ReportStore
        do {
            store = try database.open(create: true)
        } catch let failure as DatasetFailure {
            throw failure.exit(in: language)
        }
        let inputs = InputFiles(paths)
        let files = inputs.files
        let extractor = ReportExtractor(language: language, ocr: ocr.mode)
        let progress = ProgressBar(total: files.count)
        let replace = replace
        let results = Results(count: files.count)
        OrderedWorkers<Prepared>(count: files.count).run(jobs: jobs, work: { index in
            // The same file stored before needs no reading.
            if let data = FileManager.default.contents(atPath: files[index]), !data.isEmpty,
               (try? store.report(sha256: SHA256.hex(of: data))) != nil || (try? store.hasList(sha256: SHA256.hex(of: data))) == true {
                return .alreadyStored
            }
            return .extracted(extractor.extract(files[index]))
        }, commit: { index, prepared in
            let file = files[index]
            switch prepared {
            case .alreadyStored:
                results.set(index, .unchanged)
            case .extracted(.failed(let why)):
                results.set(index, .failed(why))
            case .extracted(.report(let report)) where report.kind == .resultsList:
                do {
                    switch try store.addList(report, path: file) {
                    case .added(let count, let newAgencies): results.set(index, .addedList(results: count, newAgencies: newAgencies))
                    case .unchanged: results.set(index, .unchanged)
                    }
                } catch let error as StoreError {
                    results.set(index, .failed(DatasetMessage.store(error).text(in: language)))
                } catch {
                    results.set(index, .failed(String(describing: error)))
                }
            case .extracted(.report(let report)):
                do {
                    let outcome = try store.add(report, path: file, replace: replace)
                    results.set(index, FileOutcome(outcome, file: file, language: language))
                } catch let error as StoreError {
                    results.set(index, .failed(DatasetMessage.store(error).text(in: language)))
                } catch {
                    results.set(index, .failed(String(describing: error)))
                }
            }
            progress.update(done: index + 1)
        })
        progress.finish()
        var summary = AddSummary()
        summary.outcomes = inputs.emptyFolders.map { ($0, FileOutcome.failed(DatasetMessage.emptyFolder(path: $0).text(in: language))) }
        summary.outcomes += zip(files, results.all).map { ($0, $1) }
        FileHandle.standardOutput.write(Data(summary.render(in: language).utf8))
        if summary.failedCount > 0 { throw ExitCode(1) }
    }

    /// The outcome of each file, set by the storing worker.
    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var outcomes: [FileOutcome]

        init(count: Int) {
            outcomes = Array(repeating: .failed(""), count: count)
        }

        func set(_ index: Int, _ outcome: FileOutcome) {
            lock.lock()
            outcomes[index] = outcome
            lock.unlock()
        }

        var all: [FileOutcome] {
            lock.lock()
            defer { lock.unlock() }
            return outcomes
        }
    }
}
