import XCTest
import ThaiText

/// Month abbreviations written without their dots beside a number, as the NACC's item-level
/// reports write periods (`1 มค 67 ถึง 31 มีค 67`): their letters look like a word that lost
/// a mark (`มค` once became มัค), but they are a date's and are left as they are.
final class RepairDateAbbreviationTests: XCTestCase {
    private static let undotted = ["มค", "กพ", "มีค", "เมย", "พค", "มิย", "กค", "สค", "กย", "ตค", "พย", "ธค"]
    private static let dotted = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]

    func testThePeriodOfAnItemLevelReportIsLeftAlone() throws {
        for text in ["1 มค 67 ถึง 31 มีค 67", "1 มค 67 - 31 มีค 67", "ตค 66 - กย 67", "1 มค.67", "มค 67",
                     "1 มค ถึง 31 มีค 67", "๑ มค ๖๗ ถึง ๓๑ มีค ๖๗", "1 มีค 30 กย 67"] {
            try assertRepairs(text, text)
        }
    }

    func testEveryMonthAbbreviationBesideANumberIsLeftAlone() throws {
        for abbreviation in Self.undotted + Self.dotted + Self.dotted.map({ String($0.dropLast()) }) {
            let text = "1 \(abbreviation) 67 ถึง 28 \(abbreviation) 67"
            try assertRepairs(text, text)
        }
    }

    /// The rule spares only a month's abbreviation beside a number: a damaged word on the same
    /// line, or beside a number itself, is still repaired.
    func testADamagedWordBesideThePeriodIsStillRepaired() throws {
        try assertRepairs("ให้บริกำรประชำชน 1 มค 67 ถึง 31 มีค 67", "ให้บริการประชาชน 1 มค 67 ถึง 31 มีค 67")
        try assertRepairs("1 มค 67 ถึง 31 มีค 67 เพือ", "1 มค 67 ถึง 31 มีค 67 เพื่อ")
        try assertRepairs("ให้บริกำร 2 ครั้ง", "ให้บริการ 2 ครั้ง")
    }
}
