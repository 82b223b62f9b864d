import XCTest
import ThaiText

extension XCTestCase {
    /// The repairer over libthai's dictionary; the test fails, saying why, without it.
    func repairer() throws -> ThaiRepairer {
        try XCTUnwrap(ThaiRepairer(), "libthai's dictionary is not installed (bash Scripts/setup.sh)")
    }

    /// Asserts that normalising and then repairing `damaged` gives `correct`, as
    /// `ita normalize --repair` would.
    func assertRepairs(_ damaged: String, _ correct: String, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(try repairer().repair(ThaiNormalizer().normalize(damaged)), correct, file: file, line: line)
    }
}
