import Foundation
import ITAKit
import XCTest

/// A template broken by hand gives a `FrameworkError` that names the file and says what is
/// wrong. Each case edits the real 2568 template in a copy.
final class FrameworkTestsBrokenTemplates: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("ita-framework-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private var original: String {
        get throws { try original(2568) }
    }

    private func original(_ year: Int) throws -> String {
        let url = TemplatesFolder.url.appendingPathComponent("frameworks/\(year).json")
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// The template of `year` (2568 unless said) with `old` replaced by `new`, loaded from a
    /// copy named `name`; the error it gives. Fails when the template no longer holds `old`
    /// (the test would test nothing).
    private func error(replacing old: String, with new: String, year: Int = 2568, name: String? = nil,
                       file: StaticString = #filePath, line: UInt = #line) throws -> FrameworkError? {
        let name = name ?? "\(year).json"
        let text = try original(year)
        XCTAssertTrue(text.contains(old), "the template no longer holds \(old)", file: file, line: line)
        try text.replacingOccurrences(of: old, with: new)
            .write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        do {
            _ = try FrameworkLibrary.load(from: folder)
            XCTFail("no error", file: file, line: line)
            return nil
        } catch let error as FrameworkError {
            XCTAssertEqual(error.file, "frameworks/\(name)", file: file, line: line)
            XCTAssertTrue(error.description.contains(name), error.description, file: file, line: line)
            return error
        }
    }

    func testTheUnchangedCopyLoads() throws {
        try original.write(to: folder.appendingPathComponent("2568.json"), atomically: true, encoding: .utf8)
        try "not a template".write(to: folder.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        XCTAssertEqual(try FrameworkLibrary.load(from: folder).keys.sorted(), [2568])
    }

    func testAMissingCommaIsNotJSONAndGivesTheLine() throws {
        let error = try error(replacing: "\"fiscalYear\": 2568,", with: "\"fiscalYear\": 2568")
        // The reader stops at the next key, on line 4.
        XCTAssertEqual(error, .notJSON(file: "frameworks/2568.json", line: 4))
    }

    func testWeightsThatDoNotAddUpTo100AreRefused() throws {
        let error = try error(replacing: "\"weightPercent\": {\"value\": 40,", with: "\"weightPercent\": {\"value\": 30,")
        guard case .invalid(_, let at, let problem) = error else { return XCTFail("\(String(describing: error))") }
        XCTAssertEqual(at, "tools")
        XCTAssertTrue(problem.contains("add up to 90 %"), problem)
    }

    func testAValueWithoutItsSourceIsRefused() throws {
        let error = try error(
            replacing: "\"weightPercent\": {\"value\": 40, \"source\": \"[D] §1.1: the seed report, 0.3 × 100 + 0.3 × 98.76 + 0.4 × 94.13 = 97.28, its published total\"}",
            with: "\"weightPercent\": 40")
        guard case .invalid(_, let at, let problem) = error else { return XCTFail("\(String(describing: error))") }
        XCTAssertEqual(at, "tools → item 3 → weightPercent")
        XCTAssertTrue(problem.contains("\"source\""), problem)
    }

    func testASourceWithoutItsMarkIsRefused() throws {
        let error = try error(replacing: "\"source\": \"[D] §1.1: the seed report, OIT 94.13", with: "\"source\": \"§1.1: the seed report, OIT 94.13")
        guard case .invalid(_, let at, let problem) = error else { return XCTFail("\(String(describing: error))") }
        XCTAssertEqual(at, "tools → item 3 → indicatorNumbers → source")
        XCTAssertTrue(problem.contains("[C] confirmed"), problem)
    }

    func testAnUnknownPresentedAsFactIsRefused() throws {
        let error = try error(
            replacing: "(every IIT indicator is 100); University of Phayao's code does so [S]\", \"status\": \"hypothesis\"}",
            with: "(every IIT indicator is 100); University of Phayao's code does so [S]\"}")
        guard case .invalid(_, _, let problem) = error else { return XCTFail("\(String(describing: error))") }
        XCTAssertTrue(problem.contains("[U]"), problem)
    }

    func testALevelRuleWithAHypothesisMustSaySo() throws {
        let error = try error(replacing: "\"levelRule\": {\n    \"status\": \"hypothesis\",\n", with: "\"levelRule\": {\n")
        guard case .invalid(_, let at, let problem) = error else { return XCTFail("\(String(describing: error))") }
        XCTAssertEqual(at, "levelRule → status")
        XCTAssertTrue(problem.contains("hypothesis"), problem)
    }

    func testAMisspeltKeyIsRefused() throws {
        let error = try error(replacing: "\"aliases\": {\"value\": [\"การปรับปรุงกระบวนการทำงาน\"]", with: "\"aliasses\": {\"value\": [\"การปรับปรุงกระบวนการทำงาน\"]")
        guard case .invalid(_, let at, let problem) = error else { return XCTFail("\(String(describing: error))") }
        XCTAssertEqual(at, "indicators → item 8 → aliasses")
        XCTAssertTrue(problem.contains("unknown key"), problem)
    }

    func testAMissingValueIsNamed() throws {
        let error = try error(replacing: "\"fiscalYear\": 2568,\n", with: "")
        XCTAssertEqual(error, .invalid(file: "frameworks/2568.json", at: "", problem: "\"fiscalYear\" is missing"))
    }

    func testATextWhereANumberBelongsIsRefused() throws {
        let error = try error(replacing: "\"passMark\": {\"value\": 85,", with: "\"passMark\": {\"value\": \"85\",")
        XCTAssertEqual(error, .invalid(file: "frameworks/2568.json", at: "levelRule → passMark → value", problem: "this should be a number"))
    }

    func testAnIndicatorUnderTheWrongToolIsRefused() throws {
        let error = try error(replacing: "\"tool\": {\"value\": \"EIT\"", with: "\"tool\": {\"value\": \"OIT\"")
        guard case .invalid(_, let at, let problem) = error else { return XCTFail("\(String(describing: error))") }
        XCTAssertEqual(at, "indicators")
        XCTAssertTrue(problem.contains("indicator 6 says its tool is OIT"), problem)
    }

    func testALevelWhosePassingDisagreesWithThePassMarkIsRefused() throws {
        let error = try error(replacing: "\"passMark\": {\"value\": 85,", with: "\"passMark\": {\"value\": 90,")
        guard case .invalid(_, let at, let problem) = error else { return XCTFail("\(String(describing: error))") }
        XCTAssertEqual(at, "levelRule → levels")
        XCTAssertTrue(problem.contains("\"ผ่านดี\" starts at 85 and the pass mark is 90"), problem)
    }

    func testAnUnknownWayOfCombiningPartsIsRefused() throws {
        let error = try error(replacing: "\"partsCombinedBy\": {\"value\": \"mean\"", with: "\"partsCombinedBy\": {\"value\": \"median\"")
        XCTAssertEqual(error, .invalid(file: "frameworks/2568.json", at: "tools → item 2 → partsCombinedBy → value",
                                       problem: "\"median\" is not a way to combine parts; the known ones are \"mean\""))
    }

    func testAFileNamedForAnotherYearIsRefused() throws {
        let error = try error(replacing: "\"fiscalYear\": 2568", with: "\"fiscalYear\": 2568", name: "2567.json")
        XCTAssertEqual(error, .misnamed(file: "frameworks/2567.json", problem: "the file is named 2567.json but says \"fiscalYear\": 2568"))
    }

    // MARK: Items

    func testAnItemCodeGivenTwiceIsRefused() throws {
        let error = try error(replacing: "{\"code\": \"i8\", \"indicator\": 2,", with: "{\"code\": \"I7\", \"indicator\": 2,", year: 2566)
        XCTAssertEqual(error, .invalid(file: "frameworks/2566.json", at: "items",
                                       problem: "item i7 appears twice; each code is one question or item"))
    }

    func testAnItemUnderAnUnknownIndicatorIsRefused() throws {
        let error = try error(replacing: "{\"code\": \"i7\", \"indicator\": 2,", with: "{\"code\": \"i7\", \"indicator\": 12,", year: 2566)
        XCTAssertEqual(error, .invalid(file: "frameworks/2566.json", at: "items",
                                       problem: "item i7 is under indicator 12, which is not among the indicators (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)"))
    }

    func testAnEITQuestionUnderAnIITIndicatorIsRefused() throws {
        let error = try error(replacing: "{\"code\": \"e1\", \"indicator\": 6,", with: "{\"code\": \"e1\", \"indicator\": 1,", year: 2566)
        guard case .invalid(_, let at, let problem) = error else { return XCTFail("\(String(describing: error))") }
        XCTAssertEqual(at, "items")
        XCTAssertTrue(problem.contains("item e1 is under indicator 1 (การปฏิบัติหน้าที่), an IIT indicator"), problem)
        XCTAssertTrue(problem.contains("belongs to an EIT indicator"), problem)
    }

    func testAnItemCodeThatIsNotALetterAndANumberIsRefused() throws {
        let error = try error(replacing: "{\"code\": \"i7\",", with: "{\"code\": \"x7\",", year: 2566)
        guard case .invalid(_, let at, let problem) = error else { return XCTFail("\(String(describing: error))") }
        XCTAssertEqual(at, "items → item 7 → code")
        XCTAssertTrue(problem.contains("\"x7\" is not an item code"), problem)
    }

    func testAnItemWordingWithoutItsSourceIsRefused() throws {
        let error = try error(replacing: "\"wording\": {\"value\": \"โครงสร้าง\", \"source\": ", with: "\"wording\": \"โครงสร้าง\", \"note\": {\"was\": ", year: 2566)
        guard case .invalid(_, let at, let problem) = error else { return XCTFail("\(String(describing: error))") }
        XCTAssertEqual(at, "items → item 46 → wording")
        XCTAssertTrue(problem.contains("\"source\""), problem)
    }

    func testAMissingFolderIsNamed() {
        let missing = folder.appendingPathComponent("nowhere")
        XCTAssertThrowsError(try FrameworkLibrary.load(from: missing)) { error in
            XCTAssertEqual(error as? FrameworkError, .folderUnreadable(path: missing.path))
        }
    }
}
