import ITAStore
import XCTest

final class CSVWriterTests: XCTestCase {
    func testByteOrderMarkQuotingAndLineEnds() {
        let table = DatasetTable(columns: ["agency", "note", "score"], rows: [
            [.text("เทศบาลเมืองเมืองพล"), .text("a, \"b\"\nc"), .number(97.28)],
            [.text("ทต.หนองนา"), .null, .number(95.0)],
        ])
        let csv = CSVWriter.string(table)
        XCTAssertEqual(csv, "\u{FEFF}agency,note,score\r\nเทศบาลเมืองเมืองพล,\"a, \"\"b\"\"\nc\",97.28\r\nทต.หนองนา,,95\r\n")
        XCTAssertEqual(Array(CSVWriter.data(table).prefix(3)), [0xEF, 0xBB, 0xBF])
    }

    func testScoresWithAtMostTwoDecimals() {
        XCTAssertEqual(DatasetValue.score(98.755), "98.76")
        XCTAssertEqual(DatasetValue.score(100), "100")
        XCTAssertEqual(DatasetValue.score(93.5), "93.5")
        XCTAssertEqual(DatasetValue.number(-1.999).plain, "-2")
    }

    func testJSONKeepsTheColumnOrderAndTypes() throws {
        let table = DatasetTable(columns: ["agency", "fiscal_year", "score", "passes"], rows: [
            [.text("ทม.เมืองพล \"ก\""), .integer(2568), .number(97.28), .bool(true)],
            [.text("x/y"), .integer(2567), .null, .null],
        ])
        let json = JSONTableWriter.string(table)
        XCTAssertEqual(json, """
            [
              {"agency": "ทม.เมืองพล \\"ก\\"", "fiscal_year": 2568, "score": 97.28, "passes": true},
              {"agency": "x/y", "fiscal_year": 2567, "score": null, "passes": null}
            ]

            """)
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
        XCTAssertEqual(decoded?.first?["score"] as? Double, 97.28)
        XCTAssertEqual(JSONTableWriter.string(DatasetTable(columns: ["a"])), "[]\n")
    }
}
