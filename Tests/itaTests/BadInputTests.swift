import Foundation
import XCTest

/// Every kind of input a new user may give ita that it cannot use, or can use only in part, tried
/// on `text`, `tables`, `extract` and `validate` (issue 5): a failing run exits with 2, says what
/// is wrong on one line of stderr, writes nothing on stdout and leaves no `-o` file behind.
final class BadInputTests: XCTestCase {
    private static let commands = ["text", "tables", "extract", "validate"]
    private static let samplePDF = ItaRunner.path("Samples/muangphon-2568-laksaman.pdf")
    private static let seedText = ItaRunner.path("Samples/muangphon-2568.txt")
    private static let encryptedSample = ItaRunner.path("Tests/Fixtures/badinput/muangphon-2568-password-ita2568.pdf")
    private static let notAnITAReport = ItaRunner.path("Tests/Fixtures/badinput/not-an-ita-report.pdf")

    /// Runs each command on `file` (extract with `-o`) and checks that it refuses with
    /// `expected` as its one line of stderr, writes nothing on stdout and no output file.
    private func assertRefused(_ file: String, commands: [String] = commands, extra: [String] = [],
                               environment: [String: String] = [:], expected: String,
                               line: UInt = #line) throws {
        for command in commands {
            let output = ItaRunner.temporaryPath(".json")
            let arguments = [command, file] + extra + (command == "extract" ? ["-o", output] : [])
            let run = try ItaRunner.run(arguments, environment: environment)
            XCTAssertTrue(run.exited, "\(command): ended by a signal", line: line)
            XCTAssertEqual(run.status, 2, "\(command): \(run.stderr)", line: line)
            XCTAssertEqual(run.stdout, "", command, line: line)
            XCTAssertEqual(run.stderr, "ita: " + expected + "\n", command, line: line)
            XCTAssertFalse(FileManager.default.fileExists(atPath: output), "\(command) wrote \(output)", line: line)
        }
    }

    private func write(_ data: Data, suffix: String) throws -> String {
        let path = ItaRunner.temporaryPath(suffix)
        try data.write(to: URL(fileURLWithPath: path))
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        return path
    }

    /// The JSON of a report without what tells one copy of a file from another.
    private func reportWithoutFileIdentity(_ json: String) throws -> NSDictionary {
        var report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        var source = try XCTUnwrap(report["source"] as? [String: Any])
        XCTAssertNotNil(source.removeValue(forKey: "sha256"))
        XCTAssertNotNil(source.removeValue(forKey: "file"))
        report["source"] = source
        return report as NSDictionary
    }

    func testAnEmptyFile() throws {
        let path = try write(Data(), suffix: ".pdf")
        try assertRefused(path, expected: "ไฟล์ \(path) ว่างเปล่า (0 ไบต์): ดาวน์โหลดหรือคัดลอกไฟล์มาใหม่")
        try assertRefused(path, extra: ["--lang", "en"], expected: "\(path) is empty (0 bytes): download or copy the file again.")
    }

    func testAPDFCutInHalfIsCalledCutShort() throws {
        let sample = try Data(contentsOf: URL(fileURLWithPath: Self.samplePDF))
        let path = try write(sample.prefix(sample.count / 2), suffix: ".pdf")
        try assertRefused(path, extra: ["--lang", "en"],
                          expected: "\(path) is cut short (the end of the PDF is missing, probably an incomplete download), so it cannot be read: download it again or ask the agency for the original.")
        try assertRefused(path, commands: ["extract"],
                          expected: "ไฟล์ \(path) ขาดส่วนท้ายของ PDF (น่าจะดาวน์โหลดไม่ครบ) จึงอ่านไม่ได้: ดาวน์โหลดไฟล์มาใหม่ หรือขอไฟล์ต้นฉบับจากหน่วยงาน")
    }

    func testAPDFCutShortThatStillOpensIsReadWithANotice() throws {
        // The linearized sample keeps its pages at the front: without its last 1% poppler
        // still finds all 25 pages, and ita reads them but says the file is damaged.
        let whole = try Data(contentsOf: URL(fileURLWithPath: Self.encryptedSample))
        let path = try write(whole.prefix(whole.count * 99 / 100), suffix: ".pdf")
        let notice = "ita: \(path) is cut short (the end of the PDF is missing, probably an incomplete download): ita read what it could (25 pages), so the result may be incomplete; download it again for the whole report.\n"
        let text = try ItaRunner.run(["text", path, "--password", "ita2568", "--lang", "en"])
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertEqual(text.stderr, notice)
        XCTAssertEqual(text.stdout.filter { $0 == "\u{0C}" }.count, 25)
        XCTAssertTrue(text.stdout.contains("97.28 คะแนน อยู่ในระดับ “ผ่านดี”"))
        let extract = try ItaRunner.run(["extract", path, "--password", "ita2568"])
        XCTAssertEqual(extract.status, 0, extract.stderr)
        XCTAssertTrue(extract.stderr.hasPrefix("ita: ไฟล์ \(path) ขาดส่วนท้ายของ PDF"), extract.stderr)
        XCTAssertEqual(extract.stderr.filter { $0 == "\n" }.count, 1)
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(extract.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(report["fiscalYear"] as? Int, 2568)
    }

    func testRandomBytesNamedPDF() throws {
        var generator = SystemRandomNumberGenerator()
        var bytes = (0..<20_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        bytes[0] = 0x89  // never "%PDF-" by chance
        let path = try write(Data(bytes), suffix: ".pdf")
        try assertRefused(path, extra: ["--lang", "en"],
                          expected: "\(path) is not a PDF, or is too damaged to read: download it again or ask the agency for the original.")
    }

    func testAFolder() throws {
        let path = ItaRunner.temporaryPath(".pdf")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        try assertRefused(path, expected: "\(path) เป็นโฟลเดอร์ ไม่ใช่ไฟล์: ระบุไฟล์ PDF หรือไฟล์ข้อความ")
    }

    func testAMissingFile() throws {
        let path = ItaRunner.temporaryPath("-report.pdf")
        try assertRefused(path, extra: ["--lang", "en"], expected: "No file at \(path): check the file's name and folder.")
    }

    func testAnUnreadableFile() throws {
        guard getuid() != 0 else { throw XCTSkip("root can read a file without read permission") }
        let path = try write(Data(contentsOf: URL(fileURLWithPath: Self.samplePDF)), suffix: ".pdf")
        XCTAssertEqual(chmod(path, 0), 0)
        try assertRefused(path, extra: ["--lang", "en"], expected: "Cannot read \(path): check the file's read permission.")
    }

    func testAnEncryptedPDFAsksForItsPasswordAndWithItReadsAsTheSample() throws {
        let path = Self.encryptedSample
        try assertRefused(path, extra: ["--lang", "en"], expected: "\(path) is encrypted: give its password with --password.")
        try assertRefused(path, extra: ["--password", "ita2567"],
                          expected: "รหัสผ่านของไฟล์ \(path) ไม่ถูกต้อง: ตรวจสอบรหัสผ่านแล้วลองอีกครั้ง")
        let decrypted = try ItaRunner.run(["extract", path, "--password", "ita2568"])
        XCTAssertEqual(decrypted.status, 0, decrypted.stderr)
        XCTAssertEqual(decrypted.stderr, "")
        let plain = try ItaRunner.run(["extract", Self.samplePDF])
        XCTAssertEqual(plain.status, 0, plain.stderr)
        XCTAssertEqual(try reportWithoutFileIdentity(decrypted.stdout), try reportWithoutFileIdentity(plain.stdout))
        XCTAssertEqual((try reportWithoutFileIdentity(decrypted.stdout)["measures"] as? [Any])?.count, 10)
    }

    func testAScanWithoutText() throws {
        let path = ItaRunner.path("Tests/Fixtures/badinput/no-text-2-pages.pdf")
        try assertRefused(path, expected: "ไฟล์ \(path) ไม่มีข้อความที่อ่านได้ (2 หน้า) น่าจะเป็นเอกสารที่สแกนเป็นภาพ: แปลงเป็นข้อความด้วยโปรแกรม OCR ก่อน หรือขอไฟล์ต้นฉบับจากหน่วยงาน")
    }

    func testAThaiPDFThatIsNoITAReport() throws {
        // Made by Tests/Fixtures/badinput/make-not-ita-pdf.py: a water-cut notice.
        let path = Self.notAnITAReport
        try assertRefused(path, commands: ["extract", "validate"], extra: ["--lang", "en"],
                          expected: "No ITA result in \(path) (no score, level or measure): check that it is an ITA report.")
        // Its text and tables are still what the commands that only read give.
        let text = try ItaRunner.run(["text", path])
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdout.contains("เรื่อง งดจ่ายน้ำประปาชั่วคราวเพื่อซ่อมแซมท่อเมนจ่ายน้ำ"), text.stdout)
        let tables = try ItaRunner.run(["tables", path, "--format", "tsv"])
        XCTAssertEqual(tables.status, 0, tables.stderr)
        XCTAssertTrue(tables.stdout.contains("พื้นที่ที่ได้รับผลกระทบ"), tables.stdout)
    }

    /// A score and a level in words, a table of contents numbering its chapters as indicators
    /// are numbered (`1.วิสัยทัศน์ | 67`): a document that never names the ITA is refused, not
    /// read as a report with errors.
    func testADocumentThatNeverNamesTheITAIsRefused() throws {
        let text = """
        งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2565
        ผลการทดสอบของนักเรียนได้คะแนน 88.50 คะแนน อยู่ในระดับ ผ่านดี
        สารบัญ
        1. วิสัยทัศน์\t67
        2. พันธกิจ\t67
        3. ผลสัมฤทธิ์และประโยชน์ที่คาดว่าจะได้รับ\t68
        6. สรุปงบประมาณรายจ่าย\t71
        """
        let path = try write(Data(text.utf8), suffix: "-budget.txt")
        try assertRefused(path, commands: ["extract", "validate"], extra: ["--lang", "en"],
                          expected: "\(path) never names the ITA (no ITA, คุณธรรมและความโปร่งใส, IIT, EIT or OIT): it is not an ITA report, so there is nothing to check.")
    }

    func testTextInTIS620ExtractsExactlyAsTheUTF8Seed() throws {
        let seed = try String(contentsOfFile: Self.seedText, encoding: .utf8)
        let path = try write(Self.windows874(seed), suffix: "-874.txt")
        let legacy = try ItaRunner.run(["extract", path, "--lang", "en"])
        XCTAssertEqual(legacy.status, 0, legacy.stderr)
        XCTAssertEqual(legacy.stderr, "ita: \(path) is Thai text in TIS-620/Windows-874, not UTF-8: ita read it as such.\n")
        let utf8 = try ItaRunner.run(["extract", Self.seedText, "--lang", "en"])
        XCTAssertEqual(utf8.status, 0, utf8.stderr)
        XCTAssertEqual(try reportWithoutFileIdentity(legacy.stdout), try reportWithoutFileIdentity(utf8.stdout))
    }

    func testInvalidUTF8NamesTheByte() throws {
        var bytes = Data("ตัวชี้วัด\tคะแนน\n".utf8)
        let offset = bytes.count
        bytes.append(contentsOf: [0xC3, 0x28] + Array("1.การปฏิบัติหน้าที่\t100\n".utf8))
        let path = try write(bytes, suffix: ".txt")
        try assertRefused(path, commands: ["tables", "extract", "validate"], extra: ["--lang", "en"],
                          expected: "\(path) is not UTF-8 text (invalid byte at offset \(offset)): save it again as UTF-8.")
    }

    func testAReportSixtyTimesOverFinishes() throws {
        // About 6 MB: the seed 60 times over. It is read whole; being the same report 60 times,
        // the validator finds its indicators repeated.
        let seed = try String(contentsOfFile: Self.seedText, encoding: .utf8)
        let path = try write(Data(String(repeating: seed, count: 60).utf8), suffix: "-x60.txt")
        XCTAssertGreaterThan(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0, 5_500_000)
        let output = ItaRunner.temporaryPath(".json")
        addTeardownBlock { try? FileManager.default.removeItem(atPath: output) }
        let run = try ItaRunner.run(["extract", path, "-o", output])
        XCTAssertEqual(run.status, 1, run.stderr)
        XCTAssertEqual(run.stderr, "")
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [String: Any])
        XCTAssertEqual(report["fiscalYear"] as? Int, 2568)
        let diagnostics = try XCTUnwrap(report["diagnostics"] as? [[String: Any]])
        XCTAssertTrue(diagnostics.contains { $0["code"] as? String == "ITA011" }, "\(diagnostics.prefix(3))")
        let tables = try ItaRunner.run(["tables", path, "--format", "tsv"])
        XCTAssertEqual(tables.status, 0, tables.stderr)
        XCTAssertEqual(tables.stdout.components(separatedBy: "\t1.การปฏิบัติหน้าที่\t").count - 1, 60 * 2)
    }

    func testASingleFourMegabyteCell() throws {
        // The seed with the activity of its first measure grown to 4 MB of Thai text.
        let seed = try String(contentsOfFile: Self.seedText, encoding: .utf8)
        var lines = seed.components(separatedBy: "\n")
        let row = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("1.การปฏิบัติหน้าที่\t") && $0.split(separator: "\t").count > 2 })
        let filler = String(repeating: "การดำเนินงานอย่างโปร่งใส ", count: 4_000_000 / 70)
        var cells = lines[row].components(separatedBy: "\t")
        cells[1] += filler
        lines[row] = cells.joined(separator: "\t")
        let path = try write(Data(lines.joined(separator: "\n").utf8), suffix: "-cell.txt")
        let tables = try ItaRunner.run(["tables", path, "--format", "tsv"])
        XCTAssertEqual(tables.status, 0, tables.stderr)
        let longest = tables.stdout.split(separator: "\n").map { $0.utf8.count }.max() ?? 0
        XCTAssertGreaterThan(longest, 4_000_000)
        let extract = try ItaRunner.run(["extract", path])
        XCTAssertTrue([0, 1].contains(extract.status), extract.stderr)
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(extract.stdout.utf8)) as? [String: Any])
        XCTAssertEqual((report["overall"] as? [String: Any])?["score"] as? Double, 97.28)
        let activity = try XCTUnwrap(((report["measures"] as? [[String: Any]])?.first)?["activity"] as? String)
        XCTAssertTrue(activity.hasSuffix("การดำเนินงานอย่างโปร่งใส"), String(activity.suffix(40)))
        XCTAssertGreaterThan(activity.utf8.count, 4_000_000)
    }

    // MARK: poppler crashing or looping (PDFGuard)

    func testAPopplerHangEndsWithAMessage() throws {
        // ITA_DEBUG_PDF_STAGE=hang makes the PDF stage loop, as a damaged file can make poppler;
        // with a limit of 1 s a page the one-page PDF gets 2 s in all.
        let path = Self.notAnITAReport
        try assertRefused(path, extra: ["--lang", "en"], environment: ["ITA_DEBUG_PDF_STAGE": "hang", "ITA_PDF_TIME_LIMIT": "1"],
                          expected: "Gave up reading \(path) after 2 seconds: poppler, the PDF reader, does not finish, so the file is probably damaged. Download it again or ask the agency for the original (for a very large file, allow more time with ITA_PDF_TIME_LIMIT=SECONDS-PER-PAGE).")
    }

    func testAPopplerCrashEndsWithAMessage() throws {
        let path = Self.notAnITAReport
        for fault in ["crash", "abort"] {
            try assertRefused(path, environment: ["ITA_DEBUG_PDF_STAGE": fault],
                              expected: "โปรแกรมอ่าน PDF (poppler) หยุดทำงานกลางคันขณะอ่านไฟล์ \(path) ไฟล์น่าจะเสียหาย: ดาวน์โหลดไฟล์มาใหม่ หรือขอไฟล์ต้นฉบับจากหน่วยงาน")
        }
    }

    func testATimeLimitThatIsNoNumberFallsBackToTheDefault() throws {
        let run = try ItaRunner.run(["text", Self.notAnITAReport], environment: ["ITA_PDF_TIME_LIMIT": "ten"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(run.stderr, "")
        XCTAssertTrue(run.stdout.contains("งดจ่ายน้ำประปา"))
    }

    /// Text as Windows-874 (TIS-620 with Windows' punctuation) encodes it, as Python's cp874
    /// codec does; what it cannot encode becomes "?".
    private static func windows874(_ text: String) -> Data {
        let punctuation: [UInt32: UInt8] = [0x20AC: 0x80, 0x2026: 0x85, 0x2018: 0x91, 0x2019: 0x92, 0x201C: 0x93,
                                             0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x00A0: 0xA0]
        var bytes = Data()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0..<0x80: bytes.append(UInt8(scalar.value))
            case 0x0E01...0x0E3A, 0x0E3F...0x0E5B: bytes.append(UInt8(scalar.value - 0x0E00 + 0xA0))
            default: bytes.append(punctuation[scalar.value] ?? UInt8(ascii: "?"))
            }
        }
        return bytes
    }
}
