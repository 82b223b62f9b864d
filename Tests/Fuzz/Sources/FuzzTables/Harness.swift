import FuzzDriver
import Foundation
import ReportLayout

/// Any bytes, as UTF-8 text, through the table builder twice: as a text report's tables
/// (`TextTableReader`), and as table fragments of pages given straight to `TableMerger`, the
/// way a PDF's pages give them: pages split at form feeds, rows at line ends, cells at tabs; a
/// page whose text starts with `+` continues the table of the page before.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = TextTableReader().tables(in: text)
    var fragments: [TableFragment] = []
    for (page, pageText) in text.split(separator: "\u{0C}", omittingEmptySubsequences: false).enumerated() {
        let rows = pageText.split(separator: "\n").map { line in
            TableRow(cells: line.split(separator: "\t", omittingEmptySubsequences: false).map { TableCell(text: String($0), page: page + 1) })
        }
        guard !rows.isEmpty else { continue }
        fragments.append(TableFragment(rows: rows, page: page + 1, followsPrevious: pageText.hasPrefix("+")))
    }
    let tables = TableMerger().merge(fragments)
    let cellsIn = fragments.reduce(0) { $0 + $1.rows.count }
    let cellsOut = tables.reduce(0) { $0 + $1.rows.count }
    if cellsOut > cellsIn { fatalError("TableMerger made \(cellsOut) rows out of \(cellsIn)") }
    return 0
}

@main
enum Harness {
    static func main() {
        exit(ita_fuzz_run(CommandLine.argc, CommandLine.unsafeArgv) { fuzz($0!, $1) })
    }
}
