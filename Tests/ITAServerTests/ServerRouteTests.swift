import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ITAKit
@testable import ITAServer
import NIOCore
import XCTest

/// The routes of `ita serve`, through HummingbirdTesting, with the real `ita` reading the
/// uploads in child processes.
final class ServerRouteTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func fixture(_ relative: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent(relative))
    }

    func server(maxUploadBytes: Int = 50 * 1024 * 1024) throws -> ITAServer {
        var settings = ITAServer.Configuration(executable: Bundle.main.bundleURL.appendingPathComponent("ita"))
        settings.maxUploadBytes = maxUploadBytes
        settings.childTimeLimit = 60
        return try ITAServer(configuration: settings)
    }

    func test(_ server: ITAServer, _ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        defer { server.removeWorkFolder() }
        let app = Application(router: server.router())
        try await app.test(.router, body)
    }

    static let boundary = "ita-test-boundary-7d2f"

    static func form(file: Data?, name: String = "report.pdf", fields: [String: String] = [:]) -> ByteBuffer {
        var body = Data()
        for (key, value) in fields {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(key)\"\r\n\r\n\(value)\r\n".utf8)
        }
        if let file {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
            body += file
            body += Data("\r\n".utf8)
        }
        body += Data("--\(boundary)--\r\n".utf8)
        return ByteBuffer(data: body)
    }

    static let formHeaders: HTTPFields = [.contentType: "multipart/form-data; boundary=\(boundary)"]

    static func diagnostics(_ body: ByteBuffer) throws -> [Diagnostic] {
        struct Document: Decodable { var diagnostics: [Diagnostic] }
        return try JSONDecoder().decode(Document.self, from: Data(buffer: body)).diagnostics
    }

    static func error(_ body: ByteBuffer) -> String {
        ((try? JSONDecoder().decode([String: String].self, from: Data(buffer: body))) ?? [:])["error"] ?? ""
    }

    // MARK: - The page

    func testThePageAndItsFilesAreServed() async throws {
        try await test(try server()) { client in
            try await client.execute(uri: "/", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertEqual(response.headers[.contentType], "text/html; charset=utf-8")
                let html = String(buffer: response.body)
                XCTAssertTrue(html.contains("ตรวจรายงาน ITA"))
                XCTAssertTrue(html.contains("/app.js"))
                XCTAssertFalse(html.contains("http://") || html.contains("https://"), "no external resources")
            }
            for path in ["/app.js", "/app.css"] {
                try await client.execute(uri: path, method: .get) { response in
                    XCTAssertEqual(response.status, .ok)
                    XCTAssertFalse(String(buffer: response.body).contains("https://"), path)
                }
            }
        }
    }

    func testUnknownPathsAre404() async throws {
        try await test(try server()) { client in
            for path in ["/nothing", "/../Package.swift", "/Resources/index.html", "/api/uploads/0123/pages/1.png", "/etc/passwd"] {
                try await client.execute(uri: path, method: .get) { response in
                    XCTAssertEqual(response.status, .notFound, path)
                }
            }
        }
    }

    // MARK: - Reports

    func testCleanTextReportHasNoErrorAndMatchesTheCommandLine() async throws {
        let data = try Self.fixture("Samples/muangphon-2568.txt")
        let cli = try runITA(["validate", "--format", "json", Self.root.appendingPathComponent("Samples/muangphon-2568.txt").path])
        try await test(try server()) { client in
            try await client.execute(uri: "/api/validate", method: .post, headers: Self.formHeaders,
                                     body: Self.form(file: data, name: "muangphon-2568.txt")) { response in
                XCTAssertEqual(response.status, .ok)
                let diagnostics = try Self.diagnostics(response.body)
                XCTAssertFalse(diagnostics.contains { $0.severity == .error })
                XCTAssertFalse(diagnostics.isEmpty, "the sample's real slips are warnings")
                XCTAssertEqual(String(buffer: response.body), cli, "the same JSON as ita validate --format json")
                XCTAssertNil(response.headers[HTTPField.Name("X-ITA-Upload")!], "a text report has no pages to draw")
            }
        }
    }

    func testWrongOverallScoreGivesITA001InThaiWithItsPageAndAnOutlinedPageImage() async throws {
        let data = try Self.fixture("Tests/Fixtures/validate/ita001-overall-score.pdf")
        try await test(try server()) { client in
            let (upload, index) = try await client.execute(uri: "/api/extract", method: .post, headers: Self.formHeaders,
                                                            body: Self.form(file: data, name: "ita001-overall-score.pdf")) { response in
                XCTAssertEqual(response.status, .ok)
                let report = try JSONDecoder().decode(Report.self, from: Data(buffer: response.body))
                XCTAssertEqual(report.source.file, "ita001-overall-score.pdf")
                let index = try XCTUnwrap(report.diagnostics.firstIndex { $0.code == "ITA001" })
                let finding = report.diagnostics[index]
                XCTAssertEqual(finding.severity, .error)
                XCTAssertEqual(finding.where?.page, 3)
                XCTAssertEqual(finding.where?.rect?.count, 4)
                XCTAssertTrue(finding.message.contains("คะแนนภาพรวม 96.28"), finding.message)
                return (try XCTUnwrap(response.headers[HTTPField.Name("X-ITA-Upload")!]), index)
            }
            var plain = Data(), focused = Data()
            try await client.execute(uri: "/api/uploads/\(upload)/pages/3.png", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertEqual(response.headers[.contentType], "image/png")
                plain = Data(buffer: response.body)
            }
            try await client.execute(uri: "/api/uploads/\(upload)/pages/3.png?focus=\(index)", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                focused = Data(buffer: response.body)
            }
            XCTAssertTrue(focused.starts(with: [0x89, 0x50, 0x4E, 0x47]))
            XCTAssertGreaterThan(focused.count, 10_000)
            XCTAssertNotEqual(plain, focused, "the finding is outlined in red when it is the focus")
            try await client.execute(uri: "/api/uploads/\(upload)/pages/99.png", method: .get) { response in
                XCTAssertEqual(response.status, .notFound)
                XCTAssertTrue(Self.error(response.body).contains("ไม่มีหน้า 99"))
            }
        }
    }

    func testAWordDraftsFindingsShowTheirParagraphOrTableRow() async throws {
        let data = try Self.fixture("Tests/Fixtures/docx/ita006-impossible-date.docx")
        try await test(try server()) { client in
            let (upload, finding) = try await client.execute(uri: "/api/extract", method: .post, headers: Self.formHeaders,
                                                              body: Self.form(file: data, name: "ร่างรายงาน.docx")) { response in
                XCTAssertEqual(response.status, .ok)
                let report = try JSONDecoder().decode(Report.self, from: Data(buffer: response.body))
                XCTAssertEqual(report.source.kind, .docx)
                XCTAssertEqual(report.source.file, "ร่างรายงาน.docx")
                let finding = try XCTUnwrap(report.diagnostics.first { $0.code == "ITA006" })
                XCTAssertEqual([finding.where?.table, finding.where?.row, finding.where?.column], [4, 2, 5])
                XCTAssertNil(finding.where?.page)
                return (try XCTUnwrap(response.headers[HTTPField.Name("X-ITA-Upload")!]), finding)
            }
            try await client.execute(uri: "/api/uploads/\(upload)/place?table=4&row=2&column=5", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                let place = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
                XCTAssertEqual(place["kind"] as? String, "row")
                XCTAssertEqual(place["column"] as? Int, 5)
                let cells = try XCTUnwrap(place["cells"] as? [String])
                XCTAssertEqual(cells.first, "1.การปฏิบัติหน้าที่")
                XCTAssertTrue(cells[4].contains(finding.found ?? "?"), cells[4])
                XCTAssertEqual((place["header"] as? [String])?.first, "ตัวชี้วัด")
            }
            try await client.execute(uri: "/api/uploads/\(upload)/place?paragraph=20", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                let place = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
                XCTAssertEqual(place["kind"] as? String, "paragraph")
                XCTAssertTrue(((place["lines"] as? [String])?.first ?? "").contains("97.28 คะแนน"))
            }
            try await client.execute(uri: "/api/uploads/\(upload)/place?paragraph=9999", method: .get) { response in
                XCTAssertEqual(response.status, .notFound)
                XCTAssertTrue(Self.error(response.body).contains("ไม่พบย่อหน้า"))
            }
            try await client.execute(uri: "/api/uploads/\(upload)/pages/1.png", method: .get) { response in
                XCTAssertEqual(response.status, .notFound, "a Word document has no page pictures")
            }
        }
    }

    func testABadWordFileGets422WithTheCommandsMessage() async throws {
        let data = try Self.fixture("Tests/Fixtures/docx/bad-encrypted-password-ita2568.docx")
        try await test(try server()) { client in
            try await client.execute(uri: "/api/validate?lang=en", method: .post, headers: Self.formHeaders,
                                     body: Self.form(file: data, name: "secret.docx")) { response in
                XCTAssertEqual(response.status, .unprocessableContent)
                XCTAssertEqual(Self.error(response.body),
                               "secret.docx is a Word document protected by a password, so ita cannot open it: open it in Word, remove the password (File > Info > Protect Document > Encrypt with Password, and clear it), save, and try again.")
            }
        }
    }

    func testEnglishOnRequest() async throws {
        let data = try Self.fixture("Tests/Fixtures/validate/ita001-overall-score.txt")
        try await test(try server()) { client in
            try await client.execute(uri: "/api/validate?lang=en", method: .post, headers: Self.formHeaders,
                                     body: Self.form(file: data, name: "draft.txt")) { response in
                XCTAssertEqual(response.status, .ok)
                let finding = try XCTUnwrap(try Self.diagnostics(response.body).first { $0.code == "ITA001" })
                XCTAssertTrue(finding.message.contains("The overall score 96.28"), finding.message)
            }
            try await client.execute(uri: "/api/validate?lang=en", method: .post, headers: [.contentType: "text/plain"],
                                     body: ByteBuffer(string: "x")) { response in
                XCTAssertEqual(response.status, .badRequest)
                XCTAssertTrue(Self.error(response.body).contains("multipart/form-data"))
            }
        }
    }

    // MARK: - Bad input

    func testBadInputGets4xxWithAMessage() async throws {
        let encrypted = try Self.fixture("Tests/Fixtures/badinput/muangphon-2568-password-ita2568.pdf")
        let noText = try Self.fixture("Tests/Fixtures/badinput/no-text-2-pages.pdf")
        let notITA = try Self.fixture("Tests/Fixtures/badinput/not-an-ita-report.pdf")
        try await test(try server()) { client in
            func post(_ body: ByteBuffer, headers: HTTPFields = Self.formHeaders) async throws -> (HTTPResponse.Status, String) {
                try await client.execute(uri: "/api/validate", method: .post, headers: headers, body: body) { ($0.status, Self.error($0.body)) }
            }
            var (status, message) = try await post(ByteBuffer(string: "hello"), headers: [.contentType: "application/json"])
            XCTAssertEqual(status, .badRequest); XCTAssertTrue(message.contains("multipart/form-data"), message)
            (status, message) = try await post(Self.form(file: nil, fields: ["lang": "th"]))
            XCTAssertEqual(status, .badRequest); XCTAssertTrue(message.contains("ไม่พบไฟล์"), message)
            (status, message) = try await post(Self.form(file: Data(), name: "empty.pdf"))
            XCTAssertEqual(status, .unprocessableContent); XCTAssertTrue(message.contains("ว่างเปล่า"), message)
            (status, message) = try await post(Self.form(file: Data("not a pdf at all".utf8), name: "fake.pdf"))
            XCTAssertEqual(status, .unprocessableContent); XCTAssertTrue(message.contains("fake.pdf ไม่ใช่ PDF"), message)
            (status, message) = try await post(Self.form(file: Data("%PDF-1.7\n1 0 obj garbage".utf8), name: "truncated.pdf"))
            XCTAssertEqual(status, .unprocessableContent); XCTAssertTrue(message.contains("truncated.pdf"), message)
            (status, message) = try await post(Self.form(file: encrypted, name: "secret.pdf"))
            XCTAssertEqual(status, .unprocessableContent); XCTAssertTrue(message.contains("secret.pdf ถูกเข้ารหัส"), message)
            (status, message) = try await post(Self.form(file: encrypted, name: "secret.pdf", fields: ["password": "wrong"]))
            XCTAssertEqual(status, .unprocessableContent); XCTAssertTrue(message.contains("รหัสผ่าน"), message)
            (status, message) = try await post(Self.form(file: noText, name: "scan.pdf"))
            XCTAssertEqual(status, .unprocessableContent); XCTAssertTrue(message.contains("scan.pdf"), message)
            (status, message) = try await post(Self.form(file: notITA, name: "other.pdf"))
            XCTAssertEqual(status, .unprocessableContent); XCTAssertFalse(message.isEmpty)
            // A file name that tries to leave the upload's folder is only a name.
            (status, message) = try await post(Self.form(file: Data("x".utf8), name: "../../etc/passwd.pdf"))
            XCTAssertEqual(status, .unprocessableContent); XCTAssertTrue(message.contains("passwd.pdf"), message)
            XCTAssertFalse(message.contains("../"), message)
            var random = SplitMix(seed: 8)
            (status, message) = try await post(Self.form(file: Data((0..<4096).map { _ in UInt8(truncatingIfNeeded: random.next()) }), name: "random.pdf"))
            XCTAssertEqual(status, .unprocessableContent); XCTAssertTrue(message.contains("random.pdf"), message)
            let sample = try Self.fixture("Samples/muangphon-2568-laksaman.pdf")
            (status, message) = try await post(Self.form(file: sample.prefix(sample.count / 2), name: "half.pdf"))
            XCTAssertEqual(status, .unprocessableContent); XCTAssertTrue(message.contains("half.pdf"), message)
            (status, message) = try await post(Self.form(file: Data("ตัวชี้วัด\tคะแนน\n".utf8) + Data([0xFF, 0xFE, 0x80]), name: "bad.txt"))
            XCTAssertEqual(status, .unprocessableContent); XCTAssertTrue(message.contains("bad.txt") && message.contains("UTF-8"), message)
            // The right password reads it.
            try await client.execute(uri: "/api/validate", method: .post, headers: Self.formHeaders,
                                     body: Self.form(file: encrypted, name: "secret.pdf", fields: ["password": "ita2568"])) { response in
                XCTAssertEqual(response.status, .ok)
            }
        }
    }

    func testOversizedUploadIs413WithAThaiMessage() async throws {
        try await test(try server(maxUploadBytes: 100 * 1024)) { client in
            let big = Data(repeating: 0x41, count: 300 * 1024)
            try await client.execute(uri: "/api/validate", method: .post, headers: Self.formHeaders,
                                     body: Self.form(file: big, name: "big.txt")) { response in
                XCTAssertEqual(response.status, .contentTooLarge)
                XCTAssertTrue(Self.error(response.body).contains("ไฟล์ใหญ่เกินกำหนด (รับได้ไม่เกิน 0.1 MB)"), Self.error(response.body))
            }
            // Just over the limit for the file, within it for the request.
            let over = Data(repeating: 0x41, count: 100 * 1024 + 1)
            try await client.execute(uri: "/api/validate?lang=en", method: .post, headers: Self.formHeaders,
                                     body: Self.form(file: over, name: "big.txt")) { response in
                XCTAssertEqual(response.status, .contentTooLarge)
                XCTAssertTrue(Self.error(response.body).contains("too large"))
            }
        }
    }

    func testAPDFThatCrashesOrHangsTheReaderLeavesTheServerUp() async throws {
        let data = try Self.fixture("Tests/Fixtures/validate/ita001-overall-score.pdf")
        let sample = try Self.fixture("Samples/muangphon-2568.txt")
        var settings = ITAServer.Configuration(executable: Bundle.main.bundleURL.appendingPathComponent("ita"))
        settings.childTimeLimit = 2
        // crash and abort: the child's own guard answers; hang (its guard set far off): the
        // server kills the child at its time limit.
        try await test(try ITAServer(configuration: settings)) { client in
            for (stage, said) in [("crash", "hostile.pdf"), ("abort", "hostile.pdf"), ("hang", "ไม่เสร็จภายใน 2 วินาที")] {
                setenv("ITA_DEBUG_PDF_STAGE", stage, 1)
                setenv("ITA_PDF_TIME_LIMIT", "100", 1)
                defer { unsetenv("ITA_DEBUG_PDF_STAGE"); unsetenv("ITA_PDF_TIME_LIMIT") }
                try await client.execute(uri: "/api/validate", method: .post, headers: Self.formHeaders,
                                         body: Self.form(file: data, name: "hostile.pdf")) { response in
                    XCTAssertEqual(response.status, .unprocessableContent, stage)
                    let message = Self.error(response.body)
                    XCTAssertTrue(message.contains("hostile.pdf") && message.contains(said), message)
                }
            }
            try await client.execute(uri: "/api/validate", method: .post, headers: Self.formHeaders,
                                     body: Self.form(file: sample, name: "muangphon-2568.txt")) { response in
                XCTAssertEqual(response.status, .ok, "still answering")
            }
        }
    }

    func testUploadsLeaveNothingBehind() async throws {
        let server = try server()
        let data = try Self.fixture("Tests/Fixtures/validate/ita001-overall-score.txt")
        let folder = server.workFolder
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o700)
        try await test(server) { client in
            try await client.execute(uri: "/api/validate", method: .post, headers: Self.formHeaders,
                                     body: Self.form(file: data, name: "a.txt")) { response in
                XCTAssertEqual(response.status, .ok)
            }
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [])
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path))
    }

    // MARK: - Units

    func testMultipartFormReading() {
        let body = Data("preamble\r\n--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a;b.pdf\"\r\n\r\n%PDF\r\n--x\r\n--b\r\nContent-Disposition: form-data; name=\"lang\"\r\n\r\nen\r\n--b--\r\n".utf8)
        let form = MultipartForm(body: body, boundary: "b")
        XCTAssertEqual(form?.part("file")?.fileName, "a;b.pdf")
        XCTAssertEqual(form?.part("file")?.data, Data("%PDF\r\n--x".utf8))
        XCTAssertEqual(form?.text("lang"), "en")
        XCTAssertNil(MultipartForm(body: Data("--b\r\nno headers end".utf8), boundary: "b"))
        XCTAssertEqual(MultipartForm.boundary(contentType: "multipart/form-data; boundary=\"q r\""), "q r")
        XCTAssertNil(MultipartForm.boundary(contentType: "text/plain"))
        XCTAssertEqual(ReportReader.safeName("../../x/.hidden.pdf"), "hidden.pdf")
        XCTAssertEqual(ReportReader.safeName("C:\\Users\\a\\--rm.pdf"), "rm.pdf")
        XCTAssertEqual(ReportReader.safeName("/"), "upload")
    }

    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// `ita` run as a person runs it: its stdout.
    func runITA(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = Bundle.main.bundleURL.appendingPathComponent("ita")
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

final class UploadStoreTests: XCTestCase {
    func upload(_ size: Int, added: Date = Date()) -> UploadStore.Upload {
        .init(data: Data(count: size), fileName: "a.pdf", password: nil, pages: 1, diagnostics: [], added: added)
    }

    func testTheOldestGoFirstByCountBytesAndAge() async {
        let store = UploadStore(capacity: 3, maxBytes: 1000, lifetime: 60)
        let first = await store.add(upload(100))
        let second = await store.add(upload(100))
        _ = await store.add(upload(100))
        _ = await store.add(upload(100))
        let gone = await store.upload(first)
        XCTAssertNil(gone, "more than 3")
        _ = await store.add(upload(950))
        let count = await store.count
        XCTAssertEqual(count, 1, "more than 1000 bytes")
        let kept = await store.upload(second)
        XCTAssertNil(kept)
        let old = await store.add(upload(10, added: Date(timeIntervalSinceNow: -120)))
        _ = await store.add(upload(10))
        let expired = await store.upload(old)
        XCTAssertNil(expired, "older than its lifetime")
        XCTAssertEqual(old.count, 32)
    }
}

final class ComputedScoresRouteTests: XCTestCase {
    func testWhatTheFrameworkComputesBesideWhatIsWritten() async throws {
        let data = try ServerRouteTests.fixture("Tests/Fixtures/validate/ita001-overall-score.txt")
        let server = try ITAServer(configuration: .init(executable: Bundle.main.bundleURL.appendingPathComponent("ita")))
        defer { server.removeWorkFolder() }
        let app = Application(router: server.router())
        try await app.test(.router) { client in
            let json = try await client.execute(uri: "/api/extract", method: .post, headers: ServerRouteTests.formHeaders,
                                                body: ServerRouteTests.form(file: data, name: "draft.txt")) { $0.body }
            try await client.execute(uri: "/api/computed", method: .post, headers: [.contentType: "application/json"], body: json) { response in
                XCTAssertEqual(response.status, .ok)
                let computed = try JSONDecoder().decode(ComputedScores.self, from: Data(buffer: response.body))
                XCTAssertEqual(computed.fiscalYear, 2568)
                XCTAssertEqual(computed.overall, 97.28, "the written 96.28 is the fault")
                XCTAssertEqual(computed.tools["EIT"], 98.76, "the mean of 97.51 and 100")
                XCTAssertEqual(computed.tools["IIT"], 100)
                XCTAssertEqual(computed.level, "ผ่านดี")
            }
            try await client.execute(uri: "/api/computed", method: .post, headers: [.contentType: "application/json"],
                                     body: ByteBuffer(string: "{\"not\": \"a report\"}")) { response in
                XCTAssertEqual(response.status, .badRequest)
                XCTAssertTrue(ServerRouteTests.error(response.body).contains("ita extract"))
            }
        }
    }
}
