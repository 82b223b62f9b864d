import ThaiText
import XCTest

/// `ThaiNameMatcher` with the ten canonical ITA indicator names as candidates
/// (ita-framework.md), and the names as the seed report writes them.
final class ThaiNameMatcherTests: XCTestCase {
    static let indicators = [
        "การปฏิบัติหน้าที่", "การใช้งบประมาณ", "การใช้อำนาจ", "การใช้ทรัพย์สินของราชการ", "การแก้ไขปัญหาการทุจริต",
        "คุณภาพการดำเนินงาน", "ประสิทธิภาพการสื่อสาร", "การปรับปรุงระบบการทำงาน", "การเปิดเผยข้อมูล", "การป้องกันการทุจริต",
    ]
    private let matcher = ThaiNameMatcher(candidates: ThaiNameMatcherTests.indicators)

    /// The indicator number (1–10) `name` is matched to, or nil.
    private func indicator(_ name: String) -> Int? {
        matcher.bestMatch(for: name).map { $0.index + 1 }
    }

    func testCanonicalNamesMatchThemselves() {
        for (index, name) in Self.indicators.enumerated() {
            let match = matcher.bestMatch(for: name)
            XCTAssertEqual(match?.index, index, name)
            XCTAssertEqual(match?.candidate, name)
            XCTAssertEqual(match?.similarity, 1)
        }
    }

    func testTheSeedsVariants() throws {
        let variants = [
            ("5.การแก้ไขปัญหาคาการทุจริต", 5),
            ("4.การใช้ทรัพย์สินของทางราชการ", 4),
            ("8.การปรับปรุงกระบวนการทำงาน", 8),
            ("7.ประสิทธิภาพในการสื่อสาร", 7),
        ]
        for (name, number) in variants {
            let match = try XCTUnwrap(matcher.bestMatch(for: name), name)
            XCTAssertEqual(match.index + 1, number, name)
            XCTAssertGreaterThanOrEqual(match.similarity, 0.85, name)
            XCTAssertLessThan(match.similarity, 1, name)
        }
    }

    /// SARA AM written as NIKHAHIT + SARA AA (a GitHub dashboard, Word PDFs): the same name.
    func testDecomposedSaraAm() {
        XCTAssertEqual(matcher.bestMatch(for: "การใช้อ\u{0E4D}\u{0E32}นาจ")?.index, 2)
        XCTAssertEqual(matcher.bestMatch(for: "การใช้อ\u{0E4D}\u{0E32}นาจ")?.similarity, 1)
        XCTAssertEqual(matcher.bestMatch(for: "คุณภาพการด\u{0E4D}\u{0E32}เนินงาน")?.index, 5)
    }

    func testNumberingMarkupAndNotes() {
        XCTAssertEqual(indicator("7.ประสิทธิภาพการสื่อสาร"), 7)
        XCTAssertEqual(indicator("๗. ประสิทธิภาพการสื่อสาร"), 7)
        XCTAssertEqual(indicator("(7) ประสิทธิภาพการสื่อสาร"), 7)
        XCTAssertEqual(indicator("7) ประสิทธิภาพการสื่อสาร"), 7)
        XCTAssertEqual(indicator("ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร"), 7)
        XCTAssertEqual(indicator("<p>10.การป้องกันการทุจริต</p>"), 10)
        // The note is about the indicator, not part of its name: a whole match.
        XCTAssertEqual(matcher.bestMatch(for: "9.การเปิดเผยข้อมูล (จุดอ่อนที่ต้องพัฒนาแก้ไขโดยเร่งด่วน)")?.index, 8)
        XCTAssertEqual(matcher.bestMatch(for: "9.การเปิดเผยข้อมูล (จุดอ่อนที่ต้องพัฒนาแก้ไขโดยเร่งด่วน)")?.similarity, 1)
        XCTAssertEqual(matcher.bestMatch(for: "9.การเปิดเผยข้อมูล (จุดอ่อนที่ต้อง")?.similarity, 1)  // cut off in its note
        XCTAssertEqual(indicator("การใช้ทรัพย์สิน ของราชการ"), 4)  // wrapped in its cell
        XCTAssertEqual(indicator("ประสิทธิภาพการ\u{200B}สื่อสาร"), 7)
    }

    /// The first cell of the seed's analysis table: a heading, then the indicator.
    func testANameInsideALongerCell() throws {
        let match = try XCTUnwrap(matcher.bestMatch(for: "<p>3.1 จุดแข็ง จำนวน 9 ตัวชี้วัด คือ</p> <p>1. การปฏิบัติหน้าที่</p>"))
        XCTAssertEqual(match.index, 0)
        XCTAssertEqual(match.similarity, 0.95, accuracy: 1e-9)
    }

    func testEveryIndicatorCellOfTheSeed() throws {
        // First cells of the indicator-score, analysis and measures tables that start with
        // an indicator number.
        var found: [Int: Set<Int>] = [:]
        for line in try SeedText.lines() {
            guard let first = line.split(separator: "\t", omittingEmptySubsequences: false).first, line.contains("\t") else { continue }
            let cell = String(first).replacingOccurrences(of: "<p>", with: "")
            guard let number = Int(cell.prefix { $0.isASCII && $0.isNumber }), (1...10).contains(number),
                  cell.dropFirst(String(number).count).hasPrefix("."),
                  !cell.dropFirst(String(number).count + 1).hasPrefix("1") else { continue }  // not "3.1 จุดแข็ง"
            found[number, default: []].insert(indicator(String(first)) ?? 0)
        }
        XCTAssertEqual(found.keys.sorted(), Array(1...10))
        for (number, matched) in found {
            XCTAssertEqual(matched, [number], "indicator \(number)")
        }
    }

    func testUnrelatedNamesMatchNothing() {
        let nameMatcher = ThaiNameMatcher(candidates: ["การป้องกันการทุจริต"])
        XCTAssertNil(nameMatcher.bestMatch(for: "การเปิดเผยข้อมูล"))
        XCTAssertNil(indicator("จากผลคะแนนโดยภาพรวมคะแนนเท่ากับ ร้อยละ 100 เป็นคะแนน จากการประเมิน"))
        XCTAssertNil(indicator("เทศบาลเมืองเมืองพล ได้เพิ่มรูปภาพใหม่ 48 ภาพลงในอัลบั้ม"))
        XCTAssertNil(indicator("ตัวชี้วัด"))
        XCTAssertNil(indicator("3.การวิเคราะห์การประเมิน"))
        XCTAssertNil(indicator("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)"))
        XCTAssertNil(indicator("การใช้"))
        XCTAssertNil(indicator(""))
        XCTAssertNil(indicator("12."))
    }

    /// A sentence that mentions an indicator inside a longer word is not that indicator.
    func testASentenceAboutAnIndicatorIsNotItsName() {
        XCTAssertNil(indicator("จากการประเมินการรับรู้ของบุคลากรภายในหน่วยงานต่อการแก้ไขปัญหาการทุจริตของหน่วยงาน ในประเด็นที่เกี่ยวข้อง"))
    }

    /// Two names in one cell: neither wins.
    func testAListOfNamesIsAmbiguous() {
        XCTAssertNil(indicator("(1) การปฏิบัติหน้าที่ (2) การใช้งบประมาณ"))
        XCTAssertNil(indicator("1. การปฏิบัติหน้าที่ 2. การใช้งบประมาณ"))
    }

    /// The claim of `NameMatchSettings`: the canonical names stay far apart, so the
    /// threshold has room on both sides.
    func testCanonicalNamesAreFarApart() {
        for (index, name) in Self.indicators.enumerated() {
            let others = Self.indicators.enumerated().filter { $0.offset != index }.map(\.element)
            let strict = ThaiNameMatcher(candidates: others, settings: NameMatchSettings(minimumSimilarity: 0.65))
            XCTAssertNil(strict.bestMatch(for: name), "\(name) ~ \(String(describing: strict.bestMatch(for: name)))")
        }
    }

    func testSettingsAreUsed() {
        let lenient = ThaiNameMatcher(candidates: Self.indicators, settings: NameMatchSettings(minimumSimilarity: 0.5))
        let strict = ThaiNameMatcher(candidates: Self.indicators, settings: NameMatchSettings(minimumSimilarity: 0.95))
        XCTAssertEqual(lenient.bestMatch(for: "การใช้ทรัพย์สิน")?.index, 3)
        XCTAssertNil(matcher.bestMatch(for: "การใช้ทรัพย์สิน"))
        XCTAssertNil(strict.bestMatch(for: "การใช้ทรัพย์สินของทางราชการ"))
    }

    func testDuplicateCandidatesAreNotRivals() {
        let doubled = ThaiNameMatcher(candidates: ["การใช้อำนาจ", "1.การใช้อำนาจ", "การเปิดเผยข้อมูล"])
        XCTAssertEqual(doubled.bestMatch(for: "การใช้อำนาจ")?.index, 0)
    }

    func testHugeAndOddInputs() {
        XCTAssertNil(indicator(String(repeating: "การ", count: 20_000)))
        XCTAssertEqual(indicator(String(repeating: "การปฏิบัติหน้าที่ ", count: 2_000)), 1)
        XCTAssertNil(indicator("((((((("))
        XCTAssertNil(indicator("<p></p><p>"))
        XCTAssertNil(ThaiNameMatcher(candidates: []).bestMatch(for: "การใช้อำนาจ"))
        XCTAssertNil(ThaiNameMatcher(candidates: [""]).bestMatch(for: "การใช้อำนาจ"))
    }
}
