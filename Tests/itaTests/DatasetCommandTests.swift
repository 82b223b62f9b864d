import Foundation
import XCTest

/// `ita dataset` run as a person runs it: the seed and a copy moved to 2567 with other
/// scores, exported, read back by another program's CSV parser, compared year on year.
final class DatasetCommandTests: XCTestCase {
    private struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
        var data: Data
    }

    private static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private static let seedPath = packageRoot.appendingPathComponent("Samples/muangphon-2568.txt").path
    private static let samplePDF = packageRoot.appendingPathComponent("Samples/muangphon-2568-laksaman.pdf").path

    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("ita-dataset-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("reports"), withIntermediateDirectories: true)
        let seed = try String(contentsOfFile: Self.seedPath, encoding: .utf8)
        try seed.write(to: path("reports/muangphon-2568.txt"), atomically: true, encoding: .utf8)
        try SeedCopy.moved2567(seed).write(to: path("reports/muangphon-2567.txt"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func path(_ relative: String) -> URL { folder.appendingPathComponent(relative) }

    private func ita(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = Bundle.main.bundleURL.appendingPathComponent("ita")
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self), data: stdout)
    }

    /// Rows as Python's csv module reads the file (utf-8-sig takes the byte-order mark off).
    private func pythonCSV(_ file: URL) throws -> [[String]] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", """
            import csv, json, sys
            with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
                print(json.dumps(list(csv.reader(f)), ensure_ascii=False))
            """, file.path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        return try JSONDecoder().decode([[String]].self, from: data)
    }

    func testTwoYearsStoredReAddingChangesNothingAndTheLongExportHasTwentyRows() throws {
        let add = try ita(["dataset", "add", "reports", "--lang", "en"])
        XCTAssertEqual(add.status, 0, add.stdout + add.stderr)
        XCTAssertEqual(add.stdout, "2 added, 0 replaced, 0 unchanged, 0 failed.\n")
        XCTAssertEqual(add.stderr, "", "no progress bar when stderr is not a terminal")
        XCTAssertTrue(FileManager.default.fileExists(atPath: path("ita.sqlite").path), "the default dataset is ita.sqlite here")

        let again = try ita(["dataset", "add", "reports/muangphon-2568.txt", "reports", "--lang", "en"])
        XCTAssertEqual(again.status, 0)
        XCTAssertEqual(again.stdout, "0 added, 0 replaced, 2 unchanged, 0 failed.\n")

        let export = try ita(["dataset", "export", "--format", "csv", "-o", "long.csv"])
        XCTAssertEqual(export.status, 0, export.stderr)
        let bytes = try Data(contentsOf: path("long.csv"))
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF])
        let rows = try pythonCSV(path("long.csv"))
        XCTAssertEqual(rows.first, ["agency", "province", "fiscal_year", "tool", "indicator", "indicator_name",
                                    "score", "overall", "level", "passes", "row_kind", "item"])
        XCTAssertEqual(rows.count, 21)
        let body = rows.dropFirst()
        XCTAssertEqual(Set(body.map { $0[0] }), ["เทศบาลเมืองเมืองพล"])
        XCTAssertEqual(body.map { $0[6] }, ["100", "100", "100", "100", "100", "96.5", "97.2", "95.9", "80.5", "83.1",
                                            "100", "100", "100", "100", "100", "98.71", "98.81", "98.76", "93.25", "95"])
        XCTAssertEqual(body.first, ["เทศบาลเมืองเมืองพล", "ขอนแก่น", "2567", "IIT", "1", "การปฏิบัติหน้าที่", "100", "91.68", "ผ่าน", "true",
                                    "indicator", ""])
        XCTAssertEqual(body.last, ["เทศบาลเมืองเมืองพล", "ขอนแก่น", "2568", "OIT", "10", "การป้องกันการทุจริต", "95", "97.28", "ผ่านดี", "true",
                                   "indicator", ""])

        let wide = try ita(["dataset", "export", "--format", "json", "--shape", "wide"])
        XCTAssertEqual(wide.status, 0, wide.stderr)
        let objects = try XCTUnwrap(JSONSerialization.jsonObject(with: wide.data) as? [[String: Any]])
        XCTAssertEqual(objects.map { $0["fiscal_year"] as? Int }, [2567, 2568])
        XCTAssertEqual(objects.map { $0["overall"] as? Double }, [91.68, 97.28])
        XCTAssertEqual(objects.map { $0["EIT"] as? Double }, [96.53, 98.76])
        XCTAssertEqual(objects.map { $0["indicator_9"] as? Double }, [80.5, 93.25])

        let measures = try ita(["dataset", "export", "--format", "csv", "--table", "measures", "-o", "measures.csv"])
        XCTAssertEqual(measures.status, 0, measures.stderr)
        let measureRows = try pythonCSV(path("measures.csv"))
        XCTAssertEqual(measureRows.first?.suffix(3), ["responsible_unit", "items", "measures_fiscal_year"])
        let first2568 = try XCTUnwrap(measureRows.first { $0[2] == "2568" })
        XCTAssertEqual(first2568[3], "1")
        XCTAssertEqual(first2568[10], "สำนักปลัด")
        XCTAssertGreaterThan(measureRows.filter { $0[2] == "2568" && $0[3] == "1" }.count, 1, "one row per responsible unit")
        XCTAssertTrue(first2568[6].contains("\n"), "the steps, one a line, quoted whole")
    }

    func testAKindBReportsFiftySixQuestionScoresAreStoredAndExported() throws {
        let fixture = Self.packageRoot.appendingPathComponent("Tests/Fixtures/kinds/b-khoksamran-2566.txt")
        try FileManager.default.copyItem(at: fixture, to: path("b-khoksamran-2566.txt"))
        let add = try ita(["dataset", "add", "b-khoksamran-2566.txt", "--db", "b.sqlite", "--lang", "en"])
        XCTAssertEqual(add.status, 0, add.stdout + add.stderr)
        XCTAssertEqual(add.stdout, "1 added, 0 replaced, 0 unchanged, 0 failed.\n")

        let export = try ita(["dataset", "export", "--db", "b.sqlite", "--format", "csv", "-o", "long.csv"])
        XCTAssertEqual(export.status, 0, export.stderr)
        let rows = try pythonCSV(path("long.csv"))
        XCTAssertEqual(rows.first?.suffix(2), ["row_kind", "item"])
        let body = rows.dropFirst()
        XCTAssertEqual(body.filter { $0[10] == "indicator" }.count, 10)
        let items = body.filter { $0[10] == "item" }
        XCTAssertEqual(items.count, 56)
        XCTAssertEqual(items.map { $0[11] }, (1...30).map { "i\($0)" } + (1...15).map { "e\($0)" } + (1...11).map { "o\($0)" })
        let i7 = try XCTUnwrap(items.first { $0[11] == "i7" })
        // i7 ท่านทราบข้อมูลเกี่ยวกับงบประมาณ… 80.54, a question of indicator 2, การใช้งบประมาณ.
        XCTAssertEqual(Array(i7[0...6]), ["เทศบาลตำบลโคกสำราญใต้", "ขอนแก่น", "2566", "IIT", "2", "การใช้งบประมาณ", "80.54"])
        XCTAssertEqual(items.first { $0[11] == "o8" }?[6], "0")
        XCTAssertEqual(Set(items.map { $0[7] }), [body.first![7]], "each item row carries the report's overall")

        let measures = try ita(["dataset", "export", "--db", "b.sqlite", "--format", "csv", "--table", "measures", "-o", "measures.csv"])
        XCTAssertEqual(measures.status, 0, measures.stderr)
        let measureRows = try pythonCSV(path("measures.csv")).dropFirst()
        XCTAssertEqual(measureRows.first?.suffix(2), ["i7,i8", "2567"])
        // A row per measure and responsible unit: i26's are สำนักปลัด and ทุกสำนักกอง (one unit, all of them).
        XCTAssertEqual(measureRows.map { $0[11] }, ["i7,i8", "i26", "i26", "e6", "e13", "e14"])

        let wide = try ita(["dataset", "export", "--db", "b.sqlite", "--format", "json", "--shape", "wide"])
        let object = try XCTUnwrap((JSONSerialization.jsonObject(with: wide.data) as? [[String: Any]])?.first)
        XCTAssertEqual(object.keys.filter { $0.hasPrefix("item_") }.count, 56)
        XCTAssertEqual(object["item_i7"] as? Double, 80.54)
    }

    func testTrendShowsEachYearAndTheChange() throws {
        XCTAssertEqual(try ita(["dataset", "add", "reports"]).status, 0)
        let trend = try ita(["dataset", "trend", "--agency", "ทม.เมืองพล"])
        XCTAssertEqual(trend.status, 0, trend.stderr)
        let lines = trend.stdout.components(separatedBy: "\n")
        XCTAssertEqual(lines[0], "เทศบาลเมืองเมืองพล จังหวัดขอนแก่น")
        XCTAssertEqual(lines[1], "ตัวชี้วัด\t2567\t2568\tเปลี่ยนแปลง")
        XCTAssertEqual(lines[2], "คะแนนรวม\t91.68\t97.28\t+5.6")
        XCTAssertEqual(lines[3], "ระดับ\tผ่าน\tผ่านดี\tดีขึ้น")
        XCTAssertTrue(lines.contains("9 การเปิดเผยข้อมูล (OIT)\t80.5\t93.25\t+12.75"), trend.stdout)
        XCTAssertTrue(lines.contains("1 การปฏิบัติหน้าที่ (IIT)\t100\t100\t0"), trend.stdout)

        let missing = try ita(["dataset", "trend", "--agency", "อบต.ไม่มี", "--lang", "en"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertEqual(missing.stderr, "ita: No agency \"อบต.ไม่มี\" in the dataset ita.sqlite: check the name, or list them with ita dataset export --format csv.\n")

        let summary = try ita(["dataset", "summary", "--lang", "en"])
        XCTAssertEqual(summary.status, 0, summary.stderr)
        XCTAssertTrue(summary.stdout.hasPrefix("Dataset ita.sqlite: 1 agencies, 2 reports.\n"), summary.stdout)
        XCTAssertTrue(summary.stdout.contains("  2567: 1 reports, 1 pass, 0 fail, mean overall 91.68\n"), summary.stdout)
        XCTAssertTrue(summary.stdout.contains("  2568: ผ่านดี 1\n"), summary.stdout)
        XCTAssertTrue(summary.stdout.contains("  9 การเปิดเผยข้อมูล\t80.5\t93.25\n"), summary.stdout)
        XCTAssertTrue(summary.stdout.contains("  9 การเปิดเผยข้อมูล: 2 reports\n"), summary.stdout)
    }

    func testAConflictingFileIsRefusedUnlessReplaceIsGiven() throws {
        XCTAssertEqual(try ita(["dataset", "add", "reports"]).status, 0)
        // Another file of the same agency and year: the seed with indicator 10 at 96.00.
        let seed = try String(contentsOfFile: Self.seedPath, encoding: .utf8)
        try seed.replacingOccurrences(of: "10.การป้องกันการทุจริต\t95.00", with: "10.การป้องกันการทุจริต\t96.00")
            .write(to: path("edited-2568.txt"), atomically: true, encoding: .utf8)
        let refused = try ita(["dataset", "add", "edited-2568.txt", "--lang", "en"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertEqual(refused.stdout, """
            failed: edited-2568.txt: The dataset already has a report of เทศบาลเมืองเมืองพล (ขอนแก่น) for fiscal year 2568 \
            (from reports/muangphon-2568.txt), and edited-2568.txt is a different one, so it was not stored: add --replace to use it instead.
            0 added, 0 replaced, 0 unchanged, 1 failed.

            """)
        XCTAssertTrue(try ita(["dataset", "export", "--format", "csv"]).stdout.contains("2568,OIT,10,การป้องกันการทุจริต,95,"))

        let replaced = try ita(["dataset", "add", "edited-2568.txt", "--replace"])
        XCTAssertEqual(replaced.status, 0, replaced.stdout)
        XCTAssertEqual(replaced.stdout, "แทนที่แล้ว: edited-2568.txt (แทน reports/muangphon-2568.txt)\nเพิ่ม 0 ไฟล์ แทนที่ 1 ไฟล์ ไม่เปลี่ยนแปลง 0 ไฟล์ ไม่สำเร็จ 0 ไฟล์\n")
        let export = try ita(["dataset", "export", "--format", "csv"]).stdout
        XCTAssertTrue(export.contains("2568,OIT,10,การป้องกันการทุจริต,96,"), export)
        XCTAssertEqual(export.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count, 21, "still two years")
    }

    func testAFolderWithBrokenFilesStoresTheGoodOnesAndSaysWhy() throws {
        try Data("hello, this is not a report\n".utf8).write(to: path("reports/notes.txt"))
        try Data("not a pdf at all\n".utf8).write(to: path("reports/scan.pdf"))
        try Data("ignored: not .pdf or .txt".utf8).write(to: path("reports/readme.md"))
        let run = try ita(["dataset", "add", "reports", "--db", "d.sqlite", "--lang", "en"])
        XCTAssertEqual(run.status, 1)
        let lines = run.stdout.components(separatedBy: "\n")
        XCTAssertEqual(lines.count, 4, run.stdout)
        XCTAssertEqual(lines[0], "failed: reports/notes.txt: No ITA result in reports/notes.txt (no score, level or measure): check that it is an ITA report.")
        XCTAssertTrue(lines[1].hasPrefix("failed: reports/scan.pdf: reports/scan.pdf is not a PDF"), lines[1])
        XCTAssertEqual(lines[2], "2 added, 0 replaced, 0 unchanged, 2 failed.")
        let export = try ita(["dataset", "export", "--db", "d.sqlite", "--format", "json"])
        XCTAssertEqual((try JSONSerialization.jsonObject(with: export.data) as? [Any])?.count, 20)
    }

    func testAPDFIsReadInAChildProcessAndMatchedToItsAgencyAndYear() throws {
        XCTAssertEqual(try ita(["dataset", "add", "reports/muangphon-2568.txt"]).status, 0)
        // The sample PDF is the seed rendered: same agency and year, another file.
        let run = try ita(["dataset", "add", Self.samplePDF, "--lang", "en"])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stdout.contains("already has a report of เทศบาลเมืองเมืองพล (ขอนแก่น) for fiscal year 2568"), run.stdout)
        let replaced = try ita(["dataset", "add", Self.samplePDF, "--replace", "--lang", "en"])
        XCTAssertEqual(replaced.status, 0, replaced.stdout)
        let rows = try ita(["dataset", "export", "--format", "csv", "--shape", "wide"]).stdout.components(separatedBy: "\r\n")
        XCTAssertTrue(rows[1].hasPrefix("เทศบาลเมืองเมืองพล,ขอนแก่น,พล,2568,97.28,ผ่านดี,true,100,98.76,94.13,97.51,100,100,"), rows[1])
    }

    func testAWordDraftIsAddedFromAFolderAndWordsLockFileIsLeftAlone() throws {
        try FileManager.default.removeItem(at: path("reports/muangphon-2568.txt"))
        let draft = Self.packageRoot.appendingPathComponent("Tests/Fixtures/docx/muangphon-2568.docx")
        try FileManager.default.copyItem(at: draft, to: path("reports/muangphon-2568.docx"))
        // Word keeps such a file beside a document it has open; it is no report.
        try Data([0x04, 0x00]).write(to: path("reports/~$angphon-2568.docx"))
        try FileManager.default.copyItem(at: Self.packageRoot.appendingPathComponent("Tests/Fixtures/docx/bad-encrypted-password-ita2568.docx"),
                                         to: path("reports/secret.docx"))
        let run = try ita(["dataset", "add", "reports", "--lang", "en"])
        XCTAssertEqual(run.status, 1, run.stdout)
        let lines = run.stdout.components(separatedBy: "\n")
        XCTAssertTrue(lines[0].hasPrefix("failed: reports/secret.docx: reports/secret.docx is a Word document protected by a password"), lines[0])
        XCTAssertEqual(lines[1], "2 added, 0 replaced, 0 unchanged, 1 failed.")
        let rows = try ita(["dataset", "export", "--format", "csv", "--shape", "wide"]).stdout.components(separatedBy: "\r\n")
        XCTAssertTrue(rows.contains { $0.hasPrefix("เทศบาลเมืองเมืองพล,ขอนแก่น,พล,2568,97.28,ผ่านดี,true,100,98.76,94.13,97.51,100,100,") }, rows.joined(separator: "\n"))
    }

    func testReadingADatasetThatIsNotThereSaysSo() throws {
        let run = try ita(["dataset", "export", "--format", "csv", "--db", "none.sqlite"])
        XCTAssertEqual(run.status, 2)
        XCTAssertEqual(run.stderr, "ita: ไม่พบชุดข้อมูล none.sqlite: สร้างด้วย ita dataset add ก่อน หรือระบุไฟล์ด้วย --db\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("none.sqlite").path))
    }
}

/// The seed moved to another fiscal year with other scores, consistently: the year 2568
/// becomes 2567 and the measures' 2569 becomes 2568; EIT's part 1 97.51 → 93.06 (EIT
/// mean(93.06, 100) = 96.53 = mean of indicators 6–8: 96.50, 97.20, 95.90), OIT 94.13 → 81.80
/// (indicators 9–10: 80.50, 83.10), overall 0.3 × 100 + 0.3 × 96.53 + 0.4 × 81.80 = 91.68,
/// and the level ผ่าน, as an OIT under 85 bars ผ่านดี.
enum SeedCopy {
    static let replacements = [
        "2568": "2567", "2569": "2568", "97.28": "91.68", "97.51": "93.06", "94.13": "81.80",
        "98.71": "96.50", "98.81": "97.20", "98.76": "95.90", "93.25": "80.50", "95.00": "83.10",
    ]

    static func moved2567(_ seed: String) -> String {
        let pattern = "(?<![0-9])(" + replacements.keys.map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "|") + ")(?![0-9])"
        let regex = try! NSRegularExpression(pattern: pattern)
        var text = seed
        for match in regex.matches(in: seed, range: NSRange(seed.startIndex..., in: seed)).reversed() {
            let range = Range(match.range, in: text)!
            text.replaceSubrange(range, with: replacements[String(text[range])]!)
        }
        return text.replacingOccurrences(of: "ผ่านดี", with: "ผ่าน")
    }
}
