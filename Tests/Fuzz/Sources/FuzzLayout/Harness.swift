import FuzzDriver
import Foundation
import PDFText
import ReportLayout

/// Any bytes as the glyphs and rulings of PDF pages, straight into the layout builder: lines,
/// words, marks on their bases, turned (vertical) text, ruled and unruled tables, a table at a
/// page's foot or carried on at the next page's top, then the table merger across pages.
/// The PDF harness reaches this code too, but a few inputs a second through poppler; this one
/// reaches it thousands of times faster.
///
/// Every 8 bytes are one glyph or ruling: byte 0 picks the character (Thai consonants, vowels,
/// marks and digits, ASCII digits and punctuation); bytes 1–2 and 3–4 its x and y in tenths of
/// a point on an A4 page; byte 5 its advance in tenths of a point, byte 6 its height in points
/// (its low 7 bits, modulo 40); when byte 6 has its high bit set the glyph is turned a quarter
/// turn (`vertical`): its advance then runs along y and its height across x, so that such
/// glyphs drawn one above another make a run for `VerticalRunStraightener` (before that bit
/// was read, byte 6 was taken whole, modulo 40). When byte 7 has its high bit set the record
/// is a ruling instead (horizontal for an even byte 0, with byte 5 times 3 as its length). A
/// record whose byte 7 is 0xFF starts a new page. Pages are A4, 842 points high, so that a
/// table may end at a page's foot; each is given the unruled columns at the foot of the page
/// before, as `PDFTextReader.layout(of:after:)` does.
private let alphabet: [Unicode.Scalar] = {
    var scalars: [Unicode.Scalar] = []
    for value in Array(0x0E01...0x0E2E) + Array(0x0E30...0x0E3A) + Array(0x0E40...0x0E4E) + Array(0x0E50...0x0E59) {
        scalars.append(Unicode.Scalar(UInt32(value))!)
    }
    scalars += "0123456789.,:-()/% ABCIOTE“”".unicodeScalars
    return scalars
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    var pages: [(glyphs: [Glyph], rules: [Rect])] = [([], [])]
    var index = 0
    while index + 8 <= bytes.count {
        let record = bytes[index..<(index + 8)]
        index += 8
        let b = Array(record)
        if b[7] == 0xFF {
            pages.append(([], []))
            continue
        }
        let x = min(Double(UInt16(b[1]) << 8 | UInt16(b[2])) / 10, 595)
        let y = min(Double(UInt16(b[3]) << 8 | UInt16(b[4])) / 10, 842)
        if b[7] & 0x80 != 0 {
            let length = Double(b[5]) * 3
            let rule = b[0] % 2 == 0 ? Rect(x0: x, y0: y, x1: min(x + length, 595), y1: y)
                                      : Rect(x0: x, y0: y, x1: x, y1: min(y + length, 842))
            pages[pages.count - 1].rules.append(rule)
        } else {
            let scalar = alphabet[Int(b[0]) % alphabet.count]
            let advance = Double(b[5]) / 10, height = Double((b[6] & 0x7F) % 40)
            let vertical = b[6] & 0x80 != 0
            let rect = vertical ? Rect(x0: x, y0: y, x1: x + height, y1: y + advance)
                                : Rect(x0: x, y0: y, x1: x + advance, y1: y + height)
            pages[pages.count - 1].glyphs.append(Glyph(scalar, rect, drawingOrder: pages[pages.count - 1].glyphs.count + 1,
                                                       vertical: vertical))
        }
    }
    let builder = PageLayoutBuilder()
    var fragments: [TableFragment] = []
    var previous: PageLayout?
    for (number, page) in pages.enumerated() {
        let layout = builder.build(glyphs: page.glyphs, rules: page.rules, pageNumber: number + 1, pageHeight: 842,
                                   continuing: previous?.unruledChannelsAtFoot ?? [])
        previous = layout
        _ = layout.text
        _ = layout.visualLines.map(\.text)
        _ = layout.endsInTable(settings: builder.settings)
        fragments += layout.tableFragments(settings: builder.settings)
    }
    _ = TableMerger().merge(fragments)
    return 0
}

@main
enum Harness {
    static func main() {
        exit(ita_fuzz_run(CommandLine.argc, CommandLine.unsafeArgv) { fuzz($0!, $1) })
    }
}
