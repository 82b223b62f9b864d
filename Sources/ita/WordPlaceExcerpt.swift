import ReportLayout
import WordText

/// What `ita serve` shows for a finding in a Word document, instead of a page picture: the
/// paragraph's lines, or the table row with its table's first row (its header) above it and the
/// column of the finding's cell.
struct WordPlaceExcerpt: Encodable, Equatable {
    /// `paragraph` or `row`.
    var kind: String
    var lines: [String]?
    var header: [String]?
    var cells: [String]?
    /// The cell of the finding, from 1.
    var column: Int?

    /// The excerpt at a place as the JSON gives it: `paragraph`, or `table` and `row` (with
    /// `column`), in the body or in the `part` named (`header`, `footer`).
    static func find(in document: WordDocument, part: String?, paragraph: Int?, table: Int?, row: Int?, column: Int?) -> WordPlaceExcerpt? {
        let wanted = WordPlace.Part(rawValue: part ?? "body") ?? .body
        func matches(_ place: WordPlace?) -> Bool {
            guard let place, place.part == wanted else { return false }
            if let paragraph { return place.paragraph == paragraph }
            return place.table == table && place.row == row
        }
        var lines: [String] = []
        for block in document.blocks {
            switch block {
            case .line(let line) where matches(line.wordPlace):
                lines.append(line.text)
            case .table(let found) where paragraph != nil && matches(found.rows.first?.cells.first?.wordPlace):
                // A table OCR read in a picture stands at the picture's paragraph: its rows as lines.
                lines += found.rows.map { $0.cells.map(\.text).joined(separator: "\t") }
            case .table(let found) where paragraph == nil && found.rows.first?.cells.first?.wordPlace?.table == table:
                guard let match = found.rows.first(where: { matches($0.cells.first?.wordPlace) }) else { return nil }
                return WordPlaceExcerpt(kind: "row", header: found.rows.first.map { $0.cells.map(\.text) },
                                        cells: match.cells.map(\.text), column: column)
            default:
                continue
            }
        }
        // A paragraph, or a row of a table of one column, read as lines.
        return lines.isEmpty ? nil : WordPlaceExcerpt(kind: "paragraph", lines: lines, column: column)
    }
}
