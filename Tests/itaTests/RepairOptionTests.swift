import Foundation
import XCTest

/// The dictionary-guided repair is on by default; `--no-repair` shows the text as the file
/// has it, and `ita text --explain` lists each change.
final class RepairOptionTests: XCTestCase {
    /// The seed as Word's PDFs lose SARA AM: every one, so that its units read สานักปลัด.
    private func damagedSeed() throws -> String {
        let seed = try String(contentsOfFile: ItaRunner.path("Samples/muangphon-2568.txt"), encoding: .utf8)
        let path = ItaRunner.temporaryPath(".txt")
        try seed.replacingOccurrences(of: "\u{0E33}", with: "\u{0E32}").write(toFile: path, atomically: true, encoding: .utf8)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        return path
    }

    private func unitsOfMeasure5(_ json: String) throws -> [String] {
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let measures = try XCTUnwrap(report["measures"] as? [[String: Any]])
        let fifth = try XCTUnwrap(measures.first { $0["indicator"] as? Int == 5 })
        return try XCTUnwrap(fifth["responsible"] as? [String])
    }

    func testExtractRepairsALostSaraAmUnlessAskedNotTo() throws {
        let path = try damagedSeed()
        let repaired = try ItaRunner.run(["extract", path])
        XCTAssertEqual(try unitsOfMeasure5(repaired.stdout).first, "สำนักปลัด")
        let asWritten = try ItaRunner.run(["extract", path, "--no-repair"])
        XCTAssertEqual(try unitsOfMeasure5(asWritten.stdout).first, "สานักปลัด")
        let validated = try ItaRunner.run(["validate", path, "--no-repair", "--format", "json"])
        XCTAssertTrue(validated.stdout.contains("สานักปลัด"), "the unit as written is reported as unknown")
    }

    func testTextExplainsEachRepairWithItsPage() throws {
        let path = ItaRunner.path("../shared/realworld/ita_nysso_eb1-1.2_procurement-analysis-fy2562.pdf")
        guard FileManager.default.fileExists(atPath: path) else {
            throw XCTSkip("../shared/realworld is absent: the real agency PDFs are not redistributable")
        }
        let explained = try ItaRunner.run(["text", path, "--pages", "1", "--explain"])
        XCTAssertEqual(explained.status, 0)
        XCTAssertTrue(explained.stderr.contains("page 1: สานักงานสาธารณสุขจังหวัดชลบุรี → สำนักงานสาธารณสุขจังหวัดชลบุรี"), explained.stderr)
        XCTAssertFalse(explained.stdout.contains("สานักงาน"))
        let asWritten = try ItaRunner.run(["text", path, "--pages", "1", "--no-repair"])
        XCTAssertTrue(asWritten.stdout.contains("สานักงานสาธารณสุขจังหวัดชลบุรี"))
        XCTAssertEqual(asWritten.stderr, "")
    }
}
