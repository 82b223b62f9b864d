extension StringProtocol {
    /// The text without white space at its ends: what Foundation's
    /// `trimmingCharacters(in: .whitespaces)` gives, scalar for scalar, without its round trip
    /// through `NSString`, which on Linux costs more than the readers' own work on a short cell.
    public func trimmingWhitespace() -> String {
        trimmingScalars(where: Unicode.Scalar.isFoundationWhitespace)
    }

    /// What `trimmingCharacters(in: .whitespacesAndNewlines)` gives: white space and line breaks
    /// gone from both ends.
    public func trimmingWhitespaceAndNewlines() -> String {
        trimmingScalars(where: Unicode.Scalar.isFoundationWhitespaceOrNewline)
    }

    private func trimmingScalars(where isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = Substring(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }),
              let last = scalars.lastIndex(where: { !isTrimmed($0) }) else { return "" }
        return String(scalars[first...last])
    }
}

extension Unicode.Scalar {
    /// Foundation's `CharacterSet.whitespaces` on Linux: the tab, the space separators and the
    /// zero-width space (which Foundation counts with them, though Unicode does not).
    static func isFoundationWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Foundation's `CharacterSet.whitespacesAndNewlines`: the above and the line breaks
    /// (U+000A–U+000D, U+0085, U+2028, U+2029).
    static func isFoundationWhitespaceOrNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: isFoundationWhitespace(scalar)
        }
    }
}
