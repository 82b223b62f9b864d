import XCTest
import ThaiText

/// Properties that hold for any input: idempotence, consonants and digits kept, correct
/// text left alone.
final class NormalizerPropertyTests: XCTestCase {
    private let normalizer = ThaiNormalizer()

    func testIdempotence() {
        var generator = ThaiStringGenerator(seed: 0x1DE4_9071)
        var changed = 0
        for _ in 0..<5000 {
            let input = generator.damagedString()
            let once = normalizer.normalize(input)
            let twice = normalizer.normalize(once)
            if once != input { changed += 1 }
            XCTAssertTrue(twice.unicodeScalars.elementsEqual(once.unicodeScalars),
                          "input \(ScalarDescription.codePoints(input))\nonce  \(ScalarDescription.codePoints(once))\ntwice \(ScalarDescription.codePoints(twice))")
        }
        // The generated strings must give the repairs work, or the property says little.
        XCTAssertGreaterThan(changed, 4000)
    }

    /// The consonants and digits of a text, in order; the PUA variants of ฐ and ญ count as
    /// those consonants, which they are.
    private static func consonantsAndDigits(_ text: String) -> [UInt32] {
        text.unicodeScalars.compactMap { scalar in
            switch scalar.value {
            case 0x0E01...0x0E2E, 0x30...0x39, 0x0E50...0x0E59: return scalar.value
            case 0xF700: return 0x0E10
            case 0xF70F: return 0x0E0D
            default: return nil
            }
        }
    }

    func testConsonantsAndDigitsAreKept() {
        var generator = ThaiStringGenerator(seed: 0xC0_5011)
        for _ in 0..<5000 {
            let input = generator.damagedString()
            let output = normalizer.normalize(input)
            XCTAssertEqual(Self.consonantsAndDigits(output), Self.consonantsAndDigits(input),
                           "input \(ScalarDescription.codePoints(input))\noutput \(ScalarDescription.codePoints(output))")
        }
    }

    func testCorrectTextIsUnchanged() {
        var generator = ThaiStringGenerator(seed: 0x600D)
        for _ in 0..<2000 {
            let input = generator.correctString()
            let output = normalizer.normalize(input)
            XCTAssertTrue(output.unicodeScalars.elementsEqual(input.unicodeScalars),
                          "\(ScalarDescription.describe(input)) gave \(ScalarDescription.describe(output))")
        }
    }

    func testEverySeedLineIsUnchanged() throws {
        let lines = try SeedText.lines()
        XCTAssertGreaterThan(lines.count, 100)
        for (number, line) in lines.enumerated() {
            let output = normalizer.normalize(String(line))
            XCTAssertTrue(output.unicodeScalars.elementsEqual(line.unicodeScalars),
                          "seed line \(number + 1) changed: \(ScalarDescription.describe(String(line))) gave \(ScalarDescription.describe(output))")
        }
        let seed = try SeedText.load()
        XCTAssertTrue(normalizer.normalize(seed).unicodeScalars.elementsEqual(seed.unicodeScalars))
    }
}
