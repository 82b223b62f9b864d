import XCTest
@testable import ThaiText

final class ZZTempStressTests: XCTestCase {
    func testStress() {
        let n = ThaiNormalizer()
        var failures = 0, total = 0
        for seed in UInt64(1)...UInt64(40) {
            var g = ThaiStringGenerator(seed: seed &* 7919)
            for _ in 0..<10000 {
                let input = g.damagedString(maximumLength: 30)
                let once = n.normalize(input)
                let twice = n.normalize(once)
                total += 1
                if !twice.unicodeScalars.elementsEqual(once.unicodeScalars) {
                    failures += 1
                    if failures < 5 { print("FAIL", ScalarDescription.codePoints(input), "|", ScalarDescription.codePoints(once), "|", ScalarDescription.codePoints(twice)) }
                }
            }
        }
        print("stress total", total, "failures", failures)
        XCTAssertEqual(failures, 0)
    }

    /// Without NFC and without foreign marks: is one pass of the repairs idempotent?
    func testSinglePassWithoutNFC() {
        let repairs: [any ScalarRepair] = [LeadingByteOrderMarkRemoval(), PUAGlyphMapping(), InvisibleCharacterRemoval(), StrandedMarkJoining(), DoubledGlyphTrailerRemoval(), MarkRunCanonicalization(), SaraAmRepair()]
        func pass(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] { repairs.reduce(s) { $1.apply(to: $0) } }
        var failures = 0, nfcChanged = 0
        for seed in UInt64(1)...UInt64(40) {
            var g = ThaiStringGenerator(seed: seed &* 104729)
            for _ in 0..<10000 {
                let input = g.damagedString(maximumLength: 30)
                let once = pass(Array(input.unicodeScalars))
                let twice = pass(once)
                if once != twice {
                    failures += 1
                    if failures < 8 { print("PASSFAIL", ScalarDescription.codePoints(input), "|", once.map{String($0.value,radix:16)}, "|", twice.map{String($0.value,radix:16)}) }
                }
                let s = String(scalars: once)
                if !s.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(s.unicodeScalars) {
                    if !s.unicodeScalars.contains(where: { [0x301, 0x334, 0x327].contains($0.value) }) { nfcChanged += 1; if nfcChanged < 5 { print("NFC", ScalarDescription.codePoints(s)) } }
                }
            }
        }
        print("pass failures", failures, "nfc changed (thai only)", nfcChanged)
    }
}
