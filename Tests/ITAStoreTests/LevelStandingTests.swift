import ITAStore
import XCTest

final class LevelStandingTests: XCTestCase {
    func testLevelsOfEachScaleFromTheTemplates() throws {
        let good = try XCTUnwrap(LevelStanding.of(level: "“ผ่านดี”", overall: 97.28, fiscalYear: 2568))
        XCTAssertEqual(good.name, "ผ่านดี")
        XCTAssertEqual(good.passes, true)
        XCTAssertEqual(good.rank, 1)
        XCTAssertEqual(good.scale, ["ผ่านดีเยี่ยม", "ผ่านดี", "ผ่าน", "ไม่ผ่าน", "ต้องปรับปรุง", "ต้องปรับปรุงโดยด่วน"])
        let aa = try XCTUnwrap(LevelStanding.of(level: "aa", overall: 96, fiscalYear: 2565))
        XCTAssertEqual(aa.name, "AA")
        XCTAssertEqual(aa.rank, 0)
        XCTAssertEqual(aa.passes, true)
        XCTAssertEqual(LevelStanding.of(level: "B", overall: 80, fiscalYear: 2564)?.passes, false)
        XCTAssertEqual(LevelStanding.of(level: "ไม่ผ่าน", overall: 70, fiscalYear: 2567)?.passes, false)
    }

    func testALevelTheTemplateDoesNotKnowPassesByItsScore() {
        let odd = LevelStanding.of(level: "ดีมาก", overall: 88, fiscalYear: 2568)
        XCTAssertEqual(odd?.name, "ดีมาก")
        XCTAssertNil(odd?.rank)
        XCTAssertEqual(odd?.passes, true)
        XCTAssertEqual(LevelStanding.of(level: nil, overall: 70, fiscalYear: 2568)?.passes, false)
        XCTAssertNil(LevelStanding.of(level: nil, overall: nil, fiscalYear: 2568))
    }

    func testYearsCompareByRankOnOneScaleAndByPassAcrossScales() throws {
        let pass2567 = try XCTUnwrap(LevelStanding.of(level: "ผ่าน", overall: 91.68, fiscalYear: 2567))
        let good2568 = try XCTUnwrap(LevelStanding.of(level: "ผ่านดี", overall: 97.28, fiscalYear: 2568))
        XCTAssertEqual(pass2567.change(to: good2568), .better)
        XCTAssertEqual(good2568.change(to: pass2567), .worse)
        XCTAssertEqual(good2568.change(to: good2568), .same)
        // AA … F until 2565, ผ่าน… from 2566: only pass or fail compares.
        let a2565 = try XCTUnwrap(LevelStanding.of(level: "A", overall: 90, fiscalYear: 2565))
        let b2565 = try XCTUnwrap(LevelStanding.of(level: "B", overall: 80, fiscalYear: 2565))
        XCTAssertEqual(a2565.change(to: pass2567), .same)
        XCTAssertEqual(b2565.change(to: pass2567), .better)
        XCTAssertEqual(a2565.change(to: b2565), .worse)
    }
}
