@testable import WordText
import XCTest

/// Numbers as Word shows them: its formats, and how lists count, continue and restart.
final class WordNumberingTests: XCTestCase {
    func testFormats() {
        XCTAssertEqual(NumberFormat.format(12, as: "decimal"), "12")
        XCTAssertEqual(NumberFormat.format(7, as: "decimalZero"), "07")
        XCTAssertEqual(NumberFormat.format(2568, as: "thaiNumbers"), "๒๕๖๘")
        XCTAssertEqual(NumberFormat.format(1, as: "thaiLetters"), "ก")
        XCTAssertEqual(NumberFormat.format(4, as: "thaiLetters"), "ฆ", "ฃ and ฅ are not counted")
        XCTAssertEqual(NumberFormat.format(43, as: "thaiLetters"), "กก")
        XCTAssertEqual(NumberFormat.format(21, as: "thaiCounting"), "ยี่สิบเอ็ด")
        XCTAssertEqual(NumberFormat.format(11, as: "thaiCounting"), "สิบเอ็ด")
        XCTAssertEqual(NumberFormat.format(101, as: "thaiCounting"), "หนึ่งร้อยเอ็ด")
        XCTAssertEqual(NumberFormat.format(1, as: "thaiCounting"), "หนึ่ง")
        XCTAssertEqual(NumberFormat.format(14, as: "lowerRoman"), "xiv")
        XCTAssertEqual(NumberFormat.format(28, as: "upperLetter"), "BB")
        XCTAssertEqual(NumberFormat.format(3, as: "ordinalText"), "3", "an unknown format is written in decimal")
    }

    /// Definition 1: `%1.`, `%1.%2` (space), `(%3)`; lists 10 and 11 share it, list 12 restarts it at 5.
    func numbering() -> WordNumbering {
        var numbering = WordNumbering()
        numbering.definitions[1] = .init(levels: [
            0: .init(start: 1, format: "decimal", text: "%1."),
            1: .init(start: 1, format: "decimal", text: "%1.%2", suffix: "space"),
            2: .init(start: 1, format: "decimal", text: "(%3)", suffix: "nothing"),
        ])
        numbering.definitions[2] = .init(levels: [0: .init(start: 1, format: "thaiNumbers", text: "%1)", styleID: "ThaiList")])
        numbering.instances[10] = .init(definitionID: 1)
        numbering.instances[11] = .init(definitionID: 1)
        numbering.instances[12] = .init(definitionID: 1, startOverrides: [0: 5])
        numbering.instances[20] = .init(definitionID: 2)
        return numbering
    }

    func labels(_ paragraphs: [(list: Int?, level: Int?, style: String?)], styles: WordStyles = WordStyles()) -> [String?] {
        var counter = NumberingCounter(numbering: numbering(), styles: styles)
        return paragraphs.map { counter.label(for: WordParagraph(text: "", styleID: $0.style, numberingID: $0.list, numberingLevel: $0.level)) }
    }

    func testListsOfOneDefinitionCountOnTogetherAndARestartStartsAgain() {
        XCTAssertEqual(labels([(10, 0, nil), (10, 1, nil), (10, 1, nil), (10, 2, nil), (11, 0, nil), (11, 1, nil), (12, 0, nil), (12, 0, nil)]),
                       ["1. ", "1.1 ", "1.2 ", "(1)", "2. ", "2.1 ", "5. ", "6. "])
    }

    func testALevelNotYetCountedShowsItsStart() {
        XCTAssertEqual(labels([(10, 1, nil)]), ["1.1 "])
    }

    func testNumberingFromTheStyleAndItsBase() {
        var styles = WordStyles()
        styles.styles["Base"] = .init(numberingID: 20)
        styles.styles["ThaiList"] = .init(basedOn: "Base")
        styles.styles["NoList"] = .init(basedOn: "Base")
        XCTAssertEqual(labels([(nil, nil, "ThaiList"), (nil, nil, "ThaiList"), (0, nil, "ThaiList"), (nil, nil, "Plain")], styles: styles),
                       ["๑) ", "๒) ", nil, nil], "numId 0 takes the style's numbering away")
    }

    func testAStyleChainThatLoopsEnds() {
        var styles = WordStyles()
        styles.styles["A"] = .init(basedOn: "B")
        styles.styles["B"] = .init(basedOn: "A")
        XCTAssertNil(styles.numbering(forStyle: "A").id)
    }
}
