import Foundation
import XCTest
@testable import ThaiText

/// `CanonicalComposition.leavesUnchanged` lets the normaliser skip NFC: it must never say
/// so for a text NFC would change.
final class CanonicalCompositionTests: XCTestCase {
    private static let inertRanges: [ClosedRange<UInt32>] = [
        0...0x02FF, 0x0E00...0x0E7F, 0x2002...0x20CF, 0x2190...0x2199, 0x2500...0x27BF,
        0xE000...0xF8FF, 0xFFFD...0xFFFD, 0x1F000...0x1FAFF,
    ]

    private static func nfcChanges(_ scalars: [Unicode.Scalar]) -> Bool {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return !text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(scalars)
    }

    func testEveryScalarOfTheRangesIsLeftAloneByNFC() {
        for range in Self.inertRanges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                XCTAssertTrue(CanonicalComposition.leavesUnchanged([scalar]))
                XCTAssertFalse(Self.nfcChanges([scalar]), "U+\(String(value, radix: 16))")
            }
        }
    }

    /// Pairs and triples from the ranges, and from letters that compose with a following
    /// combining mark: whenever `leavesUnchanged` says yes, NFC agrees.
    func testItNeverClaimsStabilityNFCDoesNotHave() {
        var random = SplitMix64(seed: 0x4E4643)
        let pool: [Unicode.Scalar] = Self.inertRanges.flatMap { range in
            stride(from: range.lowerBound, through: range.upperBound, by: 7).compactMap(Unicode.Scalar.init)
        } + (0x0E31...0x0E4E).compactMap(Unicode.Scalar.init)
            + ["e", "A", "\u{0301}", "\u{0334}", "\u{0338}", "\u{2000}", "\u{212B}", "\u{1100}", "\u{1161}", "\u{0958}"]
        var skipped = 0
        for _ in 0..<100_000 {
            let count = Int.random(in: 1...3, using: &random)
            let scalars = (0..<count).map { _ in random.pick(pool) }
            if CanonicalComposition.leavesUnchanged(scalars) {
                skipped += 1
                XCTAssertFalse(Self.nfcChanges(scalars), scalars.map { String($0.value, radix: 16) }.joined(separator: " "))
            }
        }
        XCTAssertGreaterThan(skipped, 50_000)
    }

    func testOutOfClassOrderThaiMarksAreNotLeftAlone() {
        XCTAssertFalse(CanonicalComposition.leavesUnchanged(["\u{0E01}", "\u{0E48}", "\u{0E38}"]))
        XCTAssertFalse(CanonicalComposition.leavesUnchanged(["\u{0E01}", "\u{0E38}", "\u{0E3A}"]))
        XCTAssertTrue(CanonicalComposition.leavesUnchanged(["\u{0E01}", "\u{0E38}", "\u{0E48}"]))
        XCTAssertFalse(CanonicalComposition.leavesUnchanged(["e", "\u{0301}"]))
    }

    func testTheSeedNeedsNoNFC() throws {
        XCTAssertTrue(CanonicalComposition.leavesUnchanged(Array(try SeedText.load().unicodeScalars)))
    }
}
