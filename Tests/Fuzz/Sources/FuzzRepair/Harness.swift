import FuzzDriver
import Foundation
import ThaiText

/// Any bytes, as UTF-8 text, through the normaliser and then the dictionary-guided repair, as
/// `ita normalize --repair` runs them. Besides not crashing, it checks the repair's promises:
/// running it twice changes nothing more, and it never drops, adds or reorders a Thai
/// consonant or a digit (it only moves, adds or changes vowels, marks and spaces).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = ThaiNormalizer().normalize(String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self))
    guard let repairer = Harness.repairer else { fatalError("libthai's dictionary is not installed") }
    let once = repairer.repair(text)
    let twice = repairer.repair(once)
    if once != twice {
        fatalError("repair is not idempotent: \(text.unicodeScalars.map(\.value)) -> \(once.unicodeScalars.map(\.value)) -> \(twice.unicodeScalars.map(\.value))")
    }
    let kept: (Unicode.Scalar) -> Bool = { (0x0E01...0x0E2E).contains($0.value) || (0x30...0x39).contains($0.value) || (0x0E50...0x0E59).contains($0.value) }
    if text.unicodeScalars.filter(kept) != once.unicodeScalars.filter(kept) {
        fatalError("repair changed a consonant or a digit: \(text.unicodeScalars.map(\.value)) -> \(once.unicodeScalars.map(\.value))")
    }
    return 0
}

@main
enum Harness {
    /// One repairer for the run, as one `ita` process has: its cache of spans grows as the
    /// fuzzer goes, which is what a long report does too.
    static let repairer = ThaiRepairer()

    static func main() {
        exit(ita_fuzz_run(CommandLine.argc, CommandLine.unsafeArgv) { fuzz($0!, $1) })
    }
}
