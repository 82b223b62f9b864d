import Foundation
import ITAKit
import XCTest

/// The questions and items of the assessment (i1–i30, e1–e15, o1 …) in the 2566–2568
/// templates: their indicators, their tools, and finding them by the codes reports print.
final class FrameworkTestsItems: XCTestCase {
    private func framework(_ year: Int, file: StaticString = #filePath, line: UInt = #line) throws -> Framework {
        try XCTUnwrap(FrameworkLibrary.framework(for: year), "no framework for \(year)", file: file, line: line)
    }

    private func codes(_ framework: Framework, _ letter: Character) -> [String] {
        framework.items.filter { $0.letter == letter }.map(\.code)
    }

    func testThe2566To2568TemplatesHave30IITAnd15EITQuestionsInOrder() throws {
        for year in 2566...2568 {
            let framework = try framework(year)
            XCTAssertEqual(codes(framework, "i"), (1...30).map { "i\($0)" }, "\(year)")
            XCTAssertEqual(codes(framework, "e"), (1...15).map { "e\($0)" }, "\(year)")
        }
    }

    func testSixQuestionsToAnIITIndicatorAndFiveToAnEITIndicator() throws {
        // §6: i1–i6 → 1, …, i25–i30 → 5; e1–e5 → 6, e6–e10 → 7, e11–e15 → 8.
        for year in 2566...2568 {
            let framework = try framework(year)
            for item in framework.items where item.letter != "o" {
                let expected = item.letter == "i" ? (item.number - 1) / 6 + 1 : (item.number - 1) / 5 + 6
                XCTAssertEqual(item.indicator, expected, "\(year) \(item.code)")
            }
            XCTAssertEqual(framework.items(ofIndicator: 2).map(\.code), (7...12).map { "i\($0)" }, "\(year)")
            XCTAssertEqual(framework.items(ofIndicator: 8).map(\.code), (11...15).map { "e\($0)" }, "\(year)")
        }
    }

    func testTheOITItemsAreNumberedFromO1DisclosureFirstThenAntiCorruption() throws {
        for year in 2566...2568 {
            let framework = try framework(year)
            let oit = framework.items.filter { $0.letter == "o" }
            XCTAssertFalse(oit.isEmpty, "\(year)")
            XCTAssertEqual(oit.map(\.code), (1...oit.count).map { "o\($0)" }, "\(year)")
            XCTAssertEqual(oit.first?.indicator, 9, "\(year)")
            // Indicator 9's items come first; once indicator 10 begins it does not end.
            let indicators = oit.map(\.indicator)
            XCTAssertEqual(indicators, indicators.sorted(), "\(year)")
            XCTAssertEqual(Set(indicators).subtracting([9, 10]), [], "\(year)")
        }
    }

    func testSpotChecksOfTheMapping() throws {
        let framework = try framework(2566)
        XCTAssertEqual(framework.item("i25")?.indicator, 5)
        XCTAssertEqual(framework.item("e11")?.indicator, 8)
        XCTAssertEqual(framework.item("o1")?.indicator, 9)
        XCTAssertEqual(framework.item("o1")?.wording, "โครงสร้าง")
        // 2566: o1–o30 disclose (indicator 9), o31 (No Gift Policy) to o43 prevent (10).
        XCTAssertEqual(framework.items.filter { $0.letter == "o" }.count, 43)
        XCTAssertEqual(framework.item("o30")?.indicator, 9)
        XCTAssertEqual(framework.item("o31")?.indicator, 10)
        XCTAssertEqual(framework.item("O36")?.wording, "แผนปฏิบัติการป้องกันการทุจริต")
        XCTAssertEqual(framework.tool(ofItem: "O36")?.code, "OIT")
        XCTAssertEqual(framework.item("e13")?.wording, "หน่วยงานมีระบบการให้บริการออนไลน์หรือไม่")
    }

    func testAnItemIsFoundByItsCodeInEitherCaseAndWithSpaces() throws {
        let framework = try framework(2566)
        let i7 = try XCTUnwrap(framework.item("I7"))
        XCTAssertEqual(i7.code, "i7")
        XCTAssertEqual(i7.indicator, 2)
        XCTAssertEqual(i7.number, 7)
        XCTAssertTrue(i7.wording.hasPrefix("ท่านทราบข้อมูลเกี่ยวกับงบประมาณ"))
        XCTAssertEqual(framework.item("i 7")?.code, "i7")
        XCTAssertEqual(framework.item(" i7 ")?.code, "i7")
        XCTAssertEqual(framework.item("E11")?.code, "e11")
        XCTAssertEqual(framework.item("O1")?.code, "o1")
        XCTAssertNil(framework.item("i31"))
        XCTAssertNil(framework.item("i"))
        XCTAssertNil(framework.item(""))
    }

    func testAnItemsToolIsItsIndicatorsTool() throws {
        for year in 2566...2568 {
            let framework = try framework(year)
            for item in framework.items {
                XCTAssertEqual(item.tool, framework.indicator(item.indicator)?.tool, "\(year) \(item.code)")
            }
            XCTAssertEqual(framework.tool(ofItem: "I7")?.code, "IIT", "\(year)")
            XCTAssertEqual(framework.tool(ofItem: "e 11")?.code, "EIT", "\(year)")
            XCTAssertEqual(framework.tool(ofItem: "O1")?.code, "OIT", "\(year)")
            XCTAssertNil(framework.tool(ofItem: "x1"), "\(year)")
        }
    }

    func testYearsWhoseItemsAreNotKnownHaveNone() throws {
        for year in 2562...2565 {
            XCTAssertEqual(try framework(year).items.count, 0, "\(year)")
            XCTAssertNil(try framework(year).item("i7"), "\(year)")
        }
    }

    func testWordingsAreThaiInNFCAndEachCarriesItsSource() throws {
        for year in 2566...2568 {
            let framework = try framework(year)
            for item in framework.items {
                for text in [item.wording] + item.aliases {
                    XCTAssertFalse(text.isEmpty, "\(year) \(item.code)")
                    XCTAssertEqual(text, text.precomposedStringWithCanonicalMapping, "\(year) \(item.code) is not NFC")
                }
                XCTAssertTrue(item.wordingSource.text.contains("§") || item.wordingSource.text.contains("http"), "\(year) \(item.code): \(item.wordingSource.text)")
            }
        }
    }

    func testWhatIsNotConfirmedFor2567And2568IsAHypothesis() throws {
        // Their questions and items are 2566's, assumed unchanged until a source says so.
        for year in 2567...2568 {
            for item in try framework(year).items {
                XCTAssertTrue(item.wordingSource.isHypothesis, "\(year) \(item.code)")
            }
        }
        XCTAssertFalse(try XCTUnwrap(try framework(2566).item("i7")).wordingSource.isHypothesis)
    }

    func testTheTypoOfI7In2566IsMatchedByItsAlias() throws {
        let i7 = try XCTUnwrap(try framework(2566).item("i7"))
        XCTAssertTrue(i7.wording.hasSuffix("มากน้อยพียงใด"), "the wording as the 2566 report prints it")
        XCTAssertTrue(i7.aliases.contains { $0.hasSuffix("มากน้อยเพียงใด") })
    }
}
