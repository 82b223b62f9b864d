/// The relationships of a part (`word/_rels/document.xml.rels`): where the document's main
/// part, styles, numbering, headers and footers are, by the type of each relationship.
struct WordRelationships {
    struct Relationship: Equatable {
        var id: String
        /// The last segment of the type URI: `officeDocument`, `styles`, `numbering`, `header`, `footer`.
        var kind: String
        /// The target's part name, resolved against the source part's folder.
        var target: String
    }

    var relationships: [Relationship] = []

    /// The target of the relationship with `id`, nil when there is none.
    func target(id: String) -> String? {
        relationships.first { $0.id == id }?.target
    }

    func targets(ofKind kind: String) -> [String] {
        relationships.filter { $0.kind == kind }.map(\.target)
    }

    /// The relationships part of `part` (`word/document.xml` → `word/_rels/document.xml.rels`).
    static func relationshipsPart(of part: String) -> String {
        let folder = folder(of: part)
        let name = part.split(separator: "/").last.map(String.init) ?? part
        return (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
    }

    static func folder(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[..<slash])
    }

    /// `target` as a part name: absolute (`/word/header1.xml`) or relative to `folder`,
    /// with `..` and `.` segments resolved.
    static func resolve(_ target: String, from folder: String) -> String {
        var segments: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
        for segment in target.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }
}
