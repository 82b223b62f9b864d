import Foundation
import XCTest
@testable import ThaiText

/// Inputs the `FuzzRepair` harness (Tests/Fuzz) found, kept in `Tests/Fixtures/fuzz/` and fed
/// through the same calls: normalise, repair, repair again.
final class RepairFuzzFindingTests: XCTestCase {
    private func fixture(_ name: String) throws -> String {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/fuzz/\(name)")
        return String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }

    /// One line whose only SARA AM was PowerPoint's for a SARA AA (`นำง`): the first repair
    /// gave it back its SARA AA, and a second then saw a line without SARA AM, where a lost one
    /// (`จัดทา`) may be repaired. The repair now goes round until nothing changes.
    func testALineWhoseOnlySaraAmWasPowerPointsIsRepairedOnceForAll() throws {
        let repairer = try repairer()
        let text = ThaiNormalizer().normalize(try fixture("repair-not-idempotent-powerpoint-sara-am.txt"))
        let once = repairer.repair(text)
        XCTAssertNotEqual(once, text)
        XCTAssertEqual(repairer.repair(once), once)
        XCTAssertTrue(once.contains("จัดทำ"))
    }
}
