import ReportLayout

/// Where a place of a Word document stands in reading order: its paragraphs and its tables
/// are numbered apart (`ย่อหน้าที่ 12`, `ตารางที่ 3`), and findings are listed in the order of
/// the document. Empty for a PDF or a text report.
struct WordDocumentOrder {
    private struct Key: Hashable {
        var part: String?
        var paragraph: Int?
        var table: Int?
    }

    private var positions: [Key: Int] = [:]

    init(_ content: DocumentContent) {
        for line in content.lines {
            guard let place = line.wordPlace else { continue }
            positions[Self.key(place)] = place.order
        }
        for table in content.tables {
            guard let place = table.rows.first?.cells.first?.wordPlace else { continue }
            positions[Self.key(place)] = place.order
        }
    }

    private static func key(_ place: WordPlace) -> Key {
        Key(part: place.part == .body ? nil : place.part.rawValue, paragraph: place.paragraph, table: place.table)
    }

    /// The position of `place` in the document; 0 when it is not a Word document's place.
    func position(of place: Provenance?) -> Int {
        guard let place, place.isInWordDocument else { return 0 }
        return positions[Key(part: place.part, paragraph: place.paragraph, table: place.table)] ?? 0
    }
}
