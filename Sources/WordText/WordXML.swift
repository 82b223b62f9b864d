import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

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
    /// namespaces processed, XMLParser still gives attributes their qualified names.
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

/// Reads one XML part with a delegate, within the nesting limit, refusing a DTD (Word never
/// writes one, and it is how XML declares the entities of an expansion bomb) and bytes that are
/// not UTF-8: Foundation's XMLParser on Linux stops the process on an element or attribute
/// name that is not (found by the fuzz test), where it should report an error.
enum WordXMLReading {
    static func parse(_ data: Data, part: String, path: String, settings: WordReadingSettings,
                      delegate: some WordPartDelegate) throws {
        if declaresDTD(data) { throw WordDocumentError.damagedPart(path: path, part: part, line: 1) }
        if !isUTF8(data) { throw WordDocumentError.damagedPart(path: path, part: part, line: nil) }
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        let guarded = DepthGuard(delegate: delegate, limit: settings.maxNestingDepth)
        parser.delegate = guarded
        // On Linux, parse() answers true even when it met an error: the error is the answer.
        let parsed = parser.parse() && parser.parserError == nil
        if guarded.exceeded { throw WordDocumentError.nestedTooDeep(path: path, part: part, limit: settings.maxNestingDepth) }
        if !parsed { throw WordDocumentError.damagedPart(path: path, part: part, line: parser.lineNumber > 0 ? parser.lineNumber : nil) }
    }

    /// Whether `data` is UTF-8, as Word writes every part (a part in UTF-16, which the standard
    /// allows and Word does not write, is refused with the rest).
    static func isUTF8(_ data: Data) -> Bool {
        data.withUnsafeBytes { String(validating: $0.bindMemory(to: UInt8.self), as: UTF8.self) != nil }
    }

    /// Whether the prolog (what comes before the first element) holds `<!DOCTYPE`.
    static func declaresDTD(_ data: Data) -> Bool {
        let doctype = Data("<!DOCTYPE".utf8)
        var index = data.startIndex
        // The prolog: the XML declaration, comments, processing instructions, white space.
        while let open = data[index...].firstIndex(of: UInt8(ascii: "<")) {
            let rest = data[open...]
            if rest.starts(with: doctype) { return true }
            guard let next = rest.dropFirst().first, next == UInt8(ascii: "?") || next == UInt8(ascii: "!") else { return false }
            guard let close = rest.firstIndex(of: UInt8(ascii: ">")) else { return false }
            index = data.index(after: close)
        }
        return false
    }
}

/// What the readers of parts implement: the element events they need, with namespaces.
protocol WordPartDelegate: AnyObject {
    func start(_ name: String, namespace: String?, attributes: [String: String])
    func end(_ name: String, namespace: String?)
    func characters(_ text: String)
}

extension WordPartDelegate {
    func characters(_ text: String) {}
}

/// Passes the events on while the nesting stays within the limit; past it, stops the parser.
private final class DepthGuard<Delegate: WordPartDelegate>: NSObject, XMLParserDelegate {
    let delegate: Delegate
    let limit: Int
    var depth = 0
    var exceeded = false

    init(delegate: Delegate, limit: Int) {
        self.delegate = delegate
        self.limit = limit
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        depth += 1
        if depth > limit {
            exceeded = true
            parser.abortParsing()
            return
        }
        delegate.start(elementName, namespace: namespaceURI, attributes: attributeDict)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        depth -= 1
        guard !exceeded else { return }
        delegate.end(elementName, namespace: namespaceURI)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !exceeded else { return }
        delegate.characters(string)
    }
}
