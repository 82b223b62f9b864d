import FuzzDriver
import Foundation
import ThaiText

/// Any bytes, as UTF-8 text, through the Thai date parser: a date, a period and a time of day.
/// Errors (an impossible date) are answers; only a crash or a hang is a finding. A period it
/// returns must not end before it starts (the parser throws for that).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let parser = ThaiDateParser()
    _ = try? parser.date(in: text)
    if let period = try? parser.period(in: text), let start = period.start, let end = period.end, end < start {
        fatalError("period(in:) gave a period that ends before it starts: \(start.iso)–\(end.iso) in \(Array(text.unicodeScalars.map(\.value)))")
    }
    _ = parser.time(in: text)
    return 0
}

@main
enum Harness {
    static func main() {
        exit(ita_fuzz_run(CommandLine.argc, CommandLine.unsafeArgv) { fuzz($0!, $1) })
    }
}
