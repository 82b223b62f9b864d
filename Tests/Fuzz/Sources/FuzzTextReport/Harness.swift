import FuzzDriver
import Foundation
import ITAKit
import ReportLayout

/// Any bytes, as a text report (UTF-8; invalid bytes become U+FFFD): read into content, parsed
/// into the ITA model and validated, as `ita extract report.txt` does.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let content = DocumentContentReader().read(text: text)
    let source = Source(file: "fuzz.txt", sha256: "", kind: .text, pages: nil)
    guard let report = try? ReportParser().parse(content, source: source) else { return 0 }
    let framework = try? report.fiscalYear.flatMap { try FrameworkLibrary.framework(for: $0) }
    _ = Validator().validate(ValidationContext(report: report, content: content, framework: framework))
    return 0
}

@main
enum Harness {
    static func main() {
        exit(ita_fuzz_run(CommandLine.argc, CommandLine.unsafeArgv) { fuzz($0!, $1) })
    }
}
