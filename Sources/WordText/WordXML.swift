import Foundation

/// The namespaces and the reading of attributes that every part's reader shares.
enum WordXML {
    /// WordprocessingML, as Word writes it (transitional) and in ISO strict form.
    static let wordNamespaces: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]
    static let markupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    static func isWord(_ namespace: String?) -> Bool {
        namespace.map(wordNamespaces.contains) ?? false
    }

    /// The value of the attribute whose local name is `name` (`w:val` → `val`): with
    /// namespaces resolved, attributes keep their qualified names (`XMLPartScanner`).
    static func attribute(_ name: String, in attributes: [String: String]) -> String? {
        if let value = attributes["w:" + name] ?? attributes[name] { return value }
        for (key, value) in attributes where key.hasSuffix(":" + name) { return value }
        return nil
    }

    /// An on/off property (`<w:vanish/>`, `<w:vanish w:val="false"/>`): on unless its value says off.
    static func isOn(_ attributes: [String: String]) -> Bool {
        guard let value = attribute("val", in: attributes)?.lowercased() else { return true }
        return !(value == "0" || value == "false" || value == "off")
    }

    static func integer(_ name: String, in attributes: [String: String]) -> Int? {
        attribute(name, in: attributes).flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }
}
