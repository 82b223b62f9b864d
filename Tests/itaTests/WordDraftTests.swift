import Foundation
import XCTest

/// Word drafts (.docx) through the command line, as agency staff check them before publishing:
/// the same facts as the published PDF, each fault as an error at its paragraph or table row,
/// and a clear refusal (exit 2, nothing written) for what is no readable Word document.
final class WordDraftTests: XCTestCase {
    static let sampleDocx = ItaRunner.path("Tests/Fixtures/docx/muangphon-2568.docx")
    static let samplePDF = ItaRunner.path("Samples/muangphon-2568-laksaman.pdf")

    static func docx(_ name: String) -> String { ItaRunner.path("Tests/Fixtures/docx/\(name).docx") }

    func json(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// The facts ita reads from a report: agency, years, overall, tools, indicators, analysis and measures.
    func keyFacts(_ report: [String: Any]) -> [String] {
        func values(_ key: String, _ fields: [String]) -> [String] {
            ((report[key] as? [[String: Any]]) ?? []).map { item in fields.map { "\(item[$0] ?? "–")" }.joined(separator: " ") }
        }
        let agency = report["agency"] as? [String: Any] ?? [:]
        let overall = report["overall"] as? [String: Any] ?? [:]
        var facts = ["agency \(agency["name"] ?? "–") \(agency["district"] ?? "–") \(agency["province"] ?? "–")",
                     "year \(report["fiscalYear"] ?? "–") \(report["measuresFiscalYear"] ?? "–")",
                     "overall \(overall["score"] ?? "–") \(overall["level"] ?? "–")"]
        facts += values("tools", ["code", "part", "score"]).map { "tool " + $0 }
        facts += values("indicators", ["number", "name", "tool", "score"]).map { "indicator " + $0 }
        facts += values("analysis", ["indicator", "assessment"]).map { "analysis " + $0 }
        for measure in (report["measures"] as? [[String: Any]]) ?? [] {
            let period = measure["period"] as? [String: Any] ?? [:]
            facts.append("measure \(measure["indicator"] ?? "–") \(period["start"] ?? "–") \(period["end"] ?? "–") \(measure["responsible"] ?? "–")")
        }
        return facts
    }

    func testTheSampleAsAWordDraftGivesTheFactsOfItsPDF() throws {
        let word = try ItaRunner.run(["extract", Self.sampleDocx])
        XCTAssertEqual(word.status, 0, word.stderr)
        let pdf = try ItaRunner.run(["extract", Self.samplePDF])
        XCTAssertEqual(pdf.status, 0, pdf.stderr)
        let wordReport = try json(word.stdout)
        let facts = keyFacts(wordReport)
        XCTAssertEqual(facts, keyFacts(try json(pdf.stdout)))
        XCTAssertTrue(facts.contains("overall 97.28 ผ่านดี"), facts.joined(separator: "\n"))
        XCTAssertEqual(facts.filter { $0.hasPrefix("measure ") }.count, 10)
        let source = try XCTUnwrap(wordReport["source"] as? [String: Any])
        XCTAssertEqual(source["kind"] as? String, "docx")
        XCTAssertNil(source["pages"] as? Int)
        // Places are paragraphs and table cells, never pages.
        let overall = try XCTUnwrap((wordReport["overall"] as? [String: Any])?["where"] as? [String: Any])
        XCTAssertEqual(overall["paragraph"] as? Int, 20)
        XCTAssertNil(overall["page"])
        let tool = try XCTUnwrap(((wordReport["tools"] as? [[String: Any]])?.first)?["where"] as? [String: Any])
        XCTAssertEqual(tool["table"] as? Int, 1)
        XCTAssertEqual(tool["row"] as? Int, 2)
    }

    func testTheCleanDraftHasNoErrorAndTheSampleWarnings() throws {
        let run = try ItaRunner.run(["validate", Self.sampleDocx])
        XCTAssertEqual(run.status, 0, run.stdout + run.stderr)
        XCTAssertFalse(run.stdout.contains("ข้อผิดพลาด ITA"), run.stdout)
        XCTAssertTrue(run.stdout.contains("คำเตือน ITA012 ตารางที่ 2 แถวที่ 8:"), run.stdout)
        XCTAssertTrue(run.stdout.contains("คำเตือน ITA014 ย่อหน้าที่ 21: หัวข้อ 2.2 ไม่ต่อเนื่องกับหัวข้อก่อนหน้า 1.1 (ย่อหน้าที่ 19)"), run.stdout)
        XCTAssertTrue(run.stdout.hasSuffix("ข้อผิดพลาด 0 รายการ คำเตือน 7 รายการ\n"), run.stdout)
    }

    func testEachFaultIsAnErrorAtItsParagraphOrTableRow() throws {
        let faults = [("ita001-overall-score", "ITA001", "ย่อหน้าที่ 20", "paragraph 20"),
                      ("ita006-impossible-date", "ITA006", "ตารางที่ 4 แถวที่ 2", "table 4, row 2"),
                      ("ita008-no-responsible-unit", "ITA008", "ตารางที่ 4 แถวที่ 6", "table 4, row 6")]
        for (name, code, thai, english) in faults {
            let run = try ItaRunner.run(["validate", Self.docx(name)])
            XCTAssertEqual(run.status, 1, "\(name): \(run.stdout)")
            let errors = run.stdout.split(separator: "\n").filter { $0.hasPrefix("ข้อผิดพลาด ITA") }
            XCTAssertEqual(errors.count, 1, "\(name): \(errors)")
            XCTAssertTrue(errors.first?.hasPrefix("ข้อผิดพลาด \(code) \(thai): ") ?? false, "\(name): \(errors)")
            let inEnglish = try ItaRunner.run(["validate", Self.docx(name), "--lang", "en"])
            XCTAssertTrue(inEnglish.stdout.contains("error \(code) \(english): "), inEnglish.stdout)
        }
        let json = try ItaRunner.run(["validate", Self.docx("ita006-impossible-date"), "--format", "json"])
        let diagnostics = try XCTUnwrap(try self.json(json.stdout)["diagnostics"] as? [[String: Any]])
        let finding = try XCTUnwrap(diagnostics.first { $0["code"] as? String == "ITA006" })
        XCTAssertEqual(finding["where"] as? [String: Int], ["table": 4, "row": 2, "column": 5])
    }

    func testTheDraftsTextHoldsEveryPhraseOfTheSample() throws {
        let run = try ItaRunner.run(["text", Self.sampleDocx])
        XCTAssertEqual(run.status, 0, run.stderr)
        let seed = try String(contentsOfFile: ItaRunner.path("Samples/muangphon-2568.txt"), encoding: .utf8)
        // Benchmarks/phrase_recall.py's phrases: runs of 6 or more characters, markup dropped.
        let phrases = seed.replacingOccurrences(of: "<p>", with: " ").replacingOccurrences(of: "</p>", with: " ")
            .replacingOccurrences(of: "**", with: "").split(whereSeparator: \.isWhitespace).filter { $0.unicodeScalars.count >= 6 }
        let flat = String(run.stdout.filter { !$0.isWhitespace })
        let missing = phrases.filter { !flat.contains($0) }
        XCTAssertGreaterThan(phrases.count, 1000)
        XCTAssertEqual(missing, [], "\(missing.count) of \(phrases.count) phrases missing")
        // Numbered by Word, shown as the sample writes them.
        XCTAssertTrue(run.stdout.contains("\n1.การปฏิบัติหน้าที่\t100\n"), run.stdout)
        XCTAssertTrue(run.stdout.contains("\n2.2 ผลการประเมินรายเครื่องมือ\n"))
        XCTAssertFalse(run.stdout.contains("\u{0C}"), "a Word document has no pages")
    }

    func testAKindBDraftGivesItsTruth() throws {
        let run = try ItaRunner.run(["extract", Self.docx("b-khoksamran-2566")])
        XCTAssertEqual(run.status, 0, run.stderr)
        let report = try json(run.stdout)
        let truth = try json(String(contentsOfFile: ItaRunner.path("Tests/Fixtures/kinds/b-khoksamran-2566.truth.json"), encoding: .utf8))
        XCTAssertEqual(report["fiscalYear"] as? Int, truth["fiscalYear"] as? Int)
        XCTAssertEqual(report["measuresFiscalYear"] as? Int, truth["measuresFiscalYear"] as? Int)
        XCTAssertEqual((report["overall"] as? [String: Any])?["score"] as? Double, (truth["overall"] as? [String: Any])?["score"] as? Double)
        func scores(_ items: Any?, _ key: String) -> [String: Double] {
            Dictionary(((items as? [[String: Any]]) ?? []).compactMap { item in
                (item["score"] as? Double).map { ("\(item[key] ?? "")\(item["part"] as? Int ?? 0)", $0) }
            }, uniquingKeysWith: { first, _ in first })
        }
        XCTAssertEqual(scores(report["tools"], "code"), scores(truth["tools"], "code"))
        XCTAssertEqual(scores(report["indicators"], "number"), scores(truth["indicators"], "number"))
        XCTAssertEqual(scores(report["items"], "code"), scores(truth["items"], "code"))
        XCTAssertEqual((report["measures"] as? [Any])?.count, (truth["measures"] as? [Any])?.count)
        // The tool's score merged down beside its indicators stands in the first of their rows.
        let eit = try XCTUnwrap((report["tools"] as? [[String: Any]])?.first { $0["code"] as? String == "EIT" })
        XCTAssertEqual(eit["where"] as? [String: Int], ["table": 1, "row": 7, "column": 3])
        let validate = try ItaRunner.run(["validate", Self.docx("b-khoksamran-2566")])
        XCTAssertEqual(validate.status, 0, validate.stdout)
    }

    func testTablesGiveEachCellItsTableRowAndColumn() throws {
        let run = try ItaRunner.run(["tables", Self.docx("features"), "--format", "json"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let tables = try XCTUnwrap(try json(run.stdout)["tables"] as? [[String: Any]])
        let rows = try XCTUnwrap(tables.first?["rows"] as? [[String: Any]])
        let merged = try XCTUnwrap((rows[4]["cells"] as? [[String: Any]])?[1])
        XCTAssertEqual(merged["text"] as? String, "หมายเหตุ\nย่อหน้าที่สองในช่อง")
        XCTAssertEqual(merged["table"] as? Int, 1)
        XCTAssertEqual(merged["row"] as? Int, 5)
        XCTAssertEqual(merged["column"] as? Int, 2)
        XCTAssertNil(merged["page"])
    }

    func testWhatIsNoReadableWordDocumentIsRefusedWithExit2() throws {
        let cases = [("bad-not-a-zip", "ไม่ใช่เอกสาร Word (.docx)", "is not a Word document (.docx)"),
                     ("bad-zip-not-word", "เป็นไฟล์ ZIP แต่ไม่ใช่เอกสาร Word", "is a zip archive but not a Word document"),
                     ("bad-cut-short", "ขาดส่วนท้ายหรือเสียหาย", "is cut short or damaged"),
                     ("bad-encrypted-password-ita2568", "ตั้งรหัสผ่านไว้", "protected by a password"),
                     ("bad-deep-nesting", "ซ้อนกันลึกเกิน 200 ชั้น", "nests more than 200 levels deep")]
        for (name, thai, english) in cases {
            let output = ItaRunner.temporaryPath(".json")
            for command in [["validate"], ["extract", "-o", output], ["text"], ["tables"]] {
                let run = try ItaRunner.run([command[0], Self.docx(name)] + command.dropFirst())
                XCTAssertEqual(run.status, 2, "\(command) \(name): \(run.stderr)")
                XCTAssertTrue(run.exited)
                XCTAssertEqual(run.stdout, "", "\(command) \(name)")
                XCTAssertTrue(run.stderr.hasPrefix("ita: "), run.stderr)
                XCTAssertTrue(run.stderr.contains(thai) && run.stderr.contains("\(name).docx"), "\(command) \(name): \(run.stderr)")
                XCTAssertEqual(run.stderr.split(separator: "\n").count, 1, run.stderr)
            }
            XCTAssertFalse(FileManager.default.fileExists(atPath: output), "\(name): nothing written")
            let inEnglish = try ItaRunner.run(["validate", Self.docx(name), "--lang", "en"])
            XCTAssertTrue(inEnglish.stderr.contains(english), inEnglish.stderr)
        }
    }

    func testAZipBombIsStoppedAtTheLimit() throws {
        // document.xml inflating to 80 MB of spaces from about 80 kB, made with Python's zipfile.
        let path = ItaRunner.temporaryPath(".docx")
        let make = Process()
        make.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        make.arguments = ["python3", "-c", """
            import sys, zipfile
            with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
                with z.open("word/document.xml", "w", force_zip64=True) as f:
                    for _ in range(80):
                        f.write(b" " * 1048576)
            """, path]
        try make.run()
        make.waitUntilExit()
        XCTAssertEqual(make.terminationStatus, 0)
        XCTAssertLessThan(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? .max, 1_000_000)
        let run = try ItaRunner.run(["validate", path, "--lang", "en"])
        XCTAssertEqual(run.status, 2, run.stderr)
        XCTAssertTrue(run.stderr.contains("word/document.xml in \(path) inflates to more than 64 MB"), run.stderr)
        XCTAssertEqual(run.stdout, "")
    }

    func testADraftOfPicturesOnlySaysSo() throws {
        let path = ItaRunner.temporaryPath(".docx")
        let make = Process()
        make.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        make.arguments = ["python3", "-c", """
            import sys, zipfile
            w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
            with zipfile.ZipFile(sys.argv[1], "w") as z:
                z.writestr("word/document.xml", '<w:document xmlns:w="%s"><w:body><w:p><w:r><w:drawing/></w:r></w:p><w:p/></w:body></w:document>' % w)
                z.writestr("word/media/image1.png", b"\\x89PNG")
            """, path]
        try make.run()
        make.waitUntilExit()
        for command in ["validate", "text"] {
            let run = try ItaRunner.run([command, path])
            XCTAssertEqual(run.status, 2, run.stderr)
            XCTAssertTrue(run.stderr.contains("ไม่มีข้อความที่อ่านได้") && run.stderr.contains("รูปภาพ"), run.stderr)
        }
    }

    func testAWordDraftHasNoPages() throws {
        let run = try ItaRunner.run(["text", Self.sampleDocx, "--pages", "3"])
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.stderr.contains("ไม่มีหน้าตายตัว") && run.stderr.contains("--pages"), run.stderr)
    }

    func testADocFileNamedAsWordThatIsTextIsNotReadAsText() throws {
        let path = ItaRunner.temporaryPath(".docx")
        try Data("การประเมิน ITA คะแนน 97.28\n".utf8).write(to: URL(fileURLWithPath: path))
        let run = try ItaRunner.run(["extract", path])
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.stderr.contains("ไม่ใช่เอกสาร Word"), run.stderr)
    }
}
