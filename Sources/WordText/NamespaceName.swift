/// What a namespace declaration may name, as libxml2 checked it (a part it refused for a
/// damaged declaration is refused here too): a URI reference (RFC 3986: unreserved and
/// reserved characters, `%` and two hex digits, a port of digits, brackets only around an IP
/// literal); for the default namespace, an absolute one (`http://…`, `urn:…`).
enum NamespaceName {
    static func isAbsoluteURI(_ text: String) -> Bool {
        isURIReference(text) && scheme(of: Array(text.utf8)) != nil
    }

    static func isURIReference(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var rest = bytes[...]
        if let scheme = scheme(of: bytes) {
            rest = bytes[(scheme + 1)...]
        } else if let colon = bytes.firstIndex(of: UInt8(ascii: ":")),
                  !bytes[..<colon].contains(where: { "/?#".utf8.contains($0) }) {
            // A colon before the first slash is a scheme's, and this is no scheme.
            return false
        }
        var index = rest.startIndex
        while index < rest.endIndex {
            let byte = rest[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < rest.endIndex, isHex(rest[index + 1]), isHex(rest[index + 2]) else { return false }
                index += 3
                continue
            }
            guard isLetter(byte) || isDigit(byte) || "-._~:/?#@!$&'()*+,;=".utf8.contains(byte)
                    || ((byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]")) && isInIPLiteral(index, of: rest)) else { return false }
            index += 1
        }
        if rest.starts(with: "//".utf8) {
            let authority = rest.dropFirst(2).prefix { !"/?#".utf8.contains($0) }
            let host = authority.drop { $0 != UInt8(ascii: "@") }.dropFirst()
            let hostAndPort = host.isEmpty && !authority.contains(UInt8(ascii: "@")) ? authority : host
            let afterLiteral = hostAndPort.first == UInt8(ascii: "[")
                ? hostAndPort.drop { $0 != UInt8(ascii: "]") }.dropFirst() : hostAndPort
            if let portColon = afterLiteral.firstIndex(of: UInt8(ascii: ":")) {
                let port = afterLiteral[(portColon + 1)...]
                guard !port.isEmpty, port.allSatisfy(isDigit) else { return false }
            }
        }
        return true
    }

    /// The index of the colon that ends the scheme (`http:`), if the text starts with one.
    private static func scheme(of bytes: [UInt8]) -> Int? {
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > 0, isLetter(bytes[0]),
              bytes[1..<colon].allSatisfy({ isLetter($0) || isDigit($0) || "+-.".utf8.contains($0) }) else { return nil }
        return colon
    }

    /// Whether a bracket at `index` belongs to an authority's `[…]` host.
    private static func isInIPLiteral(_ index: Int, of rest: ArraySlice<UInt8>) -> Bool {
        guard rest.starts(with: "//".utf8) else { return false }
        let authority = rest.dropFirst(2).prefix { !"/?#".utf8.contains($0) }
        guard authority.indices.contains(index), let open = authority.firstIndex(of: UInt8(ascii: "[")),
              let close = authority.firstIndex(of: UInt8(ascii: "]")), open < close else { return false }
        return index == open || index == close
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
    private static func isHex(_ byte: UInt8) -> Bool { isDigit(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte) }
}
