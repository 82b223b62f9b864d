import ITAKit
import ReportLayout
import XCTest

/// Reading a results list: rows, ranks, names, figures as points or scores (decided from the
/// figures), a tool printed "-", Thai digits, a header repeated, a report that is no list.
final class ResultsListReaderTests: XCTestCase {
    func testPointsInThaiDigitsGiveEachAgencyItsRankTotalLevelAndTools() throws {
        let list = try ResultsListText.list([
            "๑\tวิทยาลัยเทคนิคนาดี\t๓๐.๐๐\t๒๙.๑๐\t๓๘.๕๐\t๙๗.๖๐\tผ่านดี",
            "๒\tวิทยาลัยการอาชีพโคกสูง\t๒๘.๕๐\t๒๗.๙๐\t๓๗.๒๐\t๙๓.๖๐\tผ่านดี",
            "๓\tวิทยาลัยอาชีวศึกษาหนองบัว\t๒๔.๓๐\t-\t๓๓.๑๐\t๕๗.๔๐\tปรับปรุง",
        ])
        XCTAssertEqual(list.fiscalYear, 2568)
        XCTAssertEqual(list.heading.announcedBy, "สำนักงานคณะกรรมการการอาชีวศึกษา")
        XCTAssertEqual(list.heading.toolColumns, .points)
        XCTAssertEqual(list.results.map(\.rank), [1, 2, 3])
        XCTAssertEqual(list.results.map(\.agency.name), ["วิทยาลัยเทคนิคนาดี", "วิทยาลัยการอาชีพโคกสูง", "วิทยาลัยอาชีวศึกษาหนองบัว"])
        XCTAssertEqual(list.results[0].agency.type, "วิทยาลัย")
        XCTAssertEqual(list.results[1].overall?.score, 93.6)
        XCTAssertEqual(list.results[1].overall?.level, "ผ่านดี")
        let eit = try XCTUnwrap(list.results[1].tool("EIT"))
        XCTAssertEqual(eit.points, 27.9)
        XCTAssertEqual(eit.score, 93)
        // "-": absent, not invented.
        XCTAssertNil(list.results[2].tool("EIT"))
        XCTAssertEqual(list.results[2].tools.map(\.code), ["IIT", "OIT"])
        XCTAssertEqual(list.results.map(\.fiscalYear), [2568, 2568, 2568])
    }

    func testScoresAreToldByTheYearsWeightsNotByTheHeading() throws {
        // The header says คะแนน over the tools; the figures are scores: 0.3 × 90 + 0.3 × 80 + 0.4 × 95 = 89.
        let list = try ResultsListText.list(year: 2563, header: "ลำดับ\tหน่วยงาน\tคะแนน IIT\tคะแนน EIT\tคะแนน OIT\tคะแนนรวม\tระดับ", [
            "1\tคณะวิทยาศาสตร์\t90.00\t80.00\t95.00\t89.00\tA",
            "2\tคณะเกษตรศาสตร์\t70.00\t60.00\t80.00\t71.00\tC",
            "3\tสำนักหอสมุด\t20.00\t25.00\t30.00\t25.50\tF",
        ])
        XCTAssertEqual(list.heading.toolColumns, .scores)
        XCTAssertEqual(list.results[2].tool("IIT")?.score, 20)
        XCTAssertNil(list.results[2].tool("IIT")?.points)
    }

    func testLowPointsAddingUpAreStillPoints() throws {
        // Every figure is under 40, and the tools add up to the totals: points, whatever the heading.
        let list = try ResultsListText.list(year: 2563, header: "ที่\tหน่วยงาน\tคะแนน IIT\tคะแนน EIT\tคะแนน OIT\tคะแนนรวม\tระดับ", [
            "1\tคณะวิทยาศาสตร์\t27.00\t24.00\t38.00\t89.00\tA",
            "2\tคณะเกษตรศาสตร์\t21.00\t18.00\t32.00\t71.00\tC",
            "3\tสำนักหอสมุด\t6.00\t7.50\t12.00\t25.50\tF",
        ])
        XCTAssertEqual(list.heading.toolColumns, .points)
        XCTAssertEqual(list.results[0].tool("OIT")?.score, 95)
    }

    func testAHeaderRepeatedInsideTheTableIsNoAgency() throws {
        let list = try ResultsListText.list([
            "1\tวิทยาลัยเทคนิคนาดี\t30.00\t29.10\t38.50\t97.60\tผ่านดี",
            "2\tวิทยาลัยการอาชีพโคกสูง\t28.50\t27.90\t37.20\t93.60\tผ่านดี",
            "ที่\tชื่อสถานศึกษา\tIIT\tEIT\tOIT\tรวม\tระดับผลการประเมิน",
            "3\tวิทยาลัยอาชีวศึกษาหนองบัว\t24.30\t25.00\t33.10\t82.40\tปรับปรุง",
        ])
        XCTAssertEqual(list.results.map(\.rank), [1, 2, 3])
    }

    func testAProvinceColumnGivesTheProvince() throws {
        let list = try ResultsListText.list(year: 2567, header: "ที่\tชื่อหน่วยงาน\tจังหวัด\tIIT\tEIT\tOIT\tรวม\tระดับ", [
            "1\tเทศบาลตำบลนาดี\tจังหวัดขอนแก่น\t30.00\t29.10\t38.50\t97.60\tผ่านดี",
            "2\tองค์การบริหารส่วนตำบลโคกสูง\tอุดรธานี\t28.50\t27.90\t37.20\t93.60\tผ่านดี",
            "3\tอบต.หนองบัว\tสกลนคร\t26.30\t25.00\t33.10\t84.40\tไม่ผ่าน",
        ])
        XCTAssertEqual(list.results.map(\.agency.province), ["ขอนแก่น", "อุดรธานี", "สกลนคร"])
        XCTAssertEqual(list.results.map(\.agency.type), ["เทศบาลตำบล", "องค์การบริหารส่วนตำบล", "องค์การบริหารส่วนตำบล"])
    }

    func testAReportOfOneAgencyIsNoList() throws {
        XCTAssertNil(try ResultsListReader().read(ReportContent.seed))
        XCTAssertNil(try ResultsListReader().read(ReportContent.sample))
    }

    func testTwoRowsAreTooFewForAList() throws {
        let content = ResultsListText.content(["1\tวิทยาลัยเทคนิคนาดี\t30.00\t29.10\t38.50\t97.60\tผ่านดี",
                                               "2\tวิทยาลัยการอาชีพโคกสูง\t28.50\t27.90\t37.20\t93.60\tผ่านดี"])
        XCTAssertNil(try ResultsListReader().read(content))
    }

    func testAToolWhoseHeadingIsUnreadTakesTheOneFigureColumnBesideTheTools() throws {
        // OCR read IIT as "IT", ที่ as "i": the tool is the one left, the rank the column of whole numbers.
        let list = try ResultsListText.list(header: "i\tชื่อสถานศึกษา\tIT\tEIT\tOIT\tรวม\tระดับผลการประเมิน", [
            "1\tวิทยาลัยเทคนิคนาดี\t30.00\t29.10\t38.50\t97.60\tผ่านดีเยี่ยม",
            "2\tวิทยาลัยการอาชีพโคกสูง\t28.50\t27.90\t37.20\t93.60\tผ่านดี",
            "3\tวิทยาลัยอาชีวศึกษาหนองบัว\t24.30\t25.00\t33.10\t82.40\tปรับปรุง",
        ])
        XCTAssertEqual(list.results.map(\.rank), [1, 2, 3])
        XCTAssertEqual(list.results[1].tool("IIT")?.points, 28.5)
        XCTAssertEqual(list.heading.toolColumns, .points)
    }

    func testAGroupHeadingOverTheToolsIsNoTotal() throws {
        // `เครื่องมือการประเมิน ITA` over IIT EIT OIT รวม holds ITA, a total's word; OCR read IIT as `เท`.
        let list = try ResultsListText.list(header: "ที่\tชื่อสถานศึกษา\tเครื่องมือการประเมิน ITA\t\t\t\tระดับผลการประเมิน\n\t\tเท\tEIT\tOIT\tรวม\t", [
            "1\tวิทยาลัยเทคนิคนาดี\t30.00\t29.10\t38.50\t97.60\tผ่านดีเยี่ยม",
            "2\tวิทยาลัยการอาชีพโคกสูง\t28.50\t27.90\t37.20\t93.60\tผ่านดี",
            "3\tวิทยาลัยอาชีวศึกษาหนองบัว\t24.30\t25.00\t33.10\t82.40\tปรับปรุง",
        ])
        XCTAssertEqual(list.results.map { $0.overall?.score }, [97.6, 93.6, 82.4])
        XCTAssertEqual(list.results[1].tool("IIT")?.points, 28.5)
        XCTAssertEqual(list.heading.toolColumns, .points)
    }

    func testEveryToolHeadingUnreadTakesTheColumnsBetweenNamesAndTotalInTheFrameworksOrder() throws {
        // OCR made `แย่ ย16 0` of IIT EIT OIT; the `0` is no figure of a row.
        let list = try ResultsListText.list(header: "ที่\tชื่อสถานศึกษา\tแย่\tย16\t0\tรวม\tระดับผลการประเมิน", [
            "1\tวิทยาลัยเทคนิคนาดี\t30.00\t29.10\t38.50\t97.60\tผ่านดีเยี่ยม",
            "2\tวิทยาลัยการอาชีพโคกสูง\t28.50\t27.90\t37.20\t93.60\tผ่านดี",
            "3\tวิทยาลัยอาชีวศึกษาหนองบัว\t24.30\t25.00\t33.10\t82.40\tปรับปรุง",
        ])
        XCTAssertEqual(list.results.map(\.rank), [1, 2, 3])
        XCTAssertEqual(list.results[0].tools.map(\.code), ["IIT", "EIT", "OIT"])
        XCTAssertEqual(list.results[2].tool("OIT")?.points, 33.1)
    }
}
