@testable import ITAKit
import PDFText
import ReportLayout
import XCTest

/// Scores read line by line, the second reading for unruled tables whose rows came out wrong.
final class LineScoreReaderTests: XCTestCase {
    private var reader: LineScoreReader {
        get throws { LineScoreReader(vocabulary: ScoreVocabulary(framework: try XCTUnwrap(FrameworkLibrary.framework(for: 2568)))) }
    }

    private func tools(_ lines: [PlacedText]) throws -> [ScoreFinding] {
        try reader.scores(in: lines).filter { if case .tool = $0.subject { true } else { false } }
    }

    private func indicators(_ lines: [PlacedText]) throws -> [(number: Int, finding: ScoreFinding)] {
        try reader.scores(in: lines).compactMap { if case .indicator(let number) = $0.subject { (number, $0) } else { nil } }
    }

    private func lines(_ texts: [String]) -> [PlacedText] {
        texts.enumerated().map { PlacedText(text: $1, page: 3, rect: Rect(x0: 60, y0: Double($0) * 20, x1: 500, y1: Double($0) * 20 + 16)) }
    }

    func testToolLinesWithTheirPartsAlsoWhenThePartWraps() throws {
        let tools = try tools(lines([
            "เครื่องมือ คะแนนรวม",
            "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) 100",
            "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) 97.51",
            "ส่วนที่ 1",
            "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (IET) ส่วนที่ ๒ ๑๐๐",
            "แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)\t94.13",
            // the part's number alone on the next line, and a score that starts with its digit
            "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ส่วนที่ 100",
            "2",
        ]))
        XCTAssertEqual(tools.map { finding in
            guard case .tool(let code, let part) = finding.subject else { return "" }
            return "\(code)\(part.map(String.init) ?? "") \(finding.score)"
        },
                       ["IIT 100.0", "EIT1 97.51", "EIT2 100.0", "OIT 94.13", "EIT2 100.0"])
        XCTAssertEqual(tools[2].codeAsWritten, "IET")
        XCTAssertEqual(tools[1].where?.page, 3)
        XCTAssertEqual(tools[1].where?.rect, [60, 40, 500, 56])
    }

    func testProseAboutToolsIsNotAScore() throws {
        let tools = try tools(lines([
            "ผลคะแนนแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ได้ 94.13 คะแนน ซึ่งต่ำกว่าเครื่องมืออื่น",
            "เครื่องมือ (EIT) ส่วนที่ 1 ประกอบด้วย 3 ตัวชี้วัด",
            "แบบวัด (IIT) 120",
        ]))
        XCTAssertTrue(tools.isEmpty)
    }

    func testIndicatorLinesNeedTheirOwnIndicatorsName() throws {
        let indicators = try indicators(lines([
            "ตัวชี้วัดการประเมิน ITA คะแนน",
            "1.การปฏิบัติหน้าที่ 100",
            "4.การใช้ทรัพย์สินของทางราชการ\t100",
            "8.การปรับปรุงกระบวนการทำงาน 98.76",
            "๙.การเปิดเผยข้อมูล ๙๓.๒๕",
            // the number of one indicator with the name of another
            "2.การใช้อำนาจ 100",
            // prose that starts with a number and ends with one
            "3.ผลคะแนนของหน่วยงานโดยรวมเพิ่มขึ้นจากปีที่แล้ว 5",
        ]))
        XCTAssertEqual(indicators.map(\.number), [1, 4, 8, 9])
        XCTAssertEqual(indicators.map(\.finding.score), [100, 100, 98.76, 93.25])
        XCTAssertEqual(indicators[1].finding.nameAsWritten, "การใช้ทรัพย์สินของทางราชการ")
    }

    func testQuestionLinesWithTheirWordingWrappedOntoTheNextLines() throws {
        let reader = LineScoreReader(vocabulary: ScoreVocabulary(framework: try XCTUnwrap(FrameworkLibrary.framework(for: 2566))))
        let items = reader.scores(in: lines([
            "ประเด็นการประเมิน คะแนนที่ได้",
            "i7 ท่านทราบข้อมูลเกี่ยวกับงบประมาณของหน่วยงานหรือของส่วนงาน",
            "ที่ท่านปฏิบัติหน้าที่มากน้อยเพียงใด 86.50",
            "I8 ท่านเคยเข้าไปมีส่วนร่วมในกระบวนการงบประมาณ มากน้อยเพียงใด ๗๘.๒๐",
            // a code that starts prose, and a code whose score never comes before the next code
            "o1 ถึง o11 เป็นข้อมูลพื้นฐานของหน่วยงาน",
            "e1 หน่วยงานปฏิบัติหรือให้บริการแก่ท่าน",
            "e2 หน่วยงานปฏิบัติหรือให้บริการแก่ท่าน อย่างเป็นธรรม 91.00",
        ])).compactMap { finding -> String? in
            guard case .item(let code) = finding.subject else { return nil }
            return "\(code) \(finding.score) line \(finding.where?.rect?[1] ?? -1)"
        }
        XCTAssertEqual(items, ["i7 86.5 line 40.0", "i8 78.2 line 60.0", "e2 91.0 line 120.0"])
    }
}
