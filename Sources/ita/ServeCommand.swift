import ArgumentParser
import Foundation
import ITAServer

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "A local web page to check a report: drop a PDF or text file, see the findings on its pages.",
        discussion: """
        Serves one page and its JSON API: POST /api/validate and /api/extract (multipart form, \
        field file, optional password) answer what `ita validate --format json` and \
        `ita extract` write; GET /api/uploads/ID/pages/N.png draws page N with the findings \
        outlined. Listens on 127.0.0.1 unless --host says otherwise. Each upload is read by a \
        child ita process, so a damaged PDF cannot stop the server; uploads are kept in memory \
        and in a private temporary folder only while they are read.
        """
    )

    @Option(help: "The port to listen on.")
    var port = 8080

    @Option(help: "The address to listen on (127.0.0.1: only this machine).")
    var host = "127.0.0.1"

    @Option(help: "The largest upload accepted, in megabytes.")
    var maxUploadMb = 50

    // The child that draws a page (run by the server, not by people).
    @Option(help: .hidden) var renderPage: String?
    @Option(help: .hidden) var page = 1
    @Option(help: .hidden) var password: String?
    @Option(help: .hidden) var outline: [String] = []
    @Option(help: .hidden) var focus: String?

    func run() throws {
        if let renderPage {
            let rects = outline.compactMap(Self.rect)
            let png = try PageRenderer.png(file: renderPage, password: password, page: page,
                                           outlines: rects, focus: focus.flatMap(Self.rect))
            FileHandle.standardOutput.write(png)
            return
        }
        var settings = ITAServer.Configuration(executable: ReportExtractor.executable)
        settings.host = host
        settings.port = port
        settings.maxUploadBytes = maxUploadMb * 1024 * 1024
        let server = try ITAServer(configuration: settings)
        let loopback = ["127.0.0.1", "localhost", "::1"].contains(host)
        if !loopback {
            FileHandle.standardError.write(Data("ita serve: listening on \(host), not only this machine: anyone who can reach it can upload files\n".utf8))
        }
        FileHandle.standardError.write(Data("ita serve: http://\(host.contains(":") ? "[\(host)]" : host):\(port)/\n".utf8))
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { try await server.application().runService() } catch { outcome.error = error }
            done.signal()
        }
        done.wait()
        server.removeWorkFolder()
        if let error = outcome.error {
            FileHandle.standardError.write(Data("ita serve: \(error)\n".utf8))
            throw ExitCode(2)
        }
    }

    static func rect(_ text: String) -> [Double]? {
        let values = text.split(separator: ",").compactMap { Double($0) }
        return values.count == 4 ? values : nil
    }

    private final class Outcome: @unchecked Sendable { var error: Error? }
}
