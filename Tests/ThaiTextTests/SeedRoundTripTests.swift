import XCTest
import ThaiText

/// Done when: the whole seed report, damaged the ways real PDFs damage Thai, normalises
/// back to the seed, line for line.
final class SeedRoundTripTests: XCTestCase {
    private let normalizer = ThaiNormalizer()

    private func assertRestores(seed damagerSeed: UInt64, file: StaticString = #filePath, line: UInt = #line) throws {
        let seed = try SeedText.load()
        var damager = SeedDamager(seed: damagerSeed)
        let damaged = damager.damage(seed)

        // The damage must be real and of every kind, or the comparison proves nothing.
        XCTAssertNotEqual(damaged, seed, file: file, line: line)
        XCTAssertEqual(damager.counts.count, 13, "kinds of damage done: \(damager.counts)", file: file, line: line)
        XCTAssertGreaterThan(damager.counts["PUA glyph variant", default: 0], 1000, file: file, line: line)
        XCTAssertGreaterThan(damager.counts["white space before a mark", default: 0], 300, file: file, line: line)

        let restored = normalizer.normalize(damaged)
        let expectedLines = seed.split(separator: "\n", omittingEmptySubsequences: false)
        let restoredLines = restored.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(restoredLines.count, expectedLines.count, "line count", file: file, line: line)
        for (number, (expected, actual)) in zip(expectedLines, restoredLines).enumerated()
        where !actual.unicodeScalars.elementsEqual(expected.unicodeScalars) {
            let firstDifference = zip(actual.unicodeScalars, expected.unicodeScalars)
                .enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(actual.unicodeScalars.count, expected.unicodeScalars.count)
            XCTFail("""
                first differing line: \(number + 1), at scalar \(firstDifference)
                expected \(ScalarDescription.describe(String(expected)))
                got      \(ScalarDescription.describe(String(actual)))
                """, file: file, line: line)
            return
        }
    }

    func testDamagedSeedIsRestored() throws {
        try assertRestores(seed: 2568)
    }

    func testDamagedSeedIsRestoredWithOtherDamage() throws {
        for damagerSeed: UInt64 in [1, 16, 97_28, 0xBADC0FFEE] {
            try assertRestores(seed: damagerSeed)
        }
    }

    /// Only the Acrobat PDFMaker damage: every mark as its PUA variant, every SARA AM split.
    func testSeedWithEveryMarkAsPUAVariantIsRestored() throws {
        let seed = try SeedText.load()
        var damaged = ""
        for scalar in seed.unicodeScalars {
            switch scalar.value {
            case 0x0E48...0x0E4C: damaged.unicodeScalars.append(Unicode.Scalar(0xF70A + scalar.value - 0x0E48)!)
            case 0x0E34...0x0E37: damaged.unicodeScalars.append(Unicode.Scalar(0xF701 + scalar.value - 0x0E34)!)
            case 0x0E31: damaged.unicodeScalars.append("\u{F710}")
            case 0x0E47: damaged.unicodeScalars.append("\u{F712}")
            case 0x0E38...0x0E3A: damaged.unicodeScalars.append(Unicode.Scalar(0xF718 + scalar.value - 0x0E38)!)
            case 0x0E33: damaged.unicodeScalars.append(contentsOf: ["\u{F711}", "\u{0E32}"] as [Unicode.Scalar])
            default: damaged.unicodeScalars.append(scalar)
            }
        }
        XCTAssertFalse(damaged.unicodeScalars.contains { (0x0E48...0x0E4C).contains($0.value) })
        XCTAssertTrue(normalizer.normalize(damaged).unicodeScalars.elementsEqual(seed.unicodeScalars))
    }
}
