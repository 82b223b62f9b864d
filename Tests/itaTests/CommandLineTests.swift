import Foundation
import XCTest

/// The `ita` executable run as a person runs it: exit codes, stdout and stderr.
final class CommandLineTests: XCTestCase {
    private struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    private static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private static let samplePDF = packageRoot.appendingPathComponent("Samples/muangphon-2568-laksaman.pdf").path

    private func ita(_ arguments: [String], input: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = Bundle.main.bundleURL.appendingPathComponent("ita")
        process.arguments = arguments
        let out = Pipe(), err = Pipe(), inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try inPipe.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus,
                   stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    func testTextPrintsTheChosenPages() throws {
        let run = try ita(["text", Self.samplePDF, "--pages", "3-4"])
        XCTAssertEqual(run.status, 0)
        XCTAssertEqual(run.stdout.components(separatedBy: "\u{0C}").count, 3)
        XCTAssertTrue(run.stdout.contains("ผลการประเมินรายตัวชี้วัด"))
        XCTAssertTrue(run.stdout.contains("97.28 คะแนน อยู่ในระดับ “ผ่านดี”"))
        XCTAssertEqual(run.stderr, "")
    }

    func testMissingFileSaysSoInThaiByDefault() throws {
        let run = try ita(["text", "/nonexistent/report.pdf"])
        XCTAssertEqual(run.status, 2)
        XCTAssertEqual(run.stdout, "")
        XCTAssertEqual(run.stderr, "ita: ไม่พบไฟล์ /nonexistent/report.pdf: ตรวจสอบชื่อและตำแหน่งของไฟล์\n")
    }

    func testMessagesInEnglishOnRequest() throws {
        let run = try ita(["text", "/nonexistent/report.pdf", "--lang", "en"])
        XCTAssertEqual(run.status, 2)
        XCTAssertEqual(run.stderr, "ita: No file at /nonexistent/report.pdf: check the file's name and folder.\n")
    }

    func testNotAPDFIsOneClearLine() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ita-\(UUID().uuidString).pdf").path
        try Data("this is not a pdf\n".utf8).write(to: URL(fileURLWithPath: path))
        let run = try ita(["text", path, "--lang", "en"])
        XCTAssertEqual(run.status, 2)
        XCTAssertEqual(run.stdout, "")
        XCTAssertTrue(run.stderr.hasPrefix("ita: \(path) is not a PDF"), run.stderr)
        XCTAssertEqual(run.stderr.filter { $0 == "\n" }.count, 1)
    }

    func testPageRangeOutsideTheDocument() throws {
        let run = try ita(["text", Self.samplePDF, "--pages", "30-31", "--lang", "en"])
        XCTAssertEqual(run.status, 2)
        XCTAssertEqual(run.stderr, "ita: The page range 30-31 is outside the document (it has 25 pages).\n")
        let bad = try ita(["text", Self.samplePDF, "--pages", "5-3"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("5-3"))
    }

    func testNormalizeReadsStandardInput() throws {
        let run = try ita(["normalize"], input: "การนำาผล ประจ\u{0E4D}\u{0E32}ปี ตัวชี ้วัด\n")
        XCTAssertEqual(run.status, 0)
        XCTAssertEqual(run.stdout, "การนำผล ประจำปี ตัวชี้วัด\n")
    }

    func testNormalizeNamesTheFirstInvalidByte() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ita-\(UUID().uuidString).txt").path
        try Data([0xE0, 0xB8, 0x81, 0x41, 0xFF, 0x42]).write(to: URL(fileURLWithPath: path))
        let run = try ita(["normalize", path, "--lang", "en"])
        XCTAssertEqual(run.status, 2)
        XCTAssertEqual(run.stdout, "")
        XCTAssertTrue(run.stderr.contains("offset 4"), run.stderr)
    }

    func testEncryptedPDFAsksForItsPassword() throws {
        let path = Self.packageRoot.appendingPathComponent("Tests/Fixtures/encrypted/page3-password-ita2568.pdf").path
        let none = try ita(["text", path, "--lang", "en"])
        XCTAssertEqual(none.status, 2)
        XCTAssertEqual(none.stdout, "")
        XCTAssertEqual(none.stderr, "ita: \(path) is encrypted: give its password with --password.\n")
        let wrong = try ita(["text", path, "--password", "nope"])
        XCTAssertEqual(wrong.status, 2)
        XCTAssertEqual(wrong.stderr, "ita: รหัสผ่านของไฟล์ \(path) ไม่ถูกต้อง: ตรวจสอบรหัสผ่านแล้วลองอีกครั้ง\n")
        let right = try ita(["text", path, "--password", "ita2568"])
        XCTAssertEqual(right.status, 0)
        XCTAssertTrue(right.stdout.contains("97.28 คะแนน อยู่ในระดับ “ผ่านดี”"))
    }

    func testNormalizeRepairsAFile() throws {
        // pdfplumber's text of the sample: SARA AM drawn twice, a mark doubled.
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ita-\(UUID().uuidString).txt").path
        try Data("\u{FEFF}การนำาผลการดำเนินการ ไปส\u{0E39}\u{0E48}\u{0E48}การพัฒนา\r\n".utf8).write(to: URL(fileURLWithPath: path))
        let run = try ita(["normalize", path])
        XCTAssertEqual(run.status, 0)
        XCTAssertEqual(run.stdout, "การนำผลการดำเนินการ ไปสู่การพัฒนา\r\n")
    }

    func testTablesAsJSONFromTheSeedTextAndThePDF() throws {
        let seed = Self.packageRoot.appendingPathComponent("Samples/muangphon-2568.txt").path
        for path in [seed, Self.samplePDF] {
            let run = try ita(["tables", path])
            XCTAssertEqual(run.status, 0, run.stderr)
            let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
            let tables = try XCTUnwrap(json?["tables"] as? [[String: Any]])
            XCTAssertEqual(tables.count, 4, path)
            let rows = try XCTUnwrap(tables[3]["rows"] as? [[String: Any]])
            XCTAssertEqual(rows.count, 11, path)
            let cell = try XCTUnwrap((rows[1]["cells"] as? [[String: Any]])?.first)
            XCTAssertEqual(cell["text"] as? String, "1.การปฏิบัติหน้าที่")
            if path == seed {
                XCTAssertEqual(cell["line"] as? Int, 114)
            } else {
                XCTAssertNotNil(cell["page"] as? Int)
                XCTAssertEqual((cell["rect"] as? [Double])?.count, 4)
            }
        }
    }

    func testTablesAsCSVQuoteWhatNeedsQuoting() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ita-\(UUID().uuidString).txt").path
        try Data("ตัวชี้วัด\tคะแนน\n1.การปฏิบัติหน้าที่, ส่วนที่ 1\t<p>\"100\"</p> <p>ดี</p>\n".utf8).write(to: URL(fileURLWithPath: path))
        let run = try ita(["tables", path, "--format", "csv"])
        XCTAssertEqual(run.status, 0)
        XCTAssertEqual(run.stdout, "table,row\n1,1,ตัวชี้วัด,คะแนน\n1,2,\"1.การปฏิบัติหน้าที่, ส่วนที่ 1\",\"\"\"100\"\"\nดี\"\n")
    }

    func testExtractWritesJSONThatTheSchemaAccepts() throws {
        let seed = Self.packageRoot.appendingPathComponent("Samples/muangphon-2568.txt").path
        let draft = Self.packageRoot.appendingPathComponent("Tests/Fixtures/docx/muangphon-2568.docx").path
        for path in [seed, Self.samplePDF, draft] {
            let output = FileManager.default.temporaryDirectory.appendingPathComponent("ita-\(UUID().uuidString).json").path
            let run = try ita(["extract", path, "-o", output])
            XCTAssertEqual(run.status, 0, run.stderr)
            XCTAssertEqual(run.stdout, "")
            XCTAssertTrue(try ItaRunner.schemaAccepts(jsonAt: output), "\(path): the JSON does not follow the schema")
            let report = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [String: Any]
            XCTAssertEqual(report?["fiscalYear"] as? Int, 2568)
            XCTAssertEqual((report?["measures"] as? [Any])?.count, 10)
        }
    }

    func testExtractNeverOverwritesUnasked() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("ita-\(UUID().uuidString).json").path
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: output))
        let seed = Self.packageRoot.appendingPathComponent("Samples/muangphon-2568.txt").path
        let refused = try ita(["extract", seed, "-o", output, "--lang", "en"])
        XCTAssertEqual(refused.status, 2)
        XCTAssertEqual(refused.stderr, "ita: \(output) exists already: choose another name, or add --force to replace it.\n")
        XCTAssertEqual(try String(contentsOfFile: output, encoding: .utf8), "keep me")
        let forced = try ita(["extract", seed, "-o", output, "--force"])
        XCTAssertEqual(forced.status, 0)
        XCTAssertTrue(try String(contentsOfFile: output, encoding: .utf8).contains("\"schemaVersion\" : 3"))
    }

    func testExtractSaysWhenAFileIsNoITAReport() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ita-\(UUID().uuidString).txt").path
        try Data("ประกาศ เรื่อง การรับสมัครพนักงานจ้าง\nวันที่ 1 ตุลาคม 2568\n".utf8).write(to: URL(fileURLWithPath: path))
        let run = try ita(["extract", path])
        XCTAssertEqual(run.status, 2)
        XCTAssertEqual(run.stdout, "")
        XCTAssertTrue(run.stderr.contains("ไม่พบผลการประเมิน ITA"), run.stderr)
    }

    func testValidateTheSeedGivesWarningsOnly() throws {
        let seed = Self.packageRoot.appendingPathComponent("Samples/muangphon-2568.txt").path
        for path in [seed, Self.samplePDF] {
            let run = try ita(["validate", path])
            XCTAssertEqual(run.status, 0, run.stdout)
            XCTAssertFalse(run.stdout.contains("ข้อผิดพลาด ITA"), run.stdout)
            XCTAssertTrue(run.stdout.contains("คำเตือน ITA012"), run.stdout)
            XCTAssertTrue(run.stdout.hasSuffix("ข้อผิดพลาด 0 รายการ คำเตือน 7 รายการ\n"), run.stdout)
            let strict = try ita(["validate", path, "--strict"])
            XCTAssertEqual(strict.status, 1)
        }
    }

    /// An announcement of the result holds no tools, indicators, analysis or measures: notes,
    /// which change no exit status, not even with --strict; its JSON says what it is.
    func testValidateANewsItemGivesNotesAndPasses() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ita-\(UUID().uuidString).txt").path
        try Data("เทศบาลตำบลหนองบัวใหม่ จังหวัดอุดรธานี ได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2567 ได้คะแนน 92.43 คะแนน อยู่ในระดับ ผ่านดี\n".utf8)
            .write(to: URL(fileURLWithPath: path))
        let run = try ita(["validate", path])
        XCTAssertEqual(run.status, 0, run.stdout)
        XCTAssertTrue(run.stdout.hasPrefix("หมายเหตุ ITA"), run.stdout)
        XCTAssertTrue(run.stdout.hasSuffix("ไม่พบสิ่งที่ต้องแก้ไข หมายเหตุ 4 รายการ\n"), run.stdout)
        XCTAssertEqual(try ita(["validate", path, "--strict"]).status, 0)
        let json = try ita(["validate", path, "--format", "json", "--lang", "en"])
        XCTAssertEqual(json.status, 0)
        let diagnostics = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["diagnostics"] as? [[String: Any]])
        XCTAssertEqual(Set(diagnostics.compactMap { $0["severity"] as? String }), ["note"])
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("ita-\(UUID().uuidString).json").path
        XCTAssertEqual(try ita(["extract", path, "-o", output]).status, 0)
        XCTAssertTrue(try ItaRunner.schemaAccepts(jsonAt: output))
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [String: Any]
        XCTAssertEqual(report?["kind"] as? String, "shortText")
    }

    func testValidateFindsTheOneFaultOfEachVariantWithItsPlace() throws {
        // Made by Tests/Fixtures/validate/make-variants.py: one fault each, as text and PDF.
        let folder = Self.packageRoot.appendingPathComponent("Tests/Fixtures/validate")
        let cases: [(name: String, code: String, line: Int?, page: Int?)] = [
            ("ita001-overall-score", "ITA001", 43, 3),
            ("ita002-level", "ITA002", 43, 3),
            ("ita004-quoted-score", "ITA004", 100, 9),
            ("ita005-score-range", "ITA005", 79, 5),
            ("ita006-impossible-date", "ITA006", 114, 13),
            ("ita008-no-responsible-unit", "ITA008", 130, 20),
            ("ita013-fiscal-year", "ITA013", 43, 3),
            ("ita016-no-overall", "ITA016", 52, 3),  // where the level is still stated, without its score
            ("ita003-tool-mean", "ITA003", 58, 4),
            ("ita010-no-analysis", "ITA010", 99, 9),
            ("ita011-duplicate", "ITA011", 76, 5),
        ]
        for item in cases {
            let places = [("\(item.name).txt", item.line.map { " บรรทัด \($0)" } ?? ""),
                          ("\(item.name).pdf", item.page.map { " หน้า \($0)" } ?? "")]
            for (file, place) in places {
                let run = try ita(["validate", folder.appendingPathComponent(file).path])
                XCTAssertEqual(run.status, 1, "\(file): \(run.stdout)")
                let errors = run.stdout.split(separator: "\n").filter { $0.hasPrefix("ข้อผิดพลาด ITA") }
                XCTAssertEqual(errors.count, 1, "\(file): \(errors)")
                XCTAssertTrue(errors.first?.hasPrefix("ข้อผิดพลาด \(item.code)\(place):") ?? false, "\(file): \(errors)")
            }
        }
    }

    func testValidateWarnsOfEachWarningVariantAndStillPasses() throws {
        let folder = Self.packageRoot.appendingPathComponent("Tests/Fixtures/validate")
        let seed = try ita(["validate", Self.packageRoot.appendingPathComponent("Samples/muangphon-2568.txt").path])
        for (name, code) in [("ita007-period-outside-year", "ITA007"), ("ita009-indicator-name", "ITA009"),
                             ("ita012-tool-code", "ITA012"), ("ita015-unit", "ITA015")] {
            for file in ["\(name).txt", "\(name).pdf"] {
                let run = try ita(["validate", folder.appendingPathComponent(file).path])
                XCTAssertEqual(run.status, 0, file)
                let count = { (output: String) in output.components(separatedBy: "คำเตือน \(code) ").count - 1 }
                XCTAssertEqual(count(run.stdout), count(seed.stdout) + 1, "\(file): \(run.stdout)")
                XCTAssertFalse(run.stdout.contains("ข้อผิดพลาด ITA"), file)
                XCTAssertEqual(try ita(["validate", folder.appendingPathComponent(file).path, "--strict"]).status, 1, file)
            }
        }
    }

    func testValidateInEnglishAsJSON() throws {
        let path = Self.packageRoot.appendingPathComponent("Tests/Fixtures/validate/ita001-overall-score.txt").path
        let run = try ita(["validate", path, "--format", "json", "--lang", "en"])
        XCTAssertEqual(run.status, 1)
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let diagnostics = try XCTUnwrap(json?["diagnostics"] as? [[String: Any]])
        let error = try XCTUnwrap(diagnostics.first { $0["severity"] as? String == "error" })
        XCTAssertEqual(error["code"] as? String, "ITA001")
        XCTAssertEqual(error["found"] as? String, "96.28")
        XCTAssertEqual(error["expected"] as? String, "97.28")
        XCTAssertEqual((error["where"] as? [String: Any])?["line"] as? Int, 43)
        XCTAssertTrue((error["message"] as? String)?.contains("97.28") ?? false)
        XCTAssertFalse((error["message"] as? String)?.contains("คะแนน") ?? true)
    }

    func testAPDFWithoutTextSaysItNeedsOCR() throws {
        let path = Self.packageRoot.appendingPathComponent("Tests/Fixtures/badinput/no-text-2-pages.pdf").path
        for command in ["text", "tables", "extract", "validate"] {
            let run = try ita([command, path, "--lang", "en"])
            XCTAssertEqual(run.status, 2, command)
            XCTAssertEqual(run.stdout, "", command)
            XCTAssertEqual(run.stderr, "ita: \(path) has no text ita can read (2 pages); it is probably a scan: run OCR on it first, or ask the agency for the original file.\n", command)
        }
    }

    func testAReportInWindows874IsReadAsThaiAndSaysSo() throws {
        // The seed as older Thai software would save it.
        let seed = try String(contentsOf: Self.packageRoot.appendingPathComponent("Samples/muangphon-2568.txt"), encoding: .utf8)
        let encode = Process()
        encode.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ita-\(UUID().uuidString)-874.txt").path
        encode.arguments = ["python3", "-c", "import sys; open(sys.argv[2], 'wb').write(open(sys.argv[1], encoding='utf-8').read().encode('cp874', errors='replace'))",
                            Self.packageRoot.appendingPathComponent("Samples/muangphon-2568.txt").path, path]
        try encode.run()
        encode.waitUntilExit()
        XCTAssertFalse(seed.isEmpty)
        let run = try ita(["extract", path])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stderr.contains("TIS-620/Windows-874"), run.stderr)
        let report = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        XCTAssertEqual((report?["agency"] as? [String: Any])?["name"] as? String, "เทศบาลเมืองเมืองพล")
        XCTAssertEqual((report?["overall"] as? [String: Any])?["score"] as? Double, 97.28)
        XCTAssertEqual((report?["measures"] as? [Any])?.count, 10)
    }

    func testAReportWithWindowsLineEndsReadsTheSame() throws {
        let seed = try String(contentsOf: Self.packageRoot.appendingPathComponent("Samples/muangphon-2568.txt"), encoding: .utf8)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ita-\(UUID().uuidString)-crlf.txt").path
        try Data(("\u{FEFF}" + seed.replacingOccurrences(of: "\n", with: "\r\n")).utf8).write(to: URL(fileURLWithPath: path))
        let run = try ita(["validate", path])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.hasSuffix("ข้อผิดพลาด 0 รายการ คำเตือน 7 รายการ\n"), run.stdout)
        XCTAssertTrue(run.stdout.contains("คำเตือน ITA012 บรรทัด 73:"), run.stdout)
    }
}
