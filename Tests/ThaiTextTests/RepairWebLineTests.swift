import Foundation
import XCTest
@testable import ThaiText

/// The web set: lines of damaged Thai copied from public web pages (flipbook and document
/// viewer pages of government documents, Royal Gazette texts), each beside its correct form
/// (`Tests/Fixtures/repair/web-lines.tsv`, its README says how they were gathered). A line
/// counts as restored when normalising and repairing it gives its correct form, spaces ignored.
final class RepairWebLineTests: XCTestCase {
    struct WebLine {
        var damaged: String
        var correct: String
        var kinds: [Substring]
    }

    static func webLines() throws -> [WebLine] {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/repair/web-lines.tsv")
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { row in
            let fields = row.split(separator: "\t", omittingEmptySubsequences: false)
            return WebLine(damaged: String(fields[0]), correct: String(fields[1]), kinds: fields[2].split(separator: "+"))
        }
    }

    func testRestoresTheWebSet() throws {
        let repairer = try XCTUnwrap(ThaiRepairer(), "libthai's dictionary is not installed (bash Scripts/setup.sh)")
        let lines = try Self.webLines()
        XCTAssertGreaterThanOrEqual(lines.count, 100)
        var restored = 0
        var byKind: [Substring: (restored: Int, all: Int)] = [:]
        for line in lines {
            let repaired = repairer.repair(ThaiNormalizer().normalize(line.damaged))
            let ok = repaired.filter { $0 != " " } == line.correct.filter { $0 != " " }
            if ok { restored += 1 }
            for kind in line.kinds {
                byKind[kind, default: (0, 0)].all += 1
                if ok { byKind[kind, default: (0, 0)].restored += 1 }
            }
        }
        let rate = Double(restored) / Double(lines.count)
        print("web set: \(restored) of \(lines.count) lines restored (\(rate))")
        for (kind, count) in byKind.sorted(by: { $0.key < $1.key }) { print("  \(kind): \(count.restored) of \(count.all)") }
        // Measured 97 of 118 (0.82), below the goal of 0.9; 0.47 before the displaced
        // marks were read as a copy leaves them. What is left is mostly tone marks dropped
        // wholesale (`ขอความ`, `แก`, `หนา`: other real words, which a dictionary cannot judge).
        XCTAssertGreaterThanOrEqual(rate, 0.8)
    }

    private func assertRepairs(_ damaged: String, _ correct: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let repairer = try XCTUnwrap(ThaiRepairer(), "libthai's dictionary is not installed (bash Scripts/setup.sh)")
        XCTAssertEqual(repairer.repair(ThaiNormalizer().normalize(damaged)), correct, file: file, line: line)
    }

    // Lines of the web set, one damage each, with the space the displaced mark left dropped.
    func testAMarkDisplacedAfterAConsonantLosesItsSpace() throws {
        try assertRepairs("ระดบั การศึกษา", "ระดับการศึกษา")
        try assertRepairs("ทรงตระหนกั ดี", "ทรงตระหนักดี")
    }

    func testAMarkDisplacedAfterALeadingVowelOrSaraAa() throws {
        try assertRepairs("การศึกษาทเี่ ปิดสอน", "การศึกษาที่เปิดสอน")
        try assertRepairs("โรงเรียนอนุบาลบา้ นแพ้ว", "โรงเรียนอนุบาลบ้านแพ้ว")
    }

    func testOneOfTwoMarksDisplaced() throws {
        // MAI HAN-AKAT moved past น while MAI THO stayed on ช; SARA II moved while
        // THANTHAKHAT is where it belongs.
        try assertRepairs("ช้นั อนุบาล", "ชั้นอนุบาล")
        try assertRepairs("รหัสไปรษณยี ์", "รหัสไปรษณีย์")
    }

    func testAToneMarkLostWhereOnlyItsSpaceIsLeft() throws {
        try assertRepairs("ทา นสามารถ", "ท่านสามารถ")
        // `ไมแ นใ จ`: ไม่ and ไม้ read as well as each other, so it is left.
        try assertRepairs("ไมแ นใ จ", "ไมแ นใ จ")
    }

    /// Every correct line is left as it is: the repair never edits right text.
    func testCorrectFormsStay() throws {
        let repairer = try XCTUnwrap(ThaiRepairer(), "libthai's dictionary is not installed (bash Scripts/setup.sh)")
        for line in try Self.webLines() {
            XCTAssertEqual(repairer.repair(line.correct), line.correct)
        }
    }
}
