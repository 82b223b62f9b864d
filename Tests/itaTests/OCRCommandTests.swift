import Foundation
import XCTest

/// Scans and pictures of scores read by OCR through every command, said as such in the output,
/// and a clear answer when OCR is not to be used or cannot read a page.
final class OCRCommandTests: XCTestCase {
    private func scan(_ name: String) -> String { ItaRunner.path("Tests/Fixtures/scans/\(name)") }

    private func json(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func testTextOfAScanIsThaiCorrectWithItsTables() throws {
        let run = try ItaRunner.run(["text", scan("sample-p3-4-scan-200dpi.pdf")])
        XCTAssertEqual(run.status, 0, run.stderr)
        let lines = run.stdout.components(separatedBy: .newlines)
        XCTAssertTrue(lines.contains("เทศบาลเมืองเมืองพล ได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน"), run.stdout)
        XCTAssertTrue(lines.contains("97.28 คะแนน อยู่ในระดับ “ผ่านดี”"), run.stdout)
        XCTAssertTrue(lines.contains("1.การปฏิบัติหน้าที่\t100"))
        XCTAssertTrue(lines.contains("10.การป้องกันการทุจริต\t95.00"))
        // Thai as data: composed SARA AM, no mark standing alone.
        XCTAssertFalse(run.stdout.contains("\u{0E4D}\u{0E32}"))
        XCTAssertFalse(run.stdout.unicodeScalars.enumerated().contains { index, scalar in
            scalar.properties.generalCategory == .nonspacingMark && (index == 0 || Array(run.stdout.unicodeScalars)[index - 1] == " ")
        })
    }

    /// A table drawn without rulings whose cells stand closer than a word space at places: read
    /// by OCR, each row comes out with the cells the text layer gives it, none run into its
    /// neighbour (tesseract reads such a row as one line and writes no space between cells).
    func testATableWithoutRulingsReadByOCRKeepsItsCellsApart() throws {
        let pdf = ItaRunner.path("Tests/Fixtures/pdf/norasi-unruled-landscape.pdf")
        let layer = try ItaRunner.run(["text", pdf, "--pages", "4"])
        let ocr = try ItaRunner.run(["text", pdf, "--pages", "4", "--ocr", "always"])
        XCTAssertEqual(ocr.status, 0, ocr.stderr)
        func rows(_ text: String) -> [[String]] {
            text.components(separatedBy: .newlines).filter { $0.contains("\t") }.map {
                $0.components(separatedBy: "\t").map { $0.filter { !$0.isWhitespace } }
            }
        }
        let expected = rows(layer.stdout), read = rows(ocr.stdout)
        XCTAssertGreaterThanOrEqual(expected.count, 2)
        XCTAssertEqual(read.map(\.count), expected.map(\.count), ocr.stdout)
        // Each cell OCR read shares most of its letters, in order, with the text layer's: a cell
        // run into its neighbour has twice as many.
        for (readRow, expectedRow) in zip(read, expected) {
            for (cell, truth) in zip(readRow, expectedRow) where truth.count >= 10 {
                let lengthRatio = Double(cell.count) / Double(truth.count)
                XCTAssertEqual(lengthRatio, 1, accuracy: 0.15, "\(cell) | \(truth)")
            }
        }
    }

    func testWithOCRNeverAScanStillGetsItsMessage() throws {
        let run = try ItaRunner.run(["text", scan("sample-p3-4-scan-200dpi.pdf"), "--ocr", "never", "--lang", "en"])
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.stderr.contains("has no text ita can read (2 pages)"), run.stderr)
    }

    func testExtractSaysWhatCameFromOCR() throws {
        let run = try ItaRunner.run(["extract", scan("sample-p3-4-scan-200dpi.pdf")])
        XCTAssertTrue(run.status == 0 || run.status == 1, run.stderr)
        let report = try json(run.stdout)
        let overall = try XCTUnwrap(report["overall"] as? [String: Any])
        XCTAssertEqual(overall["score"] as? Double, 97.28)
        XCTAssertEqual(overall["level"] as? String, "ผ่านดี")
        let where_ = try XCTUnwrap(overall["where"] as? [String: Any])
        XCTAssertEqual(where_["source"] as? String, "ocr")
        XCTAssertGreaterThan(where_["confidence"] as? Double ?? 0, 50)
        let indicators = try XCTUnwrap(report["indicators"] as? [[String: Any]])
        XCTAssertEqual(indicators.compactMap { $0["number"] as? Int }, Array(1...10))
        XCTAssertEqual(indicators.first { $0["number"] as? Int == 9 }?["score"] as? Double, 93.25)
        let tools = try XCTUnwrap(report["tools"] as? [[String: Any]])
        XCTAssertEqual(tools.compactMap { $0["score"] as? Double }.sorted(), [94.13, 97.51, 100, 100])
        let source = try XCTUnwrap(report["source"] as? [String: Any])
        let pages = try XCTUnwrap(source["ocrPages"] as? [[String: Any]])
        XCTAssertEqual(pages.compactMap { $0["page"] as? Int }, [1, 2])
        XCTAssertEqual(pages.first?["deskewAngle"] as? Double ?? 0, 0.4, accuracy: 0.1)
        // The JSON with its OCR fields follows the schema.
        let output = ItaRunner.temporaryPath(".json")
        try Data(run.stdout.utf8).write(to: URL(fileURLWithPath: output))
        addTeardownBlock { try? FileManager.default.removeItem(atPath: output) }
        XCTAssertTrue(try ItaRunner.schemaAccepts(jsonAt: output), "the JSON of a scan does not follow the schema")
    }

    func testOnlyTheScannedPageOfAMixedPDFIsReadByOCR() throws {
        let run = try ItaRunner.run(["extract", scan("sample-p1-5-p3-scanned.pdf")])
        let report = try json(run.stdout)
        let source = try XCTUnwrap(report["source"] as? [String: Any])
        XCTAssertEqual((source["ocrPages"] as? [[String: Any]])?.compactMap { $0["page"] as? Int }, [3])
        let indicators = try XCTUnwrap(report["indicators"] as? [[String: Any]])
        let first = try XCTUnwrap(indicators.first { $0["number"] as? Int == 1 })
        XCTAssertEqual((first["where"] as? [String: Any])?["source"] as? String, "ocr")
        let tenth = try XCTUnwrap(indicators.first { $0["number"] as? Int == 10 })
        XCTAssertEqual(tenth["score"] as? Double, 95)
        XCTAssertNil((tenth["where"] as? [String: Any])?["source"], "page 4 has its text layer")
    }

    func testAPictureOfScoresInABornDigitalPageIsRead() throws {
        let run = try ItaRunner.run(["extract", scan("scores-as-picture.pdf")])
        let report = try json(run.stdout)
        let indicators = try XCTUnwrap(report["indicators"] as? [[String: Any]])
        XCTAssertEqual(indicators.compactMap { $0["number"] as? Int }, Array(1...6))
        XCTAssertEqual(indicators.last?["score"] as? Double, 98.71)
        let pages = try XCTUnwrap((report["source"] as? [String: Any])?["ocrPages"] as? [[String: Any]])
        XCTAssertEqual(pages.first?["kind"] as? String, "pictures")
        // The page's own text stays as its text layer has it.
        let text = try ItaRunner.run(["text", scan("scores-as-picture.pdf"), "--ocr", "never"])
        XCTAssertTrue(text.stdout.contains("ดังภาพ"))
        XCTAssertFalse(text.stdout.contains("98.71"))
    }

    func testAPictureOfScoresInAWordDraftIsReadAtItsParagraph() throws {
        let draft = ItaRunner.path("Tests/Fixtures/docx/scores-as-picture.docx")
        let run = try ItaRunner.run(["extract", draft])
        let report = try json(run.stdout)
        let indicators = try XCTUnwrap(report["indicators"] as? [[String: Any]])
        XCTAssertEqual(indicators.compactMap { $0["number"] as? Int }, Array(1...6))
        XCTAssertEqual(indicators.last?["score"] as? Double, 98.71)
        let tools = try XCTUnwrap(report["tools"] as? [[String: Any]])
        XCTAssertEqual(tools.compactMap { $0["score"] as? Double }, [100, 97.51, 100, 94.13])
        let place = try XCTUnwrap(tools.first?["where"] as? [String: Any])
        XCTAssertEqual(place["paragraph"] as? Int, 3)
        XCTAssertEqual(place["source"] as? String, "ocr")
        let output = ItaRunner.temporaryPath(".json")
        try Data(run.stdout.utf8).write(to: URL(fileURLWithPath: output))
        addTeardownBlock { try? FileManager.default.removeItem(atPath: output) }
        XCTAssertTrue(try ItaRunner.schemaAccepts(jsonAt: output), "the JSON of a draft's picture does not follow the schema")
        // ita serve shows a finding's paragraph: the picture's, with what OCR read in it.
        let excerpt = try ItaRunner.run(["serve", "--render-place", draft, "--place-paragraph", "3"])
        XCTAssertEqual(excerpt.status, 0, excerpt.stderr)
        XCTAssertTrue(excerpt.stdout.contains("97.51"), excerpt.stdout)
        // Without OCR the draft's own text gives no score: nothing is taken from the picture.
        let never = try ItaRunner.run(["extract", draft, "--ocr", "never", "--lang", "en"])
        XCTAssertEqual(never.status, 2, never.stdout)
    }

    func testBlankPagesAndPhotosAreSaidAndTheRestIsRead() throws {
        let run = try ItaRunner.run(["text", scan("blank-photo-text-scan.pdf"), "--explain", "--lang", "en"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stderr.contains("page 1: read by OCR, no text found"), run.stderr)
        XCTAssertTrue(run.stderr.contains("page 2: read by OCR, no text found"), run.stderr)
        XCTAssertTrue(run.stderr.contains("page 3: read by OCR,"), run.stderr)
        XCTAssertTrue(run.stdout.contains("97.28"))
    }

    func testOCRAlwaysReadsABornDigitalPageAsAScan() throws {
        let run = try ItaRunner.run(["text", ItaRunner.path("Samples/muangphon-2568-laksaman.pdf"), "--pages", "3",
                                     "--ocr", "always", "--explain", "--lang", "en"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stderr.contains("page 3: read by OCR"), run.stderr)
        XCTAssertTrue(run.stdout.contains("แบบตรวจการเปิดเผยข้อมูลสาธารณะ"))
    }

    func testMissingThaiModelIsSaidWithWhatToInstall() throws {
        let run = try ItaRunner.run(["text", scan("sample-p3-4-scan-200dpi.pdf"), "--lang", "en"],
                                    environment: ["TESSDATA_PREFIX": ItaRunner.temporaryPath("-no-tessdata")])
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.exited)
        XCTAssertTrue(run.stderr.contains("tesseract-ocr-tha"), run.stderr)
        XCTAssertTrue(run.stderr.contains("--ocr never"), run.stderr)
    }
}
