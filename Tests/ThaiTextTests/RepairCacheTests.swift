import ThaiText
import XCTest

/// One repairer keeps each span's outcome: a repeat must come out exactly as the first time,
/// changes and all, also where the evidence of systematic damage differs between texts.
final class RepairCacheTests: XCTestCase {
    func testARepeatedSpanComesOutAsTheFirstTime() throws {
        let repairer = try XCTUnwrap(ThaiRepairer(), "libthai's dictionary is not installed (bash Scripts/setup.sh)")
        let line = "สานักงานสาธารณสุขอาเภอหนองใหญ่ ประจาปีงบประมาณ"
        let first = repairer.repairWithChanges(line)
        let again = repairer.repairWithChanges(line)
        XCTAssertEqual(first.text, "สำนักงานสาธารณสุขอำเภอหนองใหญ่ ประจำปีงบประมาณ")
        XCTAssertEqual(again.text, first.text)
        XCTAssertEqual(again.changes, first.changes)
        // A fresh repairer agrees with the cached one.
        XCTAssertEqual(try XCTUnwrap(ThaiRepairer()).repairWithChanges(line).changes, first.changes)
    }

    func testEvidenceIsPartOfWhatIsRemembered() throws {
        let repairer = try XCTUnwrap(ThaiRepairer())
        // Alone, จ้าเป็นต่อ ties (จ้า เป็นต่อ / จำเป็น ต่อ) and stays; beside ส้าคัญ, whose repair
        // leaves no doubt, the same span is repaired. Each order gives its own answer.
        let alone = repairer.repair("จ้าเป็นต่อ")
        let withEvidence = repairer.repair("ส้าคัญ จ้าเป็นต่อ")
        XCTAssertEqual(repairer.repair("จ้าเป็นต่อ"), alone)
        XCTAssertEqual(try XCTUnwrap(ThaiRepairer()).repair("ส้าคัญ จ้าเป็นต่อ"), withEvidence)
        XCTAssertTrue(withEvidence.hasPrefix("สำคัญ"))
    }
}
