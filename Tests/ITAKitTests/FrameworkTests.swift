import ITAKit
import XCTest

/// The frameworks of Templates/frameworks checked against published ITA results
/// (ita-framework.md) and the seed report (design.md).
final class FrameworkTests: XCTestCase {
    private func framework(_ year: Int, file: StaticString = #filePath, line: UInt = #line) throws -> Framework {
        try XCTUnwrap(FrameworkLibrary.framework(for: year), "no framework for \(year)", file: file, line: line)
    }

    private func rounded(_ score: Double?) -> Double? { score.map(ScoreRounding.twoDecimals) }

    // MARK: The years

    func testTheYears2562To2568AreThereAndNoOthers() throws {
        // 2561 (old index framework) and 2569 (under revision) are left out on purpose.
        XCTAssertEqual(try FrameworkLibrary.load().keys.sorted(), Array(2562...2568))
        XCTAssertNil(try FrameworkLibrary.framework(for: 2561))
        XCTAssertNil(try FrameworkLibrary.framework(for: 2569))
    }

    func testEveryYearHasTheTenIndicatorsIIT1To5EIT6To8OIT9To10() throws {
        let expectedTool = [1: "IIT", 2: "IIT", 3: "IIT", 4: "IIT", 5: "IIT", 6: "EIT", 7: "EIT", 8: "EIT", 9: "OIT", 10: "OIT"]
        for (year, framework) in try FrameworkLibrary.load() {
            XCTAssertEqual(framework.indicators.map(\.number), Array(1...10), "\(year)")
            for indicator in framework.indicators {
                XCTAssertEqual(indicator.tool, expectedTool[indicator.number], "\(year) indicator \(indicator.number)")
            }
            XCTAssertEqual(framework.tool("IIT")?.indicatorNumbers, [1, 2, 3, 4, 5], "\(year)")
            XCTAssertEqual(framework.tool("EIT")?.indicatorNumbers, [6, 7, 8], "\(year)")
            XCTAssertEqual(framework.tool("OIT")?.indicatorNumbers, [9, 10], "\(year)")
        }
    }

    func testTheCanonicalIndicatorNamesOf2568AreTheSeedReportsOwn() throws {
        let framework = try framework(2568)
        let names = ["การปฏิบัติหน้าที่", "การใช้งบประมาณ", "การใช้อำนาจ", "การใช้ทรัพย์สินของราชการ",
                     "การแก้ไขปัญหาการทุจริต", "คุณภาพการดำเนินงาน", "ประสิทธิภาพการสื่อสาร",
                     "การปรับปรุงระบบการทำงาน", "การเปิดเผยข้อมูล", "การป้องกันการทุจริต"]
        XCTAssertEqual(framework.indicators.map(\.name), names)
    }

    func testEveryYearWeighsIIT30EIT30OIT40SummingToOne() throws {
        for (year, framework) in try FrameworkLibrary.load() {
            XCTAssertEqual(framework.tools.reduce(0) { $0 + $1.weight }, 1, accuracy: 1e-9, "\(year)")
            XCTAssertEqual(framework.tool("IIT")?.weight ?? 0, 0.3, accuracy: 1e-9, "\(year)")
            XCTAssertEqual(framework.tool("EIT")?.weight ?? 0, 0.3, accuracy: 1e-9, "\(year)")
            XCTAssertEqual(framework.tool("OIT")?.weight ?? 0, 0.4, accuracy: 1e-9, "\(year)")
        }
    }

    func testToolsCarryTheThaiNamesAgenciesWrite() throws {
        let framework = try framework(2568)
        XCTAssertEqual(framework.tool("IIT")?.thaiName, "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน")
        XCTAssertEqual(framework.tool("EIT")?.thaiName, "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก")
        XCTAssertEqual(framework.tool("OIT")?.thaiName, "แบบตรวจการเปิดเผยข้อมูลสาธารณะ")
    }

    func testAToolIsFoundByItsCodeAsWritten() throws {
        let framework = try framework(2568)
        XCTAssertEqual(framework.tool("IET")?.code, "EIT", "the seed writes IET for EIT")
        XCTAssertEqual(framework.tool("oit")?.code, "OIT")
        XCTAssertNil(framework.tool("EBIT"), "the 2561 tool is not part of the new framework")
    }

    // MARK: Overall score

    func testTheSeedsOverallScoreIs97_28FromIITEITPartsAndOIT() throws {
        // design.md: 0.3·100 + 0.3·mean(97.51, 100) + 0.4·94.13 = 97.28.
        let framework = try framework(2568)
        XCTAssertEqual(rounded(framework.overallScore(iit: 100, eitParts: [97.51, 100], oit: 94.13)), 97.28)
        XCTAssertEqual(ScoreRounding.twoDecimals(framework.overallScore(iit: 100, eit: 98.76, oit: 94.13)), 97.28)
        XCTAssertEqual(rounded(framework.tool("EIT")?.score(fromParts: [97.51, 100])), 98.76)
        XCTAssertNil(framework.overallScore(iit: 100, eitParts: [97.51], oit: 94.13), "2568 scores EIT in two parts")
    }

    func testTheSeedsToolScoresAreTheMeansOfItsIndicators() throws {
        let framework = try framework(2568)
        let indicators: [Int: Double] = [1: 100, 2: 100, 3: 100, 4: 100, 5: 100, 6: 98.71, 7: 98.81, 8: 98.76, 9: 93.25, 10: 95.00]
        XCTAssertEqual(rounded(framework.tool("IIT")?.score(fromIndicators: indicators)), 100)
        XCTAssertEqual(rounded(framework.tool("EIT")?.score(fromIndicators: indicators)), 98.76)
        XCTAssertEqual(rounded(framework.tool("OIT")?.score(fromIndicators: indicators)), 94.13)
        XCTAssertNil(framework.tool("OIT")?.score(fromIndicators: [9: 93.25]), "indicator 10 missing")
    }

    func testKKU2566TotalIs90_06() throws {
        // kku.ac.th: IIT 85.67, EIT 84.53, OIT 97.50, total 90.06. (Its 84.57 would give 90.07.)
        let framework = try framework(2566)
        XCTAssertEqual(ScoreRounding.twoDecimals(framework.overallScore(iit: 85.67, eit: 84.53, oit: 97.50)), 90.06)
        XCTAssertEqual(ScoreRounding.twoDecimals(framework.overallScore(iit: 85.67, eit: 84.57, oit: 97.50)), 90.07)
    }

    func testKKU2567TotalIs94_25AndItsLevelPassesGood() throws {
        let framework = try framework(2567)
        let total = framework.overallScore(iit: 92.24, eit: 94.15, oit: 95.84)
        XCTAssertEqual(ScoreRounding.twoDecimals(total), 94.25)
        XCTAssertEqual(framework.levelRule.level(total: total, toolScores: ["IIT": 92.24, "EIT": 94.15, "OIT": 95.84]), "ผ่านดี")
    }

    func testScoresRoundHalfAwayFromZeroDespiteBinaryNoise() {
        XCTAssertEqual(ScoreRounding.twoDecimals((97.51 + 100) / 2), 98.76)  // 98.755 is stored as 98.75499…
        XCTAssertEqual(ScoreRounding.twoDecimals(94.125), 94.13)
        XCTAssertEqual(ScoreRounding.twoDecimals(94.253), 94.25)
    }

    // MARK: Levels

    func testTheSeedIsPassesGoodAt97_28BecauseOITIsUnder95() throws {
        let rule = try framework(2568).levelRule
        XCTAssertEqual(rule.level(total: 97.28, toolScores: ["IIT": 100, "EIT": 98.76, "OIT": 94.13]), "ผ่านดี")
        // With every tool at 95 or more the hypothesis gives the top level: the OIT decides.
        XCTAssertEqual(rule.level(total: 97.28, toolScores: ["IIT": 100, "EIT": 98.76, "OIT": 95.00]), "ผ่านดีเยี่ยม")
    }

    func testSAO2568Is94_64PassesOnlyBecauseEITIsUnder85() throws {
        // NACC: SAO's 94.64 was cut from ผ่านดี to ผ่าน because EIT < 85. Its tool scores are
        // not published; these are consistent with the total.
        let rule = try framework(2568).levelRule
        let scores = ["IIT": 100, "EIT": 84.50, "OIT": 98.23]
        XCTAssertEqual(ScoreRounding.twoDecimals(try framework(2568).overallScore(toolScores: scores) ?? 0), 94.64)
        XCTAssertEqual(rule.level(total: 94.64, toolScores: scores), "ผ่าน")
        XCTAssertEqual(rule.level(total: 94.64, toolScores: ["IIT": 100, "EIT": 85.00, "OIT": 98.23]), "ผ่านดี")
    }

    func testAMissingToolScoreLeavesTheLevelOpenOnlyWhenItDecides() throws {
        let rule = try framework(2568).levelRule
        XCTAssertNil(rule.level(total: 97.28, toolScores: [:]))
        XCTAssertNil(rule.level(total: 97.28, toolScores: ["EIT": 98.76, "OIT": 94.13]))
        XCTAssertEqual(rule.level(total: 94.64, toolScores: ["EIT": 80]), "ผ่าน", "EIT alone rules out ผ่านดี")
    }

    func testFrom2566ATotalUnder85GetsNoLevelNameButFails() throws {
        for year in 2566...2568 {
            let rule = try framework(year).levelRule
            XCTAssertEqual(rule.passMark, 85, "\(year)")
            XCTAssertNil(rule.level(total: 84.99, toolScores: ["IIT": 90, "EIT": 80, "OIT": 85]), "\(year)")
            XCTAssertEqual(rule.level(total: 85, toolScores: ["IIT": 90, "EIT": 80, "OIT": 85]), "ผ่าน", "\(year)")
            XCTAssertEqual(rule.passes("ไม่ผ่าน"), false, "\(year)")
            XCTAssertEqual(rule.passes("ต้องปรับปรุง"), false, "\(year)")
        }
    }

    func test2565BandsAreAAToFByTheTotal() throws {
        let rule = try framework(2565).levelRule
        let expected: [(Double, String)] = [
            (100, "AA"), (95, "AA"), (94.99, "A"), (85, "A"), (84.99, "B"), (75, "B"), (74.99, "C"),
            (65, "C"), (64.99, "D"), (55, "D"), (54.99, "E"), (50, "E"), (49.99, "F"), (0, "F"),
        ]
        for (total, level) in expected {
            XCTAssertEqual(rule.level(total: total, toolScores: [:]), level, "\(total)")
        }
        // Totals are compared as published, to two decimals.
        XCTAssertEqual(rule.level(total: 94.994, toolScores: [:]), "A")
        XCTAssertEqual(rule.level(total: 94.995, toolScores: [:]), "AA")
        XCTAssertNil(rule.level(total: 100.5, toolScores: [:]))
        XCTAssertEqual(rule.levelNames, ["AA", "A", "B", "C", "D", "E", "F"])
    }

    func testTheLettersOf2562To2565IgnoreToolScores() throws {
        for year in 2562...2565 {
            let rule = try framework(year).levelRule
            XCTAssertEqual(rule.level(total: 97, toolScores: ["IIT": 60, "EIT": 70, "OIT": 100]), "AA", "\(year)")
            XCTAssertEqual(rule.passMark, 85, "\(year)")
        }
    }

    func testPublishedLevelsFitTheirYearsRules() throws {
        // ita-framework.md §1.2 and §1.3: IPST's history, DASTA 2563, and the Phichit table's edges.
        XCTAssertEqual(try framework(2562).levelRule.level(total: 91.07, toolScores: [:]), "A")
        XCTAssertEqual(try framework(2563).levelRule.level(total: 90.73, toolScores: [:]), "A")
        XCTAssertEqual(try framework(2563).levelRule.level(total: 95.54, toolScores: [:]), "AA")
        XCTAssertEqual(try framework(2564).levelRule.level(total: 95.62, toolScores: [:]), "AA")
        XCTAssertEqual(try framework(2564).levelRule.level(total: 94.73, toolScores: [:]), "A")
        XCTAssertEqual(try framework(2565).levelRule.level(total: 90.22, toolScores: [:]), "A")
    }

    func testEachLevelSaysWhetherItPasses() throws {
        let letters = try framework(2565).levelRule
        XCTAssertEqual(letters.passes("AA"), true)
        XCTAssertEqual(letters.passes("A"), true)
        XCTAssertEqual(letters.passes("B"), false)
        XCTAssertEqual(letters.passes("F"), false)
        XCTAssertEqual(letters.passes(" “a” "), true, "quotes, spaces and case as reports write them")
        XCTAssertNil(letters.passes("ผ่าน"), "not a level of 2565")

        let words = try framework(2568).levelRule
        XCTAssertEqual(words.passes("ผ่านดีเยี่ยม"), true)
        XCTAssertEqual(words.passes("“ผ่านดี”"), true)
        XCTAssertEqual(words.passes("ผ่าน"), true)
        XCTAssertNil(words.passes("AA"), "not a level of 2568")
        XCTAssertEqual(words.levelNames.prefix(3), ["ผ่านดีเยี่ยม", "ผ่านดี", "ผ่าน"])
    }

    // MARK: What is confirmed, what is a hypothesis

    func testTheLevelRuleIsAHypothesisExactlyFrom2566() throws {
        for year in 2562...2565 {
            XCTAssertFalse(try framework(year).levelRule.isHypothesis, "\(year): AA–F is sourced")
        }
        for year in 2566...2568 {
            let rule = try framework(year).levelRule
            XCTAssertTrue(rule.isHypothesis, "\(year): NACC's Rating Score table was not found")
            XCTAssertTrue(try XCTUnwrap(rule.definition(of: "ผ่านดี")?.minimumEveryToolSource).isHypothesis, "\(year)")
        }
        XCTAssertEqual(try framework(2565).levelRule.source.mark, .confirmed)
        XCTAssertEqual(try framework(2564).levelRule.definition(of: "B")?.minimumTotalSource.mark, .derived)
    }

    func testAssumptionsAreMarkedAsHypotheses() throws {
        let y2562 = try framework(2562)
        XCTAssertTrue(try XCTUnwrap(y2562.tool("IIT")).weightSource.isHypothesis, "2562 weights are assumed from 2563–2564")
        XCTAssertTrue(y2562.indicators.allSatisfy(\.nameSource.isHypothesis), "2562 indicators are assumed")
        XCTAssertFalse(try XCTUnwrap(try framework(2564).tool("IIT")).weightSource.isHypothesis)
        XCTAssertEqual(try framework(2564).tool("IIT")?.weightSource.mark, .confirmed)
        let y2568 = try framework(2568)
        XCTAssertTrue(try XCTUnwrap(y2568.tool("IIT")).scoreIsMeanOfIndicatorsSource.isHypothesis, "the seed's IIT is all 100")
        XCTAssertFalse(try XCTUnwrap(y2568.tool("OIT")).scoreIsMeanOfIndicatorsSource.isHypothesis)
        XCTAssertFalse(try XCTUnwrap(try framework(2564).tool("OIT")).scoreIsMeanOfIndicatorsSource.isHypothesis, "Phichit table")
    }

    func testEITHasTwoPartsCombinedByAMeanFrom2566() throws {
        for year in 2562...2565 {
            XCTAssertNil(try framework(year).tool("EIT")?.parts, "\(year)")
        }
        for year in 2566...2568 {
            let eit = try XCTUnwrap(try framework(year).tool("EIT"))
            XCTAssertEqual(eit.parts, 2, "\(year)")
            XCTAssertEqual(eit.partsCombinedBy, .mean, "\(year)")
            XCTAssertTrue(try XCTUnwrap(eit.partsCombinedBySource).isHypothesis, "\(year): only the seed fits it")
            XCTAssertNil(try framework(year).tool("IIT")?.parts)
        }
    }

    func testEverySourceHasAMarkAndAReferenceAndNoUnknownIsStatedAsFact() throws {
        for (year, framework) in try FrameworkLibrary.load() {
            XCTAssertGreaterThan(framework.sources.count, 40, "\(year)")
            for note in framework.sources {
                XCTAssertTrue(note.text.hasPrefix("[\(note.mark.rawValue)] "), "\(year): \(note.text)")
                if note.mark == .unknown { XCTAssertTrue(note.isHypothesis, "\(year): \(note.text)") }
            }
        }
    }

    // MARK: Names and the measure period

    func testIndicatorsAreFoundByTheVariantSpellingsReportsUse() throws {
        let framework = try framework(2568)
        XCTAssertEqual(framework.indicator(named: "การปรับปรุงกระบวนการทำงาน")?.number, 8)
        XCTAssertEqual(framework.indicator(named: "ประสิทธิภาพในการสื่อสาร")?.number, 7)
        XCTAssertEqual(framework.indicator(named: "การแก้ไขปัญหาคาการทุจริต")?.number, 5)
        XCTAssertEqual(framework.indicator(named: "การใช้ทรัพย์สินของทางราชการ")?.number, 4)
        XCTAssertEqual(framework.indicator(named: "การใช้ทรัพย์สิน ของราชการ")?.number, 4, "a space inside")
        XCTAssertEqual(framework.indicator(named: "การใช้อ\u{0E4D}\u{0E32}นาจ")?.number, 3, "SARA AM written ํ + า")
        XCTAssertNil(framework.indicator(named: "ดัชนีความโปร่งใส"), "a 2561 index, not an indicator")
        XCTAssertEqual(framework.indicator(10)?.name, "การป้องกันการทุจริต")
        XCTAssertNil(framework.indicator(11))
    }

    func testMeasuresOf2568AreFor1October2025To30September2026() throws {
        let period = try framework(2568).measurePeriod
        XCTAssertEqual(period.fiscalYear, 2569)
        XCTAssertEqual(period.start, "2025-10-01")
        XCTAssertEqual(period.end, "2026-09-30")
        XCTAssertEqual(period.thaiText, "1 ตุลาคม 2568 – 30 กันยายน 2569")
        XCTAssertTrue(period.contains("2026-09-30"))
        XCTAssertFalse(period.contains("2025-09-30"))
    }

    func testEveryYearsMeasuresAreForTheFiscalYearAfter() throws {
        for (year, framework) in try FrameworkLibrary.load() {
            let gregorian = year - 543
            XCTAssertEqual(framework.measurePeriod.start, "\(gregorian)-10-01", "\(year)")
            XCTAssertEqual(framework.measurePeriod.end, "\(gregorian + 1)-09-30", "\(year)")
        }
        XCTAssertEqual(try framework(2562).measurePeriod.start, "2019-10-01")
    }
}
