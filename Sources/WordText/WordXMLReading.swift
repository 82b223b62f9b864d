import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

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
