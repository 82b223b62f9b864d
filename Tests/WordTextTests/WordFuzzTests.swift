import Foundation
@testable import WordText
import XCTest

/// Damaged Word documents, made from real drafts by flipping, dropping and repeating bytes
/// (of the file, and of its XML repacked), never crash the reader: each gives a document or a
/// `WordDocumentError`, nothing else. The generator is seeded, so a failure can be replayed.
final class WordFuzzTests: XCTestCase {
    /// A small, seeded generator (SplitMix64), the same runs on every machine.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Runs per test; `ITA_WORD_FUZZ_ITERATIONS` asks for more (Benchmarks/docx/README.md).
    static let iterations = ProcessInfo.processInfo.environment["ITA_WORD_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 300
    /// What markup is made of: put in place of ASCII bytes, they keep the XML UTF-8, so that the
    /// damage reaches the parser and the reader rather than the UTF-8 check.
    static let markup = Array("<>/=\"' :wpbrtcTblgridSpanvMergeval0123456789".utf8)

    static func mutate(_ data: Data, _ random: inout SeededGenerator) -> Data {
        var bytes = [UInt8](data)
        switch Int.random(in: 0..<5, using: &random) {
        case 4: // markup for ASCII bytes
            for _ in 0..<Int.random(in: 1...8, using: &random) where !bytes.isEmpty {
                let index = Int.random(in: 0..<bytes.count, using: &random)
                if bytes[index] < 0x80 { bytes[index] = Self.markup.randomElement(using: &random) ?? 0x3C }
            }
        case 0: // flip a few bytes
            for _ in 0..<Int.random(in: 1...8, using: &random) where !bytes.isEmpty {
                bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            }
        case 1: // cut short
            bytes = Array(bytes.prefix(Int.random(in: 0..<max(1, bytes.count), using: &random)))
        case 2: // drop a stretch
            let start = Int.random(in: 0..<max(1, bytes.count), using: &random)
            bytes.removeSubrange(start..<min(bytes.count, start + Int.random(in: 1...64, using: &random)))
        default: // repeat a stretch
            let start = Int.random(in: 0..<max(1, bytes.count), using: &random)
            let stretch = bytes[start..<min(bytes.count, start + Int.random(in: 1...256, using: &random))]
            bytes.insert(contentsOf: stretch, at: start)
        }
        return Data(bytes)
    }

    /// Reads `url`; fails the test on anything but a document or a WordDocumentError.
    @discardableResult
    func readOrRefuse(_ url: URL, _ label: String) -> Bool {
        do {
            _ = try WordDocumentReader(repair: false).read(contentsOf: url, path: "fuzz.docx")
            return true
        } catch is WordDocumentError {
            return false
        } catch {
            XCTFail("\(label): \(error)")
            return false
        }
    }

    func testDamagedFilesGiveADocumentOrAClearError() throws {
        for name in ["features.docx", "b-khoksamran-2566.docx"] {
            let original = try Data(contentsOf: WordFixtures.url(name))
            var random = SeededGenerator(state: 18)
            var read = 0
            for iteration in 0..<Self.iterations {
                let url = WordFixtures.temporaryURL()
                try Self.mutate(original, &random).write(to: url)
                if readOrRefuse(url, "\(name) #\(iteration)") { read += 1 }
                try? FileManager.default.removeItem(at: url)
            }
            // Most flips land in compressed data and its checksum refuses them; some are read.
            XCTAssertLessThan(read, Self.iterations, "\(name): no damage was noticed at all")
        }
    }

    func testDamagedXMLGivesADocumentOrAClearError() throws {
        let parts = try WordFixtures.parts(of: WordFixtures.url("features.docx"))
        var random = SeededGenerator(state: 1818)
        var read = 0, refused = 0
        for iteration in 0..<Self.iterations {
            let target = ["word/document.xml", "word/numbering.xml", "word/_rels/document.xml.rels", "word/styles.xml"][iteration % 4]
            let damaged = parts.map { $0.0 == target ? ($0.0, Self.mutate($0.1, &random)) : $0 }
            let url = try WordFixtures.zip(damaged)
            if readOrRefuse(url, "\(target) #\(iteration)") { read += 1 } else { refused += 1 }
            try? FileManager.default.removeItem(at: url)
        }
        XCTAssertGreaterThan(read, 0)
        XCTAssertGreaterThan(refused, 0)
    }
}
