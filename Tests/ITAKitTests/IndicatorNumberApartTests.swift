import ITAKit
import XCTest

/// An indicator's number written apart from its name, its point lost (`2 การใช้งบประมาณ`) or
/// standing off (`4 .การใช้…`), as OCR and loose typing leave it, is still that indicator when
/// the name is the number's; a number before another indicator's name is not taken.
final class IndicatorNumberApartTests: XCTestCase {
    func testANumberApartFromItsNameIsThatIndicator() throws {
        let context = try SeedVariant.context(ScoreRulesCheck.edits(
            SeedVariant.replacing("2.การใช้งบประมาณ\t100", with: "2 การใช้งบประมาณ\t100"),
            SeedVariant.replacing("4.การใช้ทรัพย์สินของราชการ\t100", with: "4 .การใช้ทรัพย์สินของราชการ\t100")))
        XCTAssertEqual(context.report.indicators.map(\.number), Array(1...10))
        XCTAssertEqual(context.report.indicators.first { $0.number == 2 }?.score, 100)
    }

    func testANumberApartBeforeAnotherIndicatorsNameIsNotTaken() throws {
        let context = try SeedVariant.context(SeedVariant.replacing("2.การใช้งบประมาณ\t100", with: "7 การใช้งบประมาณ\t100"))
        XCTAssertNotEqual(context.report.indicators.first { $0.number == 7 }?.score, 100)
    }
}
