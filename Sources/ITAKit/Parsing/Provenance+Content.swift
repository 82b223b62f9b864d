import ReportLayout

extension PlacedText {
    var provenance: Provenance {
        var provenance = Provenance(page: page, line: line, rect: rect.map { [$0.x0, $0.y0, $0.x1, $0.y1].map(Provenance.rounded) },
                                    source: ocrConfidence == nil ? nil : .ocr, confidence: ocrConfidence.map { ($0 * 10).rounded() / 10 })
        if let wordPlace { provenance.place(wordPlace) }
        return provenance
    }
}

extension Provenance {
    /// Takes a Word document's place: `{"paragraph": 12}` or `{"table": 3, "row": 4, "column": 2}`,
    /// with `"part": "header"` or `"footer"` outside the body.
    mutating func place(_ place: WordPlace) {
        paragraph = place.paragraph
        table = place.table
        row = place.row
        column = place.column
        part = place.part == .body ? nil : place.part.rawValue
    }

    static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
