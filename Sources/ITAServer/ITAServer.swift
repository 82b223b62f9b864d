import Foundation
import HTTPTypes
import Hummingbird
import ITAKit
import NIOCore

/// `ita serve`: one page and the small JSON API it uses.
///
/// - `GET /`, `/app.js`, `/app.css`: the page, built in (nothing is read from disk by path).
/// - `POST /api/validate`, `POST /api/extract`: multipart form, field `file` (a PDF, a Word
///   document or a text report), optional `password` and `lang` (or `?lang=en`). The body is the
///   JSON of `ita validate --format json` and of `ita extract`; for a PDF or a Word document the
///   header `X-ITA-Upload` names the upload for its page images or places.
/// - `POST /api/computed`: a report's JSON in, what its year's framework computes out.
/// - `GET /api/uploads/{id}/pages/{n}.png[?focus=i]`: page n with the findings on it outlined,
///   finding i (its index in the diagnostics) in red.
/// - `GET /api/uploads/{id}/place?paragraph=n` or `?table=t&row=r&column=c` (and `part=header`
///   or `footer`): a Word document has no pages; the text of that paragraph, or that table row
///   with its table's first row, as JSON (`WordPlaceExcerpt`).
///
/// An answer the server cannot give is `{"error": "…"}` with a 4xx status, in Thai unless
/// English is asked for.
public struct ITAServer: Sendable {
    public struct Configuration: Sendable {
        public var host = "127.0.0.1"
        public var port = 8080
        /// The largest upload accepted, in bytes.
        public var maxUploadBytes = 50 * 1024 * 1024
        /// The `ita` program that reads reports and draws pages, in child processes.
        public var executable: URL
        /// Children at once; the rest wait.
        public var maxChildren = max(2, ProcessInfo.processInfo.activeProcessorCount)
        /// Seconds a child may take.
        public var childTimeLimit = 120.0
        /// When the child reads pages by OCR: auto, never or always (`ita extract --ocr`).
        public var ocr = "auto"
        /// Where uploads are written while a child reads them: a new private folder inside it.
        public var temporaryFolder = FileManager.default.temporaryDirectory

        public init(executable: URL) { self.executable = executable }
    }

    let configuration: Configuration
    let reader: ReportReader
    let store = UploadStore()
    let page: Page
    /// The private folder of this server's uploads (mode 0700), removed by `removeWorkFolder`.
    public let workFolder: URL

    public init(configuration: Configuration) throws {
        self.configuration = configuration
        var template = Array(configuration.temporaryFolder.appendingPathComponent("ita-serve-XXXXXX").path.utf8CString)
        guard let made = mkdtemp(&template) else { throw CocoaError(.fileWriteUnknown) }
        workFolder = URL(fileURLWithPath: String(cString: made), isDirectory: true)
        reader = ReportReader(executable: configuration.executable, workFolder: workFolder,
                              slots: ChildSlots(limit: configuration.maxChildren),
                              timeLimit: configuration.childTimeLimit, ocr: configuration.ocr)
        page = try Page()
    }

    public func removeWorkFolder() {
        try? FileManager.default.removeItem(at: workFolder)
    }

    /// The application, ready to run or to test.
    public func application() -> some ApplicationProtocol {
        Application(router: router(),
                    configuration: .init(address: .hostname(configuration.host, port: configuration.port),
                                         serverName: "ita"))
    }

    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        let page = self.page
        router.get("/") { _, _ in page.response(.html) }
        router.get("/index.html") { _, _ in page.response(.html) }
        router.get("/app.js") { _, _ in page.response(.script) }
        router.get("/app.css") { _, _ in page.response(.style) }
        router.post("/api/validate") { request, _ in await self.analyse(request, validateOnly: true) }
        router.post("/api/extract") { request, _ in await self.analyse(request, validateOnly: false) }
        router.post("/api/computed") { request, _ in await Self.computed(request) }
        router.get("/api/uploads/:id/pages/:file") { request, context in
            await self.pageImage(request, id: context.parameters.get("id") ?? "", file: context.parameters.get("file") ?? "")
        }
        router.get("/api/uploads/:id/place") { request, context in
            await self.placeExcerpt(request, id: context.parameters.get("id") ?? "")
        }
        return router
    }

    // MARK: - Reading a report

    private func analyse(_ request: Request, validateOnly: Bool) async -> Response {
        var language = Self.language(request)
        let limit = configuration.maxUploadBytes
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit + Self.formSlack {
            return Self.failure(.contentTooLarge, .tooLarge(limitBytes: limit), language)
        }
        guard let contentType = request.headers[.contentType],
              let boundary = MultipartForm.boundary(contentType: contentType) else {
            return Self.failure(.badRequest, .notMultipart, language)
        }
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: limit + Self.formSlack)
        } catch is NIOTooManyBytesError {
            return Self.failure(.contentTooLarge, .tooLarge(limitBytes: limit), language)
        } catch {
            return Self.failure(.badRequest, .notMultipart, language)
        }
        guard let form = MultipartForm(body: Data(buffer: body), boundary: boundary) else {
            return Self.failure(.badRequest, .notMultipart, language)
        }
        if let asked = form.text("lang").flatMap(ServerLanguage.init(rawValue:)) { language = asked }
        guard let file = form.part("file") else { return Self.failure(.badRequest, .noFile, language) }
        if file.data.count > limit { return Self.failure(.contentTooLarge, .tooLarge(limitBytes: limit), language) }
        let password = form.text("password").flatMap { $0.isEmpty ? nil : $0 }
        let name = ReportReader.safeName(file.fileName ?? "upload")
        let outcome: ReportReader.Outcome
        do {
            outcome = try await reader.read(file.data, fileName: name, password: password, language: language)
        } catch {
            return Self.failure(.internalServerError, .internalError, language)
        }
        switch outcome {
        case .unusable(let message):
            return Self.failure(.unprocessableContent, message: message)
        case .read(let report, let json):
            var headers: HTTPFields = [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"]
            if report.source.kind == .pdf, let pages = report.source.pages {
                let id = await store.add(.init(data: file.data, fileName: name, password: password, pages: pages,
                                               diagnostics: report.diagnostics, added: Date()))
                headers[HTTPField.Name("X-ITA-Upload")!] = id
            } else if report.source.kind == .docx {
                let id = await store.add(.init(data: file.data, fileName: name, password: nil, pages: 0,
                                               diagnostics: report.diagnostics, added: Date(), isWordDocument: true))
                headers[HTTPField.Name("X-ITA-Upload")!] = id
            }
            let output = validateOnly ? Self.validateJSON(report.diagnostics) : json
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(data: output)))
        }
    }

    /// What `ita validate --format json` writes.
    static func validateJSON(_ diagnostics: [Diagnostic]) -> Data {
        struct Document: Encodable { var diagnostics: [Diagnostic] }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(Document(diagnostics: diagnostics))) ?? Data()) + Data("\n".utf8)
    }

    /// Room for the form's headers and text fields beyond the file itself.
    static let formSlack = 64 * 1024

    // MARK: - Computed scores

    /// `POST /api/computed` with a report's JSON (what `/api/extract` gave): what its year's
    /// framework computes from its tool scores; `{}` when ita has no framework for the year.
    private static func computed(_ request: Request) async -> Response {
        let language = Self.language(request)
        guard let body = try? await request.body.collect(upTo: 16 * 1024 * 1024) else {
            return failure(.contentTooLarge, .tooLarge(limitBytes: 16 * 1024 * 1024), language)
        }
        guard let report = try? JSONDecoder().decode(Report.self, from: Data(buffer: body)) else {
            return failure(.badRequest, .notAReport, language)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = ComputedScores.of(report).flatMap { try? encoder.encode($0) } ?? Data("{}".utf8)
        return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
                        body: .init(byteBuffer: ByteBuffer(data: json)))
    }

    // MARK: - Page images

    private func pageImage(_ request: Request, id: String, file: String) async -> Response {
        let language = Self.language(request)
        guard file.hasSuffix(".png"), let number = Int(file.dropLast(4)) else {
            return Self.failure(.notFound, .unknownUpload, language)
        }
        guard let upload = await store.upload(id) else { return Self.failure(.notFound, .unknownUpload, language) }
        guard number >= 1, number <= upload.pages else {
            return Self.failure(.notFound, .noSuchPage(page: number, pages: upload.pages), language)
        }
        let focusIndex = request.uri.queryParameters.get("focus").flatMap { Int($0) }
        var arguments = ["serve", "--render-page", ReportReader.safeName(upload.fileName), "--page", String(number)]
        if let password = upload.password { arguments += ["--password", password] }
        // Every place of every finding on the page: a finding about two places (a score
        // written twice) outlines both.
        for (index, diagnostic) in upload.diagnostics.enumerated() {
            for place in [diagnostic.where].compactMap({ $0 }) + (diagnostic.alsoWhere ?? [])
            where place.page == number && place.rect?.count == 4 {
                let rect = place.rect!.map { String($0) }.joined(separator: ",")
                arguments += [index == focusIndex ? "--focus" : "--outline", rect]
            }
        }
        let result: ChildResult
        do {
            result = try await runChild(arguments, on: upload)
        } catch {
            return Self.failure(.internalServerError, .internalError, language)
        }
        guard result.exited, result.status == 0, result.stdout.starts(with: [0x89, 0x50, 0x4E, 0x47]) else {
            return Self.failure(.unprocessableContent, .renderFailed(page: number), language)
        }
        return Response(status: .ok, headers: [.contentType: "image/png", .cacheControl: "private, max-age=3600"],
                        body: .init(byteBuffer: ByteBuffer(data: result.stdout)))
    }

    /// A child `ita` with `arguments`, in a folder of its own holding the upload, when a slot
    /// for a child is free.
    private func runChild(_ arguments: [String], on upload: UploadStore.Upload) async throws -> ChildResult {
        let executable = configuration.executable
        let limit = configuration.childTimeLimit
        let slots = reader.slots
        return try await reader.withUploadFile(upload.data, name: ReportReader.safeName(upload.fileName)) { folder in
            try await slots.withSlot { try await ChildProcess.run(executable, arguments, in: folder, timeLimit: limit) }
        }
    }

    // MARK: - A Word document's places

    /// The paragraph or table row a finding in a Word document points to, read by a child `ita`
    /// (a damaged zip must not end the server either).
    private func placeExcerpt(_ request: Request, id: String) async -> Response {
        let language = Self.language(request)
        guard let upload = await store.upload(id) else { return Self.failure(.notFound, .unknownUpload, language) }
        guard upload.isWordDocument else { return Self.failure(.notFound, .notAWordDocument, language) }
        let query = request.uri.queryParameters
        let number = { (name: String) in query.get(name).flatMap { Int($0) }.flatMap { (1...1_000_000).contains($0) ? $0 : nil } }
        var arguments = ["serve", "--render-place", ReportReader.safeName(upload.fileName)]
        if let paragraph = number("paragraph") {
            arguments += ["--place-paragraph", String(paragraph)]
        } else if let table = number("table"), let row = number("row") {
            arguments += ["--place-table", String(table), "--place-row", String(row)]
            if let column = number("column") { arguments += ["--place-column", String(column)] }
        } else {
            return Self.failure(.notFound, .noSuchPlace, language)
        }
        if let part = query.get("part"), ["header", "footer"].contains(part) { arguments += ["--place-part", part] }
        let result: ChildResult
        do {
            result = try await runChild(arguments, on: upload)
        } catch {
            return Self.failure(.internalServerError, .internalError, language)
        }
        guard result.exited, result.status == 0, result.stdout.first == UInt8(ascii: "{") else {
            return Self.failure(.notFound, .noSuchPlace, language)
        }
        return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "private, max-age=3600"],
                        body: .init(byteBuffer: ByteBuffer(data: result.stdout)))
    }

    // MARK: - Answers

    static func language(_ request: Request) -> ServerLanguage {
        request.uri.queryParameters.get("lang").flatMap(ServerLanguage.init(rawValue:)) ?? .th
    }

    static func failure(_ status: HTTPResponse.Status, _ message: ServerMessage, _ language: ServerLanguage) -> Response {
        failure(status, message: message.text(in: language))
    }

    static func failure(_ status: HTTPResponse.Status, message: String) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let body = (try? encoder.encode(["error": message])) ?? Data()
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
                        body: .init(byteBuffer: ByteBuffer(data: body)))
    }
}

/// The page's three files, read from the module's resources once, at start.
struct Page: Sendable {
    enum File { case html, script, style }
    let html: ByteBuffer
    let script: ByteBuffer
    let style: ByteBuffer

    init() throws {
        func load(_ name: String, _ ext: String) throws -> ByteBuffer {
            guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Resources") else {
                throw CocoaError(.fileNoSuchFile)
            }
            return ByteBuffer(data: try Data(contentsOf: url))
        }
        html = try load("index", "html")
        script = try load("app", "js")
        style = try load("app", "css")
    }

    func response(_ file: File) -> Response {
        let (body, type): (ByteBuffer, String) = switch file {
        case .html: (html, "text/html; charset=utf-8")
        case .script: (script, "text/javascript; charset=utf-8")
        case .style: (style, "text/css; charset=utf-8")
        }
        return Response(status: .ok, headers: [
            .contentType: type,
            .contentSecurityPolicy: "default-src 'self'; img-src 'self' blob: data:; object-src 'none'; frame-ancestors 'none'",
            HTTPField.Name("X-Content-Type-Options")!: "nosniff",
        ], body: .init(byteBuffer: body))
    }
}
