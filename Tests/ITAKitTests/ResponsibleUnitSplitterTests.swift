import Foundation
import ITAKit
import PDFText
import ReportLayout
import XCTest

/// `ResponsibleUnitSplitter` on every responsible-unit cell of the seed (as text and as the
/// sample PDF reads it) and on the other ways reports write units.
final class ResponsibleUnitSplitterTests: XCTestCase {
    private let splitter = ResponsibleUnitSplitter()

    private static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func assertSplit(_ text: String, _ expected: [String], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(splitter.split(text), expected, text, file: file, line: line)
    }

    // MARK: The seed, cell by cell

    func testMeasure1And2() {
        assertSplit("สำนักปลัด กองคลัง กองยุทธศาสตร์และ งบประมาณ และทุกส่วนราชการ",
                    ["สำนักปลัด", "กองคลัง", "กองยุทธศาสตร์และงบประมาณ", "ทุกส่วนราชการ"])
    }

    func testMeasure3() {
        assertSplit("สำนักปลัด กองการเจ้าหน้าที่ กองยุทธศาสตร์และ งบประมาณ และทุกส่วนราชการ",
                    ["สำนักปลัด", "กองการเจ้าหน้าที่", "กองยุทธศาสตร์และงบประมาณ", "ทุกส่วนราชการ"])
    }

    func testMeasure4() {
        assertSplit("สำนักปลัด กองคลัง กองยุทธศาสตร์และงบประมาณ และทุกส่วนราชการ",
                    ["สำนักปลัด", "กองคลัง", "กองยุทธศาสตร์และงบประมาณ", "ทุกส่วนราชการ"])
    }

    /// Written without a single space.
    func testMeasure5() {
        assertSplit("สำนักปลัดกองการเจ้าหน้าที่กองยุทธศาสตร์และงบประมาณและทุกส่วนราชการ",
                    ["สำนักปลัด", "กองการเจ้าหน้าที่", "กองยุทธศาสตร์และงบประมาณ", "ทุกส่วนราชการ"])
    }

    func testMeasure6() {
        assertSplit("สำนักปลัด กองการเจ้าหน้าที่ กองยุทธศาสตร์และงบประมาณ และทุกส่วนราชการ",
                    ["สำนักปลัด", "กองการเจ้าหน้าที่", "กองยุทธศาสตร์และงบประมาณ", "ทุกส่วนราชการ"])
    }

    func testMeasure7() {
        assertSplit("สำนักปลัด กองยุทธศาสตร์และงบประมาณ และทุกส่วนราชการ",
                    ["สำนักปลัด", "กองยุทธศาสตร์และงบประมาณ", "ทุกส่วนราชการ"])
    }

    func testMeasure8() {
        assertSplit("กองการเจ้าหน้าที่ กองยุทธศาสตร์และงบประมาณ และทุกส่วนราชการ",
                    ["กองการเจ้าหน้าที่", "กองยุทธศาสตร์และงบประมาณ", "ทุกส่วนราชการ"])
    }

    func testMeasure9() {
        assertSplit("สำนักปลัด กองคลัง กองการเจ้าหน้าที่ กองยุทธศาสตร์และ งบประมาณ และทุกส่วนราชการ",
                    ["สำนักปลัด", "กองคลัง", "กองการเจ้าหน้าที่", "กองยุทธศาสตร์และงบประมาณ", "ทุกส่วนราชการ"])
    }

    /// With the text reader's markup left in.
    func testMeasure10() {
        assertSplit("<p>สำนักปลัด กองคลัง กองการเจ้าหน้าที่ กองยุทธศาสตร์และงบประมาณ และทุกส่วนราชการ</p>",
                    ["สำนักปลัด", "กองคลัง", "กองการเจ้าหน้าที่", "กองยุทธศาสตร์และงบประมาณ", "ทุกส่วนราชการ"])
    }

    /// Reads the seed's measures table itself (six cells; a row whose first cell is empty
    /// continues the row above), so that a cell added or changed there is tested too.
    func testEveryCellOfTheSeedText() throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent("Samples/muangphon-2568.txt"), encoding: .utf8)
        var cells: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let row: [Substring] = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard row.count == 6, row[0] != "ตัวชี้วัด" else { continue }
            if row[0].isEmpty, !cells.isEmpty {
                if !row[5].isEmpty { cells[cells.count - 1] += " " + row[5] }
            } else {
                cells.append(String(row[5]))
            }
        }
        XCTAssertEqual(cells.count, 10)
        assertSeedUnits(cells)
    }

    /// The same table as the sample PDF reads: the wrapped lines come back glued.
    func testEveryCellOfTheSamplePDF() throws {
        let document = try PDFDocument(path: Self.root.appendingPathComponent("Samples/muangphon-2568-laksaman.pdf").path)
        let content = try DocumentContentReader().read(document)
        let measures = try XCTUnwrap(content.tables.first { $0.columnCount == 6 })
        let cells = measures.rows.dropFirst().map { $0.cells[5].text }
        XCTAssertEqual(cells.count, 10)
        XCTAssertTrue(cells.contains("สำนักปลัดกองคลังกองยุทธศาสตร์และงบประมาณและทุกส่วนราชการ"), "\(cells)")
        assertSeedUnits(cells)
    }

    /// The units of the seed's ten measures, in order.
    private func assertSeedUnits(_ cells: [String], file: StaticString = #filePath, line: UInt = #line) {
        let office = "สำนักปลัด", finance = "กองคลัง", personnel = "กองการเจ้าหน้าที่"
        let strategy = "กองยุทธศาสตร์และงบประมาณ", all = "ทุกส่วนราชการ"
        let expected = [
            [office, finance, strategy, all],
            [office, finance, strategy, all],
            [office, personnel, strategy, all],
            [office, finance, strategy, all],
            [office, personnel, strategy, all],
            [office, personnel, strategy, all],
            [office, strategy, all],
            [personnel, strategy, all],
            [office, finance, personnel, strategy, all],
            [office, finance, personnel, strategy, all],
        ]
        XCTAssertEqual(cells.map(splitter.split), expected, file: file, line: line)
    }

    // MARK: Other ways of writing units

    func testSeparators() {
        assertSplit("สำนักปลัด, กองคลัง / กองช่าง\nงานนิติการ; กองการศึกษา",
                    ["สำนักปลัด", "กองคลัง", "กองช่าง", "งานนิติการ", "กองการศึกษา"])
        assertSplit("สำนักปลัด/กองคลัง", ["สำนักปลัด", "กองคลัง"])
        assertSplit("- สำนักปลัด\n- กองคลัง", ["สำนักปลัด", "กองคลัง"])
        assertSplit("1. สำนักปลัด 2. กองคลัง (3) กองช่าง", ["สำนักปลัด", "กองคลัง", "กองช่าง"])
        assertSplit("กองสาธารณสุขและสิ่งแวดล้อม และกองสวัสดิการสังคม", ["กองสาธารณสุขและสิ่งแวดล้อม", "กองสวัสดิการสังคม"])
    }

    /// A known name is one unit however the cell wraps it, and is given back unwrapped.
    func testWrappedKnownNames() {
        assertSplit("กองยุทธศาสตร์และ งบประมาณ", ["กองยุทธศาสตร์และงบประมาณ"])
        assertSplit("กองยุทธศาสตร์และ\nงบประมาณ", ["กองยุทธศาสตร์และงบประมาณ"])
        assertSplit("กองสาธารณสุข และสิ่งแวดล้อม", ["กองสาธารณสุขและสิ่งแวดล้อม"])
        assertSplit("สำนักปลัด เทศบาล", ["สำนักปลัดเทศบาล"])
    }

    /// No inner word cuts a known name: และ, กอง, ปลัด.
    func testKnownNamesAreNotCut() {
        assertSplit("นายกองค์การบริหารส่วนตำบล", ["นายกองค์การบริหารส่วนตำบล"])
        assertSplit("สำนักปลัดเทศบาล", ["สำนักปลัดเทศบาล"])
        assertSplit("งานป้องกันและบรรเทาสาธารณภัย", ["งานป้องกันและบรรเทาสาธารณภัย"])
        assertSplit("ฝ่ายบริหารงานทั่วไป", ["ฝ่ายบริหารงานทั่วไป"])
        assertSplit("ทุกกอง/ฝ่าย", ["ทุกกอง/ฝ่าย"])
    }

    /// Units the vocabulary does not list: split at their head words.
    func testUnknownUnits() {
        assertSplit("กองการประปากองช่าง", ["กองการประปา", "กองช่าง"])
        assertSplit("กองการไฟฟ้ากองการขนส่ง", ["กองการไฟฟ้า", "กองการขนส่ง"])
        assertSplit("ฝ่ายบริหารงานคลัง", ["ฝ่ายบริหารงานคลัง"])
        assertSplit("สำนักปลัด งานกิจการพิเศษ", ["สำนักปลัด", "งานกิจการพิเศษ"])
        assertSplit("งานกิจการพิเศษและงานเลือกตั้ง", ["งานกิจการพิเศษ", "งานเลือกตั้ง"])
        assertSplit("งานส่งเสริมสุขภาพและอนามัย", ["งานส่งเสริมสุขภาพและอนามัย"])
        assertSplit("คณะทำงานขับเคลื่อน ITA", ["คณะทำงานขับเคลื่อน ITA"])
    }

    /// Posts: a head that needs a name takes the unit after it.
    func testPosts() {
        assertSplit("ผู้อำนวยการกองคลัง", ["ผู้อำนวยการกองคลัง"])
        assertSplit("หัวหน้าสำนักปลัด", ["หัวหน้าสำนักปลัด"])
        assertSplit("นายกเทศมนตรี ปลัดเทศบาล และหัวหน้าส่วนราชการ", ["นายกเทศมนตรี", "ปลัดเทศบาล", "หัวหน้าส่วนราชการ"])
        assertSplit("คณะผู้บริหาร หัวหน้าส่วนราชการ", ["คณะผู้บริหาร", "หัวหน้าส่วนราชการ"])
        assertSplit("ผู้บริหาร/ทุกกอง", ["ผู้บริหาร", "ทุกกอง"])
        assertSplit("ทุกฝ่าย", ["ทุกฝ่าย"])
    }

    /// A person's name that starts with the letters of a head (นายก…) stays whole.
    func testPeopleAreNotCut() {
        assertSplit("นายกิตติโชติ เตรียมเวชวุฒิไกร", ["นายกิตติโชติ เตรียมเวชวุฒิไกร"])
        assertSplit("นายชาวุธวิทย์ เทศศรีเมือง หัวหน้าฝ่ายบริการและเผยแพร่วิชาการ",
                    ["นายชาวุธวิทย์ เทศศรีเมือง", "หัวหน้าฝ่ายบริการและเผยแพร่วิชาการ"])
    }

    /// A person after a unit is a unit of their own.
    func testPeopleAfterUnits() {
        assertSplit("สำนักปลัด นายกิตติโชติ เตรียมเวชวุฒิไกร", ["สำนักปลัด", "นายกิตติโชติ เตรียมเวชวุฒิไกร"])
        assertSplit("กองคลัง นางสาวสิริรัตน์ คงมณีพิพัฒน์", ["กองคลัง", "นางสาวสิริรัตน์ คงมณีพิพัฒน์"])
    }

    func testLabelsDuplicatesAndLeftovers() {
        assertSplit("ผู้รับผิดชอบ: สำนักปลัด", ["สำนักปลัด"])
        assertSplit("สำนักปลัด สำนักปลัด", ["สำนักปลัด"])
        assertSplit("สำนักปลัด และ", ["สำนักปลัด"])
        assertSplit("สำนักปลัด,", ["สำนักปลัด"])
        assertSplit("", [])
        assertSplit(" \n<p></p> ", [])
    }

    /// PDF damage the normaliser repairs: SARA AM in two pieces, a zero-width space.
    func testDamagedText() {
        assertSplit("ส\u{0E4D}\u{0E32}นักปลัด กองคลัง", ["สำนักปลัด", "กองคลัง"])
        assertSplit("สำนัก\u{200B}ปลัด กองคลัง", ["สำนักปลัด", "กองคลัง"])
    }

    func testHugeInput() {
        let units = splitter.split(String(repeating: "สำนักปลัดกองคลัง ", count: 5_000))
        XCTAssertEqual(units, ["สำนักปลัด", "กองคลัง"])
        XCTAssertEqual(splitter.split(String(repeating: "ก", count: 20_000)).count, 1)
    }

    // MARK: units.json

    /// An `ITA_TEMPLATES` folder without units.json: the built-in list still serves.
    func testATemplatesOverrideWithoutTheFileFallsBackToTheBuiltInOne() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("units-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let previous = ProcessInfo.processInfo.environment["ITA_TEMPLATES"]
        setenv("ITA_TEMPLATES", folder.path, 1)
        defer {
            if let previous { setenv("ITA_TEMPLATES", previous, 1) } else { unsetenv("ITA_TEMPLATES") }
        }
        XCTAssertEqual(TemplatesFolder.url.path, folder.path)
        XCTAssertEqual(ResponsibleUnitSplitter().split("สำนักปลัดกองการเจ้าหน้าที่กองยุทธศาสตร์และงบประมาณและทุกส่วนราชการ"),
                       ["สำนักปลัด", "กองการเจ้าหน้าที่", "กองยุทธศาสตร์และงบประมาณ", "ทุกส่วนราชการ"])
    }

    /// An override with its own units.json is read instead of the built-in one.
    func testATemplatesOverrideWithTheFileIsRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("units-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = #"{"units": ["สำนักปลัดกองพิเศษ"], "heads": [{"word": "กอง", "needsName": true}], "conjunctions": ["และ"]}"#
        try Data(json.utf8).write(to: folder.appendingPathComponent("units.json"))
        let previous = ProcessInfo.processInfo.environment["ITA_TEMPLATES"]
        setenv("ITA_TEMPLATES", folder.path, 1)
        defer {
            if let previous { setenv("ITA_TEMPLATES", previous, 1) } else { unsetenv("ITA_TEMPLATES") }
        }
        // The built-in list would give สำนักปลัด and กองพิเศษ.
        XCTAssertEqual(ResponsibleUnitSplitter().split("สำนักปลัดกองพิเศษและกองคลัง"), ["สำนักปลัดกองพิเศษ", "กองคลัง"])
        XCTAssertEqual(ResponsibleUnitSplitter().split("สำนักปลัดกองพิเศษ"), ["สำนักปลัดกองพิเศษ"])
    }

    func testUnitsFileIsValidJSONWithEveryList() throws {
        let data = try Data(contentsOf: TemplatesFolder.url.appendingPathComponent("units.json"))
        let file = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        for key in ["units", "heads", "conjunctions", "labels"] {
            XCTAssertFalse((file[key] as? [Any] ?? []).isEmpty, key)
        }
        let units = try XCTUnwrap(file["units"] as? [String])
        XCTAssertEqual(Set(units).count, units.count, "a unit listed twice")
        for unit in ["กองยุทธศาสตร์และงบประมาณ", "กองคลัง", "กองช่าง", "กองสาธารณสุขและสิ่งแวดล้อม", "กองการศึกษา",
                     "กองสวัสดิการสังคม", "สำนักปลัด", "สำนักปลัดเทศบาล", "กองการเจ้าหน้าที่", "งานนิติการ", "ทุกส่วนราชการ"] {
            XCTAssertTrue(units.contains(unit), unit)
        }
        for head in try XCTUnwrap(file["heads"] as? [[String: Any]]) {
            XCTAssertNotNil(head["word"] as? String, "\(head)")
        }
    }
}
