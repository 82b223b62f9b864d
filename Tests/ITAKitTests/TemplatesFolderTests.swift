import Foundation
import ITAKit
import XCTest

final class TemplatesFolderTests: XCTestCase {
    func testTheTemplatesAreBuiltIn() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: TemplatesFolder.url.path)
        XCTAssertTrue(files.contains("README.md"), "\(files)")
    }
}
