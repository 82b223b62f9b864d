extension String {
    /// The text with every `scalar` put as `replacement`: what Foundation's
    /// `replacingOccurrences(of:with:)` gives for a line break or a tab (scalars that join no
    /// other), without its round trip through `NSString`; the text itself when it holds none.
    public func replacingScalar(_ scalar: Unicode.Scalar, with replacement: Unicode.Scalar) -> String {
        guard unicodeScalars.contains(scalar) else { return self }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: unicodeScalars.lazy.map { $0 == scalar ? replacement : $0 })
        return String(result)
    }
}
