import PDFText

/// Clusters with no word gap between them.
public struct TextWord: Equatable, Sendable {
    public var clusters: [TextCluster]
    public var rect: Rect

    init(_ clusters: [TextCluster]) {
        self.clusters = clusters
        self.rect = clusters.dropFirst().reduce(clusters[0].rect) { $0.union($1.rect) }
    }

    public var text: String {
        var scalars = String.UnicodeScalarView()
        for cluster in clusters { cluster.append(to: &scalars) }
        return String(scalars)
    }
}
