import ArgumentParser
import Foundation
import ITAServer

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "A local web page to check a report: drop a PDF, Word or text file, see the findings on its pages.",
        discussion: """
        Serves one page and its JSON API: POST /api/validate and /api/extract (multipart form, \
        field file, optional password) answer what `ita validate --format json` and \
        `ita extract` write; GET /api/uploads/ID/pages/N.png draws page N with the findings \
        outlined, and GET /api/uploads/ID/place?paragraph=N (or table=T&row=R&column=C) gives a \
        Word document's paragraph or table row. Listens on 127.0.0.1 unless --host says otherwise. Each upload is read by a \
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

    @OptionGroup var language: LanguageOption

    @OptionGroup var ocr: OCROption

    // The child that draws a page (run by the server, not by people).
    @Option(help: .hidden) var renderPage: String?
    @Option(help: .hidden) var page = 1
    @Option(help: .hidden) var password: String?
    @Option(help: .hidden) var outline: [String] = []
    @Option(help: .hidden) var focus: [String] = []
    // The child that gives a Word document's paragraph or table row (run by the server).
    @Option(help: .hidden) var renderPlace: String?
    @Option(help: .hidden) var placeParagraph: Int?
    @Option(help: .hidden) var placeTable: Int?
    @Option(help: .hidden) var placeRow: Int?
    @Option(help: .hidden) var placeColumn: Int?
    @Option(help: .hidden) var placePart: String?

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be 1 to 65535") }
        guard maxUploadMb > 0 else { throw ValidationError("--max-upload-mb must be at least 1") }
    }

    func run() throws {
        if let renderPlace {
            // A finding in a picture is shown with what OCR read in it.
            let document = try WordInput.read(renderPlace, ocr: .auto)
            guard let excerpt = WordPlaceExcerpt.find(in: document, part: placePart, paragraph: placeParagraph,
                                                      table: placeTable, row: placeRow, column: placeColumn) else { throw ExitCode(1) }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            FileHandle.standardOutput.write(try encoder.encode(excerpt))
            return
        }
        if let renderPage {
            let rects = outline.compactMap(Self.rect)
            let png = try PageRenderer.png(file: renderPage, password: password, page: page,
                                           outlines: rects, focus: focus.compactMap(Self.rect))
            FileHandle.standardOutput.write(png)
            return
        }
        let english = language.language == .en
        var settings = ITAServer.Configuration(executable: ReportExtractor.executable)
        settings.host = host
        settings.port = port
        settings.maxUploadBytes = maxUploadMb * 1024 * 1024
        settings.ocr = ocr.mode.rawValue
        let server = try ITAServer(configuration: settings)
        let address = "http://\(host.contains(":") ? "[\(host)]" : host):\(port)/"
        let loopback = ["127.0.0.1", "localhost", "::1"].contains(host)
        if !loopback {
            say(english
                ? "listening on \(host), not only on this machine: anyone who can reach it can upload files"
                : "รับการเชื่อมต่อที่ \(host) ไม่ใช่เฉพาะเครื่องนี้: ผู้ที่เข้าถึงเครื่องนี้ทางเครือข่ายได้จะอัปโหลดไฟล์ได้")
        }
        say(english ? "open \(address) in a browser (Ctrl-C to stop)" : "เปิด \(address) ในเบราว์เซอร์ (กด Ctrl-C เพื่อหยุด)")
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { try await server.application().runService() } catch { outcome.error = error }
            done.signal()
        }
        done.wait()
        server.removeWorkFolder()
        if let error = outcome.error {
            say(english
                ? "cannot serve on \(host) port \(port) (\(error)): the port may be in use; choose another with --port"
                : "เปิดบริการที่ \(host) พอร์ต \(port) ไม่ได้ (\(error)): พอร์ตนี้อาจมีโปรแกรมอื่นใช้อยู่ เลือกพอร์ตอื่นด้วย --port")
            throw ExitCode(2)
        }
    }

    private func say(_ line: String) {
        FileHandle.standardError.write(Data("ita serve: \(line)\n".utf8))
    }

    static func rect(_ text: String) -> [Double]? {
        let values = text.split(separator: ",").compactMap { Double($0) }
        return values.count == 4 ? values : nil
    }

    private final class Outcome: @unchecked Sendable { var error: Error? }
}
