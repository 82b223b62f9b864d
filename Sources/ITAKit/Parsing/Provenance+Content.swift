import ReportLayout

extension PlacedText {
    var provenance: Provenance {
        Provenance(page: page, line: line, rect: rect.map { [$0.x0, $0.y0, $0.x1, $0.y1].map(Provenance.rounded) })
    }
}

extension Provenance {
    static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
