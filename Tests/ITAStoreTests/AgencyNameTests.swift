import ITAStore
import XCTest

final class AgencyNameTests: XCTestCase {
    func testAbbreviationsAreSpelledOut() {
        XCTAssertEqual(AgencyName.expanded("ทม.เมืองพล"), "เทศบาลเมืองเมืองพล")
        XCTAssertEqual(AgencyName.expanded("ทต. โนนสะอาด"), "เทศบาลตำบลโนนสะอาด")
        XCTAssertEqual(AgencyName.expanded("อบต.บ้านเป็ด"), "องค์การบริหารส่วนตำบลบ้านเป็ด")
        XCTAssertEqual(AgencyName.expanded("อบจ.ขอนแก่น"), "องค์การบริหารส่วนจังหวัดขอนแก่น")
        XCTAssertEqual(AgencyName.expanded("อบต บ้านเป็ด"), "องค์การบริหารส่วนตำบลบ้านเป็ด")
        XCTAssertEqual(AgencyName.expanded("  เทศบาลเมืองเมืองพล "), "เทศบาลเมืองเมืองพล")
    }

    func testOneAgencyHasOneKeyHoweverWritten() {
        let key = AgencyName.key("เทศบาลเมืองเมืองพล")
        XCTAssertEqual(AgencyName.key("ทม.เมืองพล"), key)
        XCTAssertEqual(AgencyName.key("เทศบาลเมือง เมืองพล"), key)
        XCTAssertEqual(AgencyName.key("“เทศบาลเมืองเมืองพล”"), key)
        // A SARA AM written as NIKHAHIT + SARA AA, as old PDFs give it.
        XCTAssertEqual(AgencyName.key("ทต.หนองน\u{0E4D}\u{0E32}ใส"), AgencyName.key("เทศบาลตำบลหนองน\u{0E33}ใส"))
        XCTAssertNotEqual(AgencyName.key("ทต.เมืองพล"), key)
    }

    func testProvinceWithOrWithoutTheWordจังหวัด() {
        XCTAssertEqual(AgencyName.provinceKey("ขอนแก่น"), "ขอนแก่น")
        XCTAssertEqual(AgencyName.provinceKey("จังหวัดขอนแก่น"), "ขอนแก่น")
        XCTAssertEqual(AgencyName.provinceKey("จ. ขอนแก่น"), "ขอนแก่น")
        XCTAssertEqual(AgencyName.provinceKey(nil), "")
    }
}
