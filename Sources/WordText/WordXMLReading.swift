import Foundation

/// Reads one XML part with a delegate, within the nesting limit, refusing a DTD (Word never
/// writes one, and it is how XML declares the entities of an expansion bomb) and bytes that are
/// not UTF-8 (Word writes every part in UTF-8).
enum WordXMLReading {
    static func parse(_ data: Data, part: String, path: String, settings: WordReadingSettings,
                      delegate: some WordPartDelegate) throws {
        if declaresDTD(data) { throw WordDocumentError.damagedPart(path: path, part: part, line: 1) }
        if !isUTF8(data) { throw WordDocumentError.damagedPart(path: path, part: part, line: nil) }
        let scanner = XMLPartScanner(depthLimit: settings.maxNestingDepth)
        let withinDepth: Bool
        do {
            withinDepth = try scanner.scan([UInt8](data), delegate: delegate)
        } catch let malformed as XMLPartScanner.Malformed {
            throw WordDocumentError.damagedPart(path: path, part: part, line: malformed.line)
        }
        if !withinDepth { throw WordDocumentError.nestedTooDeep(path: path, part: part, limit: settings.maxNestingDepth) }
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
