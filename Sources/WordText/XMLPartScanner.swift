/// Reads one XML part of a Word document (UTF-8, no DTD: `WordXMLReading` refuses the rest
/// before) and hands its elements and text to a delegate, with namespaces resolved: the
/// element's local name and namespace, its attributes by qualified name (`w:val`), its text
/// with references decoded and line ends made `\n`. Comments, processing instructions and
/// CDATA sections are passed over.
///
/// Foundation's XMLParser did this through libxml2, which every run of ita then loaded with
/// the ICU libraries it needs (1.2 ms of each start, for a document format few runs read).
/// What is not well-formed XML with namespaces is refused, as libxml2 refused it: a part that
/// is not is damaged, and is reported as such with the line where the reading stopped.
struct XMLPartScanner {
    /// Where a part stopped being well-formed: the line (from 1) of the offending byte.
    struct Malformed: Error, Equatable {
        var line: Int
    }

    /// How deep elements may nest; deeper, the scan stops and says so.
    var depthLimit: Int

    /// Reads `bytes` to the end. Returns false when the nesting went past `depthLimit` (the
    /// events stop there); throws `Malformed` for a part that is not well-formed.
    func scan(_ bytes: [UInt8], delegate: some WordPartDelegate) throws -> Bool {
        var reader = Reader(bytes: bytes, depthLimit: depthLimit)
        return try reader.read(delegate)
    }
}

private let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

private struct Reader {
    let bytes: [UInt8]
    let depthLimit: Int
    var position = 0
    /// The open elements' qualified names, outermost first.
    var open: [ArraySlice<UInt8>] = []
    /// Namespace bindings in scope: prefix ("" for the default) → namespace, innermost last,
    /// with the depth that declared each.
    var bindings: [(prefix: String, namespace: String?, depth: Int)] = [("xml", xmlNamespace, 0)]
    /// A fault of the namespaces (an undeclared prefix, a namespace name that is no absolute
    /// URI): the part is refused, but, as libxml2 did, only at its end, so that a fault of the
    /// XML itself further on is the one reported, with its line.
    var namespaceFault = false

    init(bytes: [UInt8], depthLimit: Int) {
        self.bytes = bytes
        self.depthLimit = depthLimit
        // A byte-order mark before the declaration is allowed.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    mutating func read(_ delegate: some WordPartDelegate) throws -> Bool {
        if bytes[position...].starts(with: Array("<?xml".utf8)), position + 5 < bytes.count, isSpace(bytes[position + 5]) {
            try readDeclaration()
        }
        var sawRoot = false
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "<") {
                guard position + 1 < bytes.count else { throw malformed() }
                switch bytes[position + 1] {
                case UInt8(ascii: "?"): try skipInstruction()
                case UInt8(ascii: "!"):
                    if bytes[position...].starts(with: Array("<!--".utf8)) {
                        try skipComment()
                    } else if !open.isEmpty, bytes[position...].starts(with: Array("<![CDATA[".utf8)) {
                        try skipPast(Array("]]>".utf8))
                    } else {
                        throw malformed()
                    }
                case UInt8(ascii: "/"):
                    guard !open.isEmpty else { throw malformed() }
                    try readEndTag(delegate)
                default:
                    // One root element; nothing but comments, instructions and space after it.
                    guard !open.isEmpty || !sawRoot else { throw malformed() }
                    sawRoot = true
                    if try !readStartTag(delegate) { return false }
                }
            } else if open.isEmpty {
                guard isSpace(byte) else { throw malformed() }
                position += 1
            } else {
                try readText(delegate)
            }
        }
        guard sawRoot, open.isEmpty, !namespaceFault else { throw malformed(at: bytes.count) }
        return true
    }

    // MARK: Markup

    /// `<name attributes>` or `<name attributes/>`; false when it goes past the depth limit.
    private mutating func readStartTag(_ delegate: some WordPartDelegate) throws -> Bool {
        position += 1
        let name = try readName()
        var attributes: [(name: ArraySlice<UInt8>, value: String)] = []
        // Names kept in sets: an element of many thousand attributes must not take quadratic time.
        var names: Set<ArraySlice<UInt8>> = []
        var declared: [(prefix: String, namespace: String?)] = []
        var empty = false
        while true {
            let spaced = skipSpaces()
            guard position < bytes.count else { throw malformed() }
            if bytes[position] == UInt8(ascii: ">") { position += 1; break }
            if bytes[position] == UInt8(ascii: "/") {
                guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: ">") else { throw malformed() }
                position += 2
                empty = true
                break
            }
            guard spaced else { throw malformed() }
            let attributeStart = position
            let attribute = try readName()
            skipSpaces()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else { throw malformed() }
            position += 1
            skipSpaces()
            let value = try readAttributeValue()
            guard names.insert(attribute).inserted else { throw malformed(at: attributeStart) }
            if attribute.elementsEqual("xmlns".utf8) {
                if !value.isEmpty, !NamespaceName.isAbsoluteURI(value) { namespaceFault = true }
                declared.append(("", value.isEmpty ? nil : value))
            } else if attribute.starts(with: "xmlns:".utf8) {
                let prefix = String(decoding: attribute.dropFirst(6), as: UTF8.self)
                // A prefix cannot be undeclared, nor bound to the xml namespace's name by another.
                if !NamespaceName.isURIReference(value) || value.isEmpty || prefix == "xmlns"
                    || (prefix == "xml") != (value == xmlNamespace) {
                    namespaceFault = true
                }
                declared.append((prefix, value))
            }
            attributes.append((attribute, value))
        }
        let depth = open.count + 1
        guard depth <= depthLimit else { return false }
        for (prefix, namespace) in declared { bindings.append((prefix, namespace, depth)) }
        let (prefix, local) = split(name)
        let namespace = resolve(prefix)
        var values: [String: String] = [:]
        var seen: Set<[UInt8]> = []
        for (attribute, value) in attributes where !isDeclaration(attribute) {
            let (attributePrefix, attributeLocal) = split(attribute)
            if let attributePrefix {
                // Two attributes of one namespace and local name under two prefixes are one.
                guard let bound = resolve(attributePrefix) else { continue }
                // The namespace and the local name, apart by a byte no name or URI holds.
                if !seen.insert(Array(bound.utf8) + [0] + attributeLocal).inserted { namespaceFault = true }
            }
            values[String(decoding: attribute, as: UTF8.self)] = value
        }
        let localName = String(decoding: local, as: UTF8.self)
        delegate.start(localName, namespace: namespace, attributes: values)
        if empty {
            delegate.end(localName, namespace: namespace)
            bindings.removeAll { $0.depth == depth }
        } else {
            open.append(name)
        }
        return true
    }

    /// `</name>`, which must close the element open last.
    private mutating func readEndTag(_ delegate: some WordPartDelegate) throws {
        position += 2
        let name = try readName()
        skipSpaces()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ">"), name == open.last else { throw malformed() }
        position += 1
        let (prefix, local) = split(name)
        let namespace = resolve(prefix)
        delegate.end(String(decoding: local, as: UTF8.self), namespace: namespace)
        bindings.removeAll { $0.depth == open.count }
        open.removeLast()
    }

    /// `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`: version 1.0, in UTF-8 (the
    /// bytes are read as UTF-8, so a part that says it is in another encoding is refused).
    private mutating func readDeclaration() throws {
        position += 5
        var fields: [(name: String, value: String)] = []
        while true {
            let spaced = skipSpaces()
            guard position < bytes.count else { throw malformed() }
            if bytes[position...].starts(with: Array("?>".utf8)) { position += 2; break }
            guard spaced else { throw malformed() }
            let name = String(decoding: try readName(), as: UTF8.self)
            skipSpaces()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else { throw malformed() }
            position += 1
            skipSpaces()
            fields.append((name, try readAttributeValue()))
        }
        let names = fields.map(\.name)
        let known = ["version", "encoding", "standalone"]
        // In this order, version first, each once.
        guard names.first == "version", names == known.filter(names.contains),
              fields[0].value == "1.0" else { throw malformed(at: position - 2) }
        for (name, value) in fields.dropFirst() {
            switch name {
            case "encoding": guard ["utf-8", "utf8"].contains(value.lowercased()) else { throw malformed(at: position - 2) }
            default: guard value == "yes" || value == "no" else { throw malformed(at: position - 2) }
            }
        }
    }

    private mutating func skipComment() throws {
        position += 4
        while position + 1 < bytes.count {
            if bytes[position] == UInt8(ascii: "-"), bytes[position + 1] == UInt8(ascii: "-") {
                // `--` may only end a comment.
                guard position + 2 < bytes.count, bytes[position + 2] == UInt8(ascii: ">") else { throw malformed() }
                position += 3
                return
            }
            try checkCharacter()
        }
        throw malformed(at: bytes.count)
    }

    /// `<?target …?>`; a second XML declaration is not one.
    private mutating func skipInstruction() throws {
        position += 2
        let target = try readName()
        guard !target.map({ $0 | 0x20 }).elementsEqual("xml".utf8) else { throw malformed() }
        // The target ends the instruction or is followed by a space.
        guard position < bytes.count, isSpace(bytes[position]) || bytes[position...].starts(with: Array("?>".utf8)) else { throw malformed() }
        try skipPast(Array("?>".utf8))
    }

    private mutating func skipPast(_ end: [UInt8]) throws {
        while position < bytes.count {
            if bytes[position] == end[0], bytes[position...].starts(with: end) {
                position += end.count
                return
            }
            try checkCharacter()
        }
        throw malformed(at: bytes.count)
    }

    // MARK: Text

    private mutating func readText(_ delegate: some WordPartDelegate) throws {
        var text: [UInt8] = []
        while position < bytes.count, bytes[position] != UInt8(ascii: "<") {
            let byte = bytes[position]
            if byte == UInt8(ascii: "&") {
                try readReference(into: &text)
            } else if byte == UInt8(ascii: "\r") {
                text.append(UInt8(ascii: "\n"))
                position += position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: "\n") ? 2 : 1
            } else {
                if byte == UInt8(ascii: "]"), bytes[position...].starts(with: Array("]]>".utf8)) { throw malformed() }
                let start = position
                try checkCharacter()
                text.append(contentsOf: bytes[start..<position])
            }
        }
        delegate.characters(String(decoding: text, as: UTF8.self))
    }

    /// A quoted value, references decoded, white space characters made spaces.
    private mutating func readAttributeValue() throws -> String {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") else { throw malformed() }
        let quote = bytes[position]
        position += 1
        var value: [UInt8] = []
        while true {
            guard position < bytes.count else { throw malformed(at: bytes.count) }
            let byte = bytes[position]
            switch byte {
            case quote:
                position += 1
                return String(decoding: value, as: UTF8.self)
            case UInt8(ascii: "<"):
                throw malformed()
            case UInt8(ascii: "&"):
                try readReference(into: &value)
            case UInt8(ascii: "\r"):
                value.append(UInt8(ascii: " "))
                position += position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: "\n") ? 2 : 1
            case UInt8(ascii: "\n"), UInt8(ascii: "\t"):
                value.append(UInt8(ascii: " "))
                position += 1
            default:
                let start = position
                try checkCharacter()
                value.append(contentsOf: bytes[start..<position])
            }
        }
    }

    /// `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&#N;` or `&#xH;`: no other entity exists
    /// in a part without a DTD.
    private mutating func readReference(into text: inout [UInt8]) throws {
        let start = position
        guard let end = bytes[position...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else { throw malformed() }
        let body = bytes[(start + 1)..<end]
        let scalar: Unicode.Scalar?
        switch String(decoding: body, as: UTF8.self) {
        case "amp": scalar = "&"
        case "lt": scalar = "<"
        case "gt": scalar = ">"
        case "quot": scalar = "\""
        case "apos": scalar = "'"
        case let name where name.hasPrefix("#x"):
            scalar = name.count > 2 && name.dropFirst(2).allSatisfy(\.isHexDigit) ? UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) : nil
        case let name where name.hasPrefix("#"):
            scalar = name.count > 1 && name.dropFirst().allSatisfy(\.isASCII) ? UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init) : nil
        default: scalar = nil
        }
        guard let scalar, isXMLCharacter(scalar.value) else { throw malformed() }
        text.append(contentsOf: UTF8.encode(scalar)!)
        position = end + 1
    }

    // MARK: Names and characters

    /// A name (`w:p`, `xml:space`), whose first character cannot be a digit, `-` or `.`.
    private mutating func readName() throws -> ArraySlice<UInt8> {
        let start = position
        while position < bytes.count {
            let (scalar, width) = decode(at: position)
            let allowed = position == start ? isNameStart(scalar) : isNameStart(scalar) || isNameCharacter(scalar)
            guard allowed else { break }
            position += width
        }
        guard position > start else { throw malformed() }
        let name = bytes[start..<position]
        // A qualified name has at most one colon, between a prefix and a local name, each a
        // name of its own (`w:4anose` is not one).
        let colons = name.filter { $0 == UInt8(ascii: ":") }.count
        if colons > 1 || name.first == UInt8(ascii: ":") || name.last == UInt8(ascii: ":") { namespaceFault = true }
        if let colon = name.firstIndex(of: UInt8(ascii: ":")), colon + 1 < name.endIndex,
           !isNameStart(decode(at: colon + 1).0) { namespaceFault = true }
        return name
    }

    private func split(_ name: ArraySlice<UInt8>) -> (prefix: String?, local: ArraySlice<UInt8>) {
        guard let colon = name.firstIndex(of: UInt8(ascii: ":")) else { return (nil, name) }
        return (String(decoding: name[..<colon], as: UTF8.self), name[(colon + 1)...])
    }

    private func isDeclaration(_ attribute: ArraySlice<UInt8>) -> Bool {
        attribute.elementsEqual("xmlns".utf8) || attribute.starts(with: "xmlns:".utf8)
    }

    /// The namespace a prefix stands for (nil prefix: the default, which may be none); none
    /// for a prefix no element in scope declared, a fault of the part.
    private mutating func resolve(_ prefix: String?) -> String? {
        let key = prefix ?? ""
        if let binding = bindings.last(where: { $0.prefix == key }) { return binding.namespace }
        if prefix != nil { namespaceFault = true }
        return nil
    }

    /// Moves past one character, which must be one XML allows.
    private mutating func checkCharacter() throws {
        let (scalar, width) = decode(at: position)
        guard isXMLCharacter(scalar.value) else { throw malformed() }
        position += width
    }

    /// The scalar at `offset` and its width in bytes (the bytes are valid UTF-8).
    private func decode(at offset: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[offset]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for index in 1..<width where offset + index < bytes.count {
            value = value << 6 | UInt32(bytes[offset + index] & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }

    @discardableResult
    private mutating func skipSpaces() -> Bool {
        let start = position
        while position < bytes.count, isSpace(bytes[position]) { position += 1 }
        return position > start
    }

    private func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private func isXMLCharacter(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// XML 1.0 (fifth edition) NameStartChar.
    private func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3A, 0x41...0x5A, 0x5F, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D,
             0x37F...0x1FFF, 0x200C...0x200D, 0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF,
             0xF900...0xFDCF, 0xFDF0...0xFFFD, 0x10000...0xEFFFF: true
        default: false
        }
    }

    /// XML 1.0 (fifth edition) NameChar beyond NameStartChar.
    private func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2D, 0x2E, 0x30...0x39, 0xB7, 0x300...0x36F, 0x203F...0x2040: true
        default: false
        }
    }

    /// The error at the current position (or `offset`): its line counts the line ends before it.
    private func malformed(at offset: Int? = nil) -> XMLPartScanner.Malformed {
        let end = min(offset ?? position, bytes.count)
        var line = 1
        var index = 0
        while index < end {
            if bytes[index] == UInt8(ascii: "\n") { line += 1 }
            else if bytes[index] == UInt8(ascii: "\r"), index + 1 >= bytes.count || bytes[index + 1] != UInt8(ascii: "\n") { line += 1 }
            index += 1
        }
        return XMLPartScanner.Malformed(line: line)
    }
}
