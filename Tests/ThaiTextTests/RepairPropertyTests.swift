import XCTest
@testable import ThaiText

final class RepairPropertyTests: XCTestCase {
    /// The seed is correctly written Thai: the repair changes none of its lines (many of them
    /// hold names and abbreviations the dictionary lacks), and is idempotent on damaged text.
    func testSeedIsLeftAlone() throws {
        let repairer = try XCTUnwrap(ThaiRepairer(), "libthai's dictionary is not installed")
        let seed = try SeedText.load()
        let (text, changes) = repairer.repairWithChanges(seed)
        XCTAssertEqual(changes, [])
        XCTAssertEqual(text, seed)
    }

    func testIdempotentOnDamagedSeed() throws {
        let repairer = try XCTUnwrap(ThaiRepairer(), "libthai's dictionary is not installed")
        var damager = RepairDamager(seed: 7)
        for line in try SeedText.lines() where line.count > 8 {
            let damaged = ThaiNormalizer().normalize(damager.damage(String(line)))
            let once = repairer.repair(damaged)
            XCTAssertEqual(repairer.repair(once), once, "\(damaged)")
        }
    }

    /// A line whose every word run is a dictionary word is never changed, whatever the kinds
    /// of damage could make of it.
    func testLinesOfDictionaryWordsStay() throws {
        let dictionary = try XCTUnwrap(ThaiDictionary.shared)
        let repairer = try XCTUnwrap(ThaiRepairer(dictionary: dictionary))
        var random = SplitMix64(seed: 3)
        let words = try SeedText.load().split { $0.isWhitespace }.map(String.init)
            .filter { word in word.unicodeScalars.allSatisfy(ThaiSpanFinder.isWordScalar) && dictionary.contains(word) }
        XCTAssertGreaterThan(words.count, 200)
        for _ in 0..<500 {
            let line = (0..<Int.random(in: 1...8, using: &random)).map { _ in random.pick(words) }.joined(separator: " ")
            XCTAssertEqual(repairer.repair(line), line)
        }
    }
}
