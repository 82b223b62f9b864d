import FuzzDriver
import Foundation
import ThaiText

/// Any bytes, as UTF-8 text (invalid bytes become U+FFFD, as a damaged file would give), through
/// the normaliser. Besides not crashing, it checks the normaliser's promises: it never changes a
/// consonant or a digit, and running it twice changes nothing more.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let normalizer = ThaiNormalizer()
    let once = normalizer.normalize(text)
    let twice = normalizer.normalize(once)
    if once != twice {
        fatalError("normalize is not idempotent: \(Array(text.unicodeScalars.map(\.value))) -> \(Array(once.unicodeScalars.map(\.value))) -> \(Array(twice.unicodeScalars.map(\.value)))")
    }
    let kept: (Unicode.Scalar) -> Bool = { (0x0E01...0x0E2E).contains($0.value) || (0x30...0x39).contains($0.value) || (0x0E50...0x0E59).contains($0.value) }
    if text.unicodeScalars.filter(kept) != once.unicodeScalars.filter(kept) {
        fatalError("normalize changed a consonant or a digit: \(Array(text.unicodeScalars.map(\.value))) -> \(Array(once.unicodeScalars.map(\.value)))")
    }
    return 0
}

@main
enum Harness {
    static func main() {
        exit(ita_fuzz_run(CommandLine.argc, CommandLine.unsafeArgv) { fuzz($0!, $1) })
    }
}
