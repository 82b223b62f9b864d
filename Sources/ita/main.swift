import Foundation
import PDFText

let doc = try PDFDocument(path: CommandLine.arguments[1])
for n in 1...doc.pageCount {
    let page = try doc.page(n)
    for g in page.glyphs() {
        print(String(format: "%d %04X %.2f %.2f %.2f %.2f", n, g.scalar.value, g.rect.x0, g.rect.y0, g.rect.x1, g.rect.y1))
    }
}
