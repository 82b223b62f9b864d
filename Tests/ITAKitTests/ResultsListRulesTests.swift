import ITAKit
import XCTest

/// The rules of a results list (ITA023–ITA027), each on lists that break it and on lists that
/// only look as if they did (rounding, ties, a total without the tool it lacks).
final class ResultsListRulesTests: XCTestCase {
    private let good = [
        "1\tวิทยาลัยเทคนิคนาดี\t30.00\t29.10\t38.50\t97.60\tผ่านดีเยี่ยม",
        "2\tวิทยาลัยการอาชีพโคกสูง\t28.50\t27.90\t37.20\t93.60\tผ่านดี",
        "3\tวิทยาลัยอาชีวศึกษาหนองบัว\t24.30\t25.00\t33.10\t82.40\tปรับปรุง",
    ]

    func testACleanListHasNoFinding() throws {
        for rule in Validator.resultsListRules {
            XCTAssertEqual(try ResultsListText.findings(rule, good), [], "\(type(of: rule).code)")
        }
    }

    func testToolsNotAddingUpToTheTotalNameTheRow() throws {
        var rows = good
        rows[1] = "2\tวิทยาลัยการอาชีพโคกสูง\t28.50\t27.90\t37.20\t94.97\tผ่านดี"
        let findings = try ResultsListText.findings(ListToolsTotalRule(), rows)
        XCTAssertEqual(findings.count, 1)
        XCTAssertEqual(findings.first?.code, "ITA023")
        XCTAssertEqual(findings.first?.severity, .error)
        XCTAssertEqual(findings.first?.found, "94.97")
        XCTAssertEqual(findings.first?.expected, "93.60")
        XCTAssertTrue(findings.first?.thai.contains("แถวที่ 2 (ลำดับที่ 2 วิทยาลัยการอาชีพโคกสูง") == true, findings.first?.thai ?? "")
        XCTAssertTrue(findings.first?.english.contains("row 2 (rank 2, วิทยาลัยการอาชีพโคกสูง") == true)
    }

    func testRoundingIsNoFinding() throws {
        var rows = good
        // 28.50 + 27.90 + 37.20 = 93.60; printed 93.61, within the rounding of four two-decimal figures.
        rows[1] = "2\tวิทยาลัยการอาชีพโคกสูง\t28.50\t27.90\t37.20\t93.61\tผ่านดี"
        XCTAssertEqual(try ResultsListText.findings(ListToolsTotalRule(), rows), [])
    }

    func testScoresAreCheckedThroughTheYearsWeights() throws {
        let header = "ลำดับ\tหน่วยงาน\tIIT\tEIT\tOIT\tคะแนนรวม\tระดับ"
        let rows = ["1\tคณะวิทยาศาสตร์\t90.00\t80.00\t95.00\t89.00\tA",
                    "2\tคณะเกษตรศาสตร์\t70.00\t60.00\t80.00\t72.40\tC",
                    "3\tสำนักหอสมุด\t20.00\t25.00\t30.00\t25.50\tF"]
        let findings = try ResultsListText.findings(ListToolsTotalRule(), year: 2563, header: header, rows)
        XCTAssertEqual(findings.map(\.found), ["72.40"])
        XCTAssertEqual(findings.map(\.expected), ["71.00"])
    }

    func testALevelAgainstTheYearsRule() throws {
        var rows = good
        // 93.60 with every tool ≥ 85 is ผ่านดี; ผ่านดีเยี่ยม is on the same side of 85: a warning while the rule is a hypothesis.
        rows[1] = "2\tวิทยาลัยการอาชีพโคกสูง\t28.50\t27.90\t37.20\t93.60\tผ่านดีเยี่ยม"
        // 82.40 is under 85: ผ่าน is an error.
        rows[2] = "3\tวิทยาลัยอาชีวศึกษาหนองบัว\t24.30\t25.00\t33.10\t82.40\tผ่าน"
        let findings = try ResultsListText.findings(ListLevelRule(), rows)
        XCTAssertEqual(findings.map(\.severity), [.warning, .error])
        XCTAssertEqual(findings.map(\.found), ["ผ่านดีเยี่ยม", "ผ่าน"])
        XCTAssertEqual(findings.first?.expected, "ผ่านดี")
    }

    func testLettersOf2563ByTheTotal() throws {
        let header = "ลำดับ\tหน่วยงาน\tIIT\tEIT\tOIT\tคะแนนรวม\tระดับ"
        let rows = ["1\tคณะวิทยาศาสตร์\t90.00\t80.00\t95.00\t89.00\tAA",
                    "2\tคณะเกษตรศาสตร์\t70.00\t60.00\t80.00\t71.00\tC",
                    "3\tสำนักหอสมุด\t20.00\t25.00\t30.00\t25.50\tF"]
        let findings = try ResultsListText.findings(ListLevelRule(), year: 2563, header: header, rows)
        XCTAssertEqual(findings.count, 1)
        XCTAssertEqual(findings.first?.severity, .error)
        XCTAssertEqual(findings.first?.expected, "A")
    }

    func testAMissingToolTheTotalNeedsIsAnError() throws {
        var rows = good
        rows[2] = "3\tวิทยาลัยอาชีวศึกษาหนองบัว\t24.30\t-\t33.10\t82.40\tปรับปรุง"
        let findings = try ResultsListText.findings(ListMissingToolRule(), rows)
        XCTAssertEqual(findings.map(\.severity), [.error])
        XCTAssertEqual(findings.first?.expected, "EIT")
        XCTAssertTrue(findings.first?.thai.contains("แถวที่ 3") == true)
    }

    func testAMissingToolTheTotalDoesWithoutIsAWarning() throws {
        var rows = good
        rows[2] = "3\tวิทยาลัยอาชีวศึกษาหนองบัว\t24.30\t-\t33.10\t57.40\tปรับปรุง"
        XCTAssertEqual(try ResultsListText.findings(ListMissingToolRule(), rows).map(\.severity), [.warning])
        // and the sum of what is printed is no ITA023.
        XCTAssertEqual(try ResultsListText.findings(ListToolsTotalRule(), rows), [])
    }

    func testTiesAreNoFindingButRanksOutOfOrderAre() throws {
        let tie = ["1\tวิทยาลัยเทคนิคนาดี\t30.00\t29.10\t38.50\t97.60\tผ่านดีเยี่ยม",
                   "1\tวิทยาลัยเทคนิคโคกสูง\t30.00\t29.10\t38.50\t97.60\tผ่านดี",
                   "3\tวิทยาลัยอาชีวศึกษาหนองบัว\t24.30\t25.00\t33.10\t82.40\tปรับปรุง"]
        XCTAssertEqual(try ResultsListText.findings(ListRankRule(), tie), [])
        let swapped = [good[1], good[0], good[2]]
        let findings = try ResultsListText.findings(ListRankRule(), swapped)
        XCTAssertEqual(findings.map(\.severity), [.error])
        XCTAssertEqual(findings.first?.found, "1")
        var twice = good
        twice[2] = "2\tวิทยาลัยอาชีวศึกษาหนองบัว\t24.30\t25.00\t33.10\t82.40\tปรับปรุง"
        XCTAssertEqual(try ResultsListText.findings(ListRankRule(), twice).map(\.found), ["2"])
    }

    func testAnAgencyListedTwice() throws {
        var rows = good
        rows[2] = "3\tวิทยาลัยเทคนิค นาดี\t24.30\t25.00\t33.10\t82.40\tปรับปรุง"
        let findings = try ResultsListText.findings(ListDuplicateAgencyRule(), rows)
        XCTAssertEqual(findings.count, 1)
        XCTAssertTrue(findings.first?.thai.contains("แถวที่ 1") == true)
        XCTAssertTrue(findings.first?.thai.contains("แถวที่ 3") == true)
    }
}
