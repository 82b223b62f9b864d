import Foundation
import XCTest

/// `ita --version`: the number written in Sources/ita/Version.swift (the one place the Debian
/// package takes its version from) and the commit, or an honest word that it is unknown.
final class VersionTests: XCTestCase {
    func testVersionNamesTheNumberAndTheCommitOrSaysItIsUnknown() throws {
        let source = try String(contentsOfFile: ItaRunner.path("Sources/ita/Version.swift"), encoding: .utf8)
        let number = try XCTUnwrap(source.firstMatch(of: /static let number = "([^"]+)"/)?.1)
        let run = try ItaRunner.run(["--version"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let line = run.stdout.trimmingCharacters(in: .newlines)
        XCTAssertTrue(line.hasPrefix("\(number) ("), line)
        XCTAssertNotNil(line.wholeMatch(of: /[0-9.]+ \((commit [0-9a-f]{7,40}(-dirty)?|built from source, commit not recorded)\)/), line)
    }
}
