import ReportLayout

extension PlacedText {
    var provenance: Provenance {
        Provenance(page: page, line: line, rect: rect.map { [$0.x0, $0.y0, $0.x1, $0.y1].map(Provenance.rounded) },
                   source: ocrConfidence == nil ? nil : .ocr, confidence: ocrConfidence.map { ($0 * 10).rounded() / 10 })
    }
}

extension Provenance {
    static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}

extension OCRPage {
    public init(_ summary: OCRPageSummary) {
        self.init(page: summary.page, kind: summary.kind == .page ? .page : .pictures, words: summary.words,
                  meanConfidence: summary.meanConfidence.map { ($0 * 10).rounded() / 10 })
    }
}
