import ThaiText

/// The number or bullet before a list item: `1.`, `๒)`, `(3)`, `1.2.`, `7.3.1.1`, `-`, `•`.
enum ListMarker {
    /// Whether `text` (spaces aside) is a list marker and nothing else.
    static func isMarker<Scalars: Collection>(_ text: Scalars) -> Bool where Scalars.Element == Unicode.Scalar {
        var scalars = text.filter { !ThaiCharacter.isWhitespace($0) }[...]
        if scalars.count == 1, let only = scalars.first, "-–•◦▪".unicodeScalars.contains(only) { return true }
        let opening = scalars.first == "("
        if opening { scalars = scalars.dropFirst() }
        var groups = 0
        while let first = scalars.first, isDigit(first) {
            scalars = scalars.drop(while: isDigit)
            groups += 1
            // A section number of three levels or more may end without its dot (`7.3.1`); with
            // two, that is a decimal (`97.51`).
            if scalars.isEmpty, groups >= 3, !opening { return true }
            guard let separator = scalars.first, separator == "." || separator == ")" else { return false }
            if separator == ")" { return scalars.count == 1 }
            scalars = scalars.dropFirst()
        }
        return groups > 0 && scalars.isEmpty && !opening
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ThaiCharacter.isDigit(scalar) }
}
