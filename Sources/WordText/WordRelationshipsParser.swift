/// Reads a relationships part.
final class WordRelationshipsParser: WordPartDelegate {
    private let folder: String
    private(set) var result = WordRelationships()

    /// `sourcePart`: the part the relationships belong to; its folder resolves relative targets.
    init(sourcePart: String) {
        folder = WordRelationships.folder(of: sourcePart)
    }

    func start(_ name: String, namespace: String?, attributes: [String: String]) {
        guard name == "Relationship", let id = attributes["Id"], let type = attributes["Type"],
              let target = attributes["Target"] else { return }
        // A link to a web page or a file outside the package is no part of it.
        if attributes["TargetMode"] == "External" { return }
        let kind = type.split(separator: "/").last.map(String.init) ?? type
        result.relationships.append(.init(id: id, kind: kind, target: WordRelationships.resolve(target, from: folder)))
    }

    func end(_ name: String, namespace: String?) {}
}
