import Foundation
import ITAKit

/// Reads an uploaded report through a child `ita extract`, so that a PDF that makes poppler
/// crash or loop ends the child, never the server (poppler is not safe to run from several
/// threads at once either). The upload is written to a folder of its own inside the server's
/// private work folder (mode 0700), under its own file name so that the child's messages name
/// it as the person knows it, and removed as soon as the child is done.
struct ReportReader: Sendable {
    var executable: URL
    var workFolder: URL
    var slots: ChildSlots
    /// Seconds a child may take before it is killed (poppler's own guard in the child ends a
    /// looping page far sooner; this is the last line).
    var timeLimit: Double
    /// `--ocr` for the child: auto, never or always.
    var ocr = "auto"

    enum Outcome: Sendable {
        /// The report, and the JSON exactly as `ita extract` wrote it.
        case read(Report, json: Data)
        /// Why the file cannot be used, in the language asked for.
        case unusable(String)
    }

    func read(_ data: Data, fileName: String, password: String?, language: ServerLanguage) async throws -> Outcome {
        let name = Self.safeName(fileName)
        if data.isEmpty { return .unusable(ServerMessage.emptyFile(name: name).text(in: language)) }
        var arguments = ["extract", "--lang", language.rawValue, "--ocr", ocr]
        if let password, !password.isEmpty { arguments += ["--password", password] }
        arguments += ["--", name]
        let childArguments = arguments
        let result = try await withUploadFile(data, name: name) { folder in
            try await slots.withSlot {
                try await ChildProcess.run(executable, childArguments, in: folder, timeLimit: timeLimit)
            }
        }
        // 0: read; 1: read, with errors among its diagnostics.
        if result.exited, result.status == 0 || result.status == 1,
           let report = try? JSONDecoder().decode(Report.self, from: result.stdout) {
            return .read(report, json: result.stdout)
        }
        if result.timedOut {
            return .unusable(ServerMessage.childTimedOut(name: name, seconds: Int(timeLimit)).text(in: language))
        }
        let said = String(decoding: result.stderr, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? ""
        if result.exited, result.status == 2, !said.isEmpty {
            return .unusable(said.hasPrefix("ita: ") ? String(said.dropFirst(5)) : said)
        }
        return .unusable(ServerMessage.childCrashed(name: name).text(in: language))
    }

    /// Writes `data` as `name` in a new private folder, runs `body` with that folder, and
    /// removes the folder whatever happens.
    func withUploadFile<T: Sendable>(_ data: Data, name: String,
                                     _ body: (URL) async throws -> T) async throws -> T {
        let folder = workFolder.appendingPathComponent(UUID().uuidString, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        guard FileManager.default.createFile(atPath: file.path, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown)
        }
        return try await body(folder)
    }

    /// A file name safe to write inside the upload's folder: the last part of what the browser
    /// sent, without separators or control characters, not starting with a dot or a dash.
    static func safeName(_ sent: String) -> String {
        let last = sent.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        var name = String(String.UnicodeScalarView(last.unicodeScalars.filter {
            !CharacterSet.controlCharacters.contains($0) && $0 != ":"
        }))
        while name.hasPrefix(".") || name.hasPrefix("-") || name.hasPrefix(" ") { name.removeFirst() }
        if name.utf8.count > 200 { name = String(name.prefix(100)) }
        return name.isEmpty ? "upload" : name
    }
}
