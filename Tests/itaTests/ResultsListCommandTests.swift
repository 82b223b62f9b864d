import Foundation
import XCTest

/// `ita extract` on the committed results lists (Tests/Fixtures/lists, made by make-lists.py):
/// every row against the truth written beside each list.
final class ResultsListCommandTests: XCTestCase {
    private struct Truth: Decodable {
        struct Row: Decodable {
            var rank: Int
            var name: String
            var province: String?
            var total: Double?
            var level: String?
            var tools: [String: Double]
            var slip: Bool?
            var missing: String?
        }
        var fiscalYear: Int
        var announcedBy: String
        var toolColumns: String
        var rows: [Row]
    }

    private func extract(_ name: String) throws -> (run: ItaRun, json: [String: Any]) {
        let run = try ItaRunner.run(["extract", ItaRunner.path("Tests/Fixtures/lists/\(name)")])
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], run.stderr)
        return (run, json)
    }

    private func truth(_ name: String) throws -> Truth {
        try JSONDecoder().decode(Truth.self, from: Data(contentsOf: URL(fileURLWithPath: ItaRunner.path("Tests/Fixtures/lists/\(name).truth.json"))))
    }

    private func compact(_ text: String?) -> String { String((text ?? "").filter { !$0.isWhitespace }) }

    /// The rows read right: rank, name, province, total, level and every tool as printed.
    private func rightRows(_ json: [String: Any], _ truth: Truth) -> (right: Int, wrong: [Int]) {
        let results = json["results"] as? [[String: Any]] ?? []
        let field = truth.toolColumns == "points" ? "points" : "score"
        var wrong: [Int] = []
        for row in truth.rows {
            guard let got = results.first(where: { $0["rank"] as? Int == row.rank }) else { wrong.append(row.rank); continue }
            let agency = got["agency"] as? [String: Any] ?? [:]
            let overall = got["overall"] as? [String: Any] ?? [:]
            var tools: [String: Double] = [:]
            for tool in got["tools"] as? [[String: Any]] ?? [] { tools[tool["code"] as! String] = tool[field] as? Double }
            let right = compact(agency["name"] as? String) == compact(row.name)
                && (row.province == nil || agency["province"] as? String == row.province)
                && overall["score"] as? Double == row.total && overall["level"] as? String == row.level && tools == row.tools
            if !right { wrong.append(row.rank) }
        }
        return (truth.rows.count - wrong.count, wrong)
    }

    func testAListOfPointsInThaiDigitsOverFourPages() throws {
        let (run, json) = try extract("t1-colleges-2568-points.pdf")
        let truth = try truth("t1-colleges-2568-points")
        // Read, with errors (the slip row put in): exit 1.
        XCTAssertEqual(run.status, 1, run.stderr)
        XCTAssertEqual(json["kind"] as? String, "resultsList")
        XCTAssertEqual(json["schemaVersion"] as? Int, 3)
        XCTAssertEqual(json["fiscalYear"] as? Int, 2568)
        let heading = try XCTUnwrap(json["resultsList"] as? [String: Any])
        XCTAssertEqual(heading["announcedBy"] as? String, truth.announcedBy)
        XCTAssertEqual(heading["toolColumns"] as? String, "points")
        XCTAssertEqual((json["results"] as? [Any])?.count, 48)
        let (right, wrong) = rightRows(json, truth)
        // Row 42's กุมภวาปี comes out กุมภ์วาปี: the dictionary's repair adds a mark to a place name it does not know.
        XCTAssertEqual(right, 47, "wrong rows: \(wrong)")
        let diagnostics = json["diagnostics"] as? [[String: Any]] ?? []
        let slip = try XCTUnwrap(truth.rows.first { $0.slip == true })
        let dash = try XCTUnwrap(truth.rows.first { $0.missing != nil })
        XCTAssertTrue(diagnostics.contains { $0["code"] as? String == "ITA023" && ($0["message"] as? String ?? "").contains("ลำดับที่ \(slip.rank) \(slip.name)") },
                      "\(diagnostics)")
        XCTAssertTrue(diagnostics.contains { $0["code"] as? String == "ITA025" && ($0["message"] as? String ?? "").contains("ลำดับที่ \(dash.rank) ") })
        // The tool printed "-" is absent from its row.
        let results = json["results"] as? [[String: Any]] ?? []
        let dashed = try XCTUnwrap(results.first { $0["rank"] as? Int == dash.rank })
        XCTAssertEqual((dashed["tools"] as? [[String: Any]])?.map { $0["code"] as? String }, ["IIT", "OIT"])
        // The row with no result at all: ranked, with neither total nor tools.
        let last = try XCTUnwrap(results.last)
        XCTAssertNil(last["overall"])
        XCTAssertEqual((last["tools"] as? [Any])?.count, 0)
        XCTAssertEqual(last["rank"] as? Int, 48)
    }

    func testAListOfScoresWithAnAgencyListedTwice() throws {
        let (run, json) = try extract("t2-faculties-2563-scores.pdf")
        let truth = try truth("t2-faculties-2563-scores")
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual((json["resultsList"] as? [String: Any])?["toolColumns"] as? String, "scores")
        XCTAssertGreaterThanOrEqual(rightRows(json, truth).right, 29)
        let codes = (json["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        XCTAssertTrue(codes.contains("ITA027"), "\(codes)")
        XCTAssertTrue(codes.contains("ITA023"), "\(codes)")
    }

    func testAListWithAProvinceColumn() throws {
        let (_, json) = try extract("t3-local-2567-points.pdf")
        let truth = try truth("t3-local-2567-points")
        XCTAssertGreaterThanOrEqual(rightRows(json, truth).right, 21)
        XCTAssertEqual(json["fiscalYear"] as? Int, 2567)
    }

    func testAScannedListIsReadByOCR() throws {
        let run = try ItaRunner.run(["extract", ItaRunner.path("Tests/Fixtures/lists/t3-local-2567-points-scan.pdf")])
        guard run.status != 2 || !run.stderr.contains("tesseract") else { throw XCTSkip("tesseract is not installed: \(run.stderr)") }
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], run.stderr)
        let truth = try truth("t3-local-2567-points")
        XCTAssertEqual(json["kind"] as? String, "resultsList")
        XCTAssertEqual((json["results"] as? [Any])?.count, 22)
        // OCR misreads some names and provinces; every figure and rank must still be right.
        XCTAssertGreaterThanOrEqual(rightRows(json, truth).right, 14)
        let results = json["results"] as? [[String: Any]] ?? []
        XCTAssertEqual(results.map { $0["rank"] as? Int }, Array(1...22))
        XCTAssertEqual(results.map { ($0["overall"] as? [String: Any])?["score"] as? Double }, truth.rows.map(\.total))
    }

    func testAnOfficeScanOfSomeOfAListsPagesIsReadByOCR() throws {
        // t4's office scan: a covering letter, then pages 2, 4 and 5 of the list (rows 1-9 and
        // 28-66) as 1-bit pictures on a 22-inch page, sheared, a row highlighted, a code page.
        let run = try ItaRunner.run(["extract", ItaRunner.path("Tests/Fixtures/lists/t4-colleges-2568-letter-office.pdf")])
        guard run.status != 2 || !run.stderr.contains("tesseract") else { throw XCTSkip("tesseract is not installed: \(run.stderr)") }
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], run.stderr)
        let truth = try truth("t4-colleges-2568-letter-office")
        XCTAssertEqual(json["kind"] as? String, "resultsList")
        XCTAssertEqual(json["fiscalYear"] as? Int, 2568)
        XCTAssertEqual((json["resultsList"] as? [String: Any])?["toolColumns"] as? String, "points")
        let results = json["results"] as? [[String: Any]] ?? []
        XCTAssertEqual(results.map { $0["rank"] as? Int }, truth.rows.map(\.rank))
        XCTAssertEqual(results.map { ($0["overall"] as? [String: Any])?["score"] as? Double }, truth.rows.map(\.total))
        // OCR misreads a few names' marks; the figures are read by the digits' shapes.
        XCTAssertGreaterThanOrEqual(rightRows(json, truth).right, 40, "\(rightRows(json, truth).wrong)")
        // A tool printed "-" is absent, not invented; rows with no result have no tools.
        let dash = try XCTUnwrap(truth.rows.first { $0.missing != nil })
        let dashRow = try XCTUnwrap(results.first { $0["rank"] as? Int == dash.rank })
        XCTAssertEqual((dashRow["tools"] as? [[String: Any]])?.compactMap { $0["code"] as? String }.sorted(),
                       dash.tools.keys.sorted())
        for row in truth.rows where row.total == nil {
            let got = try XCTUnwrap(results.first { $0["rank"] as? Int == row.rank })
            XCTAssertEqual((got["tools"] as? [Any])?.count ?? 0, 0)
        }
    }

    func testTheListsJSONFollowsTheSchema() throws {
        let output = ItaRunner.temporaryPath(".json")
        let run = try ItaRunner.run(["extract", ItaRunner.path("Tests/Fixtures/lists/t2-faculties-2563-scores.pdf"), "-o", output])
        XCTAssertEqual(run.status, 1, run.stderr)
        XCTAssertTrue(try ItaRunner.schemaAccepts(jsonAt: output), "the list's JSON does not follow the schema")
    }
}

/// `ita dataset add` on a results list: one result per agency, in the exports, again unchanged.
final class ResultsListDatasetCommandTests: XCTestCase {
    func testEveryAgencyOfAScannedListGoesIntoTheDataset() throws {
        let db = ItaRunner.temporaryPath(".sqlite")
        defer { try? FileManager.default.removeItem(atPath: db) }
        let list = ItaRunner.path("Tests/Fixtures/lists/t4-colleges-2568-letter-office.pdf")
        let added = try ItaRunner.run(["dataset", "add", list, "--db", db, "--lang", "en"])
        guard added.status != 2 || !added.stderr.contains("tesseract") else { throw XCTSkip("tesseract is not installed") }
        XCTAssertTrue(added.stdout.contains("a results list, 48 agencies' results"), added.stdout + added.stderr)
        let wide = try ItaRunner.run(["dataset", "export", "--db", db, "--format", "json", "--shape", "wide"])
        let rows = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(wide.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(rows.filter { ($0["source"] as? String)?.hasPrefix("list t4-colleges-2568-letter-office.pdf row ") == true }.count, 48)
    }

    func testAListGoesIntoTheDatasetAsOneResultPerAgency() throws {
        let db = ItaRunner.temporaryPath(".sqlite")
        defer { try? FileManager.default.removeItem(atPath: db) }
        let list = ItaRunner.path("Tests/Fixtures/lists/t1-colleges-2568-points.pdf")
        let added = try ItaRunner.run(["dataset", "add", list, ItaRunner.path("Samples/muangphon-2568.txt"), "--db", db, "--lang", "en"])
        XCTAssertEqual(added.status, 0, added.stdout + added.stderr)
        XCTAssertTrue(added.stdout.contains("a results list, 48 agencies' results (48 agencies new to the dataset)"), added.stdout)
        XCTAssertTrue(added.stdout.contains("2 added"), added.stdout)
        let again = try ItaRunner.run(["dataset", "add", list, "--db", db, "--lang", "en"])
        XCTAssertTrue(again.stdout.contains("1 unchanged"), again.stdout)

        let wide = try ItaRunner.run(["dataset", "export", "--db", db, "--format", "json", "--shape", "wide"])
        XCTAssertEqual(wide.status, 0, wide.stderr)
        let rows = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(wide.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(rows.count, 49)
        XCTAssertEqual(rows.filter { ($0["source"] as? String)?.hasPrefix("list t1-colleges-2568-points.pdf row ") == true }.count, 48)
        XCTAssertEqual(rows.filter { $0["source"] as? String == "report" }.count, 1)
        let khanom = try XCTUnwrap(rows.first { $0["agency"] as? String == "วิทยาลัยการอาชีพขนอม" })
        XCTAssertEqual(khanom["overall"] as? Double, 93.4)
        XCTAssertEqual(khanom["IIT"] as? Double, 94.67)

        let trend = try ItaRunner.run(["dataset", "trend", "--db", db, "--agency", "วิทยาลัยการอาชีพขนอม", "--lang", "en"])
        XCTAssertEqual(trend.status, 0, trend.stderr)
        XCTAssertTrue(trend.stdout.contains("93.4"), trend.stdout)
        let summary = try ItaRunner.run(["dataset", "summary", "--db", db, "--lang", "en"])
        XCTAssertTrue(summary.stdout.contains("Results lists: 48 agencies' results"), summary.stdout)
    }
}
