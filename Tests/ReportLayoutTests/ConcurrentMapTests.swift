import ReportLayout
import XCTest

/// `concurrentMap`: what `map` gives, whatever order the threads finish in.
final class ConcurrentMapTests: XCTestCase {
    func testResultsComeInTheElementsOrder() {
        // Uneven work, so that later elements often finish before earlier ones.
        let lines = (0..<500).map { "บรรทัดที่ \($0) " + String(repeating: "ก", count: ($0 * 37) % 400) }
        let counted = lines.concurrentMap { $0.unicodeScalars.count }
        XCTAssertEqual(counted, lines.map { $0.unicodeScalars.count })
    }

    func testNoElementsGiveNoResults() {
        XCTAssertEqual([String]().concurrentMap { $0.count }, [])
    }
}
