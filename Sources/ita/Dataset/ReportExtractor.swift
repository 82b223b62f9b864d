import Foundation
import ITAKit
import PDFText
import ReportLayout

/// Reads one report file for the dataset, on any thread.
///
/// Text reports are read in this process (pure Swift, safe on many threads). PDFs are read
/// by a child `ita extract`: poppler keeps global state (GlobalParams, caches), and its core
/// is not documented as safe to use from several threads at once, so each PDF gets a
/// process of its own. That also keeps a PDF that crashes poppler from ending the batch.
/// Word documents too are read in a child: a damaged zip must not end the batch either.
struct ReportExtractor: Sendable {
    enum Result: Sendable {
        case report(Report)
        /// Why the file cannot be used, in the language asked for.
        case failed(String)
    }

    var language: Language
    /// `--ocr` for the child that reads a PDF.
    var ocr: OCRMode = .auto

    func extract(_ path: String) -> Result {
        do {
            switch try InputKind.of(path: path) {
            case .text:
                return .report(try ReportLoader(password: nil, language: language).load(path).report)
            case .pdf, .word:
                return try extractInChild(path)
            }
        } catch let failure as UsageFailure {
            return .failed(failure.message.text(in: language))
        } catch let error as PDFError {
            return .failed(Message.pdf(error).text(in: language))
        } catch {
            return .failed(String(describing: error))
        }
    }

    /// `ita extract PATH` in a child process: its JSON, or its one line of stderr.
    private func extractInChild(_ path: String) throws -> Result {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = ["extract", path, "--lang", language.rawValue, "--ocr", ocr.rawValue]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // stdout first: the JSON can exceed a pipe's buffer; stderr is one line.
        let json = out.fileHandleForReading.readDataToEndOfFile()
        let message = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let status = process.terminationStatus
        // 0: read; 1: read, with errors among its diagnostics.
        if process.terminationReason == .exit, status == 0 || status == 1,
           let report = try? JSONDecoder().decode(Report.self, from: json) {
            return .report(report)
        }
        let said = String(decoding: message, as: UTF8.self)
            .split(separator: "\n").last.map { String($0) } ?? ""
        if process.terminationReason == .exit, status == 2, !said.isEmpty {
            return .failed(said.hasPrefix("ita: ") ? String(said.dropFirst(5)) : said)
        }
        return .failed(DatasetMessage.extractionCrashed(path: path, status: status).text(in: language))
    }

    /// This program.
    static var executable: URL {
        #if os(Linux)
        return URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        #else
        return Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        #endif
    }
}
