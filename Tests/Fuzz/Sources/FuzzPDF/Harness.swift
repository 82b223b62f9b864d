import FuzzDriver
import Foundation
import PDFText
import ReportLayout

/// Any bytes as a PDF file, through poppler (PDFText) and the layout reader, as `ita tables`,
/// `ita extract` and `ita text` read a PDF. PDFError is an answer; a crash, a hang or a leak is
/// a finding. PDFDocument opens a path, so each input is written to a file in memory first.
private let path: String = {
    let folder = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    return "\(folder)/ita-fuzz-\(getpid()).pdf"
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes: data, count: size)) else { return 0 }
    guard let document = try? PDFDocument(path: path), document.pageCount > 0 else { return 0 }
    // A damaged file may claim thousands of pages; the first few say as much about the reader.
    let pages = 1...min(document.pageCount, 4)
    for number in pages { _ = try? document.page(number) }
    if document.pageCount <= 4 { _ = try? DocumentContentReader().read(document) }
    try? DocumentTextWriter().write(document, pages: pages) { _ in }
    return 0
}

@main
enum Harness {
    static func main() {
        exit(ita_fuzz_run(CommandLine.argc, CommandLine.unsafeArgv) { fuzz($0!, $1) })
    }
}
