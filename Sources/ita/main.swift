import Foundation
import PDFText
import ReportLayout

let doc = try PDFDocument(path: CommandLine.arguments[1])
if CommandLine.arguments.count > 2 {
    for n in 1...doc.pageCount {
        for g in try doc.page(n).glyphs {
            print(String(format: "%d %04X %.2f %.2f %.2f %.2f", n, g.scalar.value, g.rect.x0, g.rect.y0, g.rect.x1, g.rect.y1))
        }
    }
    exit(0)
}
let builder = PageLayoutBuilder()
for n in 1...doc.pageCount {
    let page = try doc.page(n)
    print(builder.build(glyphs: page.glyphs, pageNumber: n).text, terminator: "\u{0C}")
}
