/// Helpers for readable failure messages: Thai marks are hard to read on their own, so
/// messages show code points too.
enum ScalarDescription {
    static func codePoints(_ text: String) -> String {
        text.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }
            .joined(separator: " ")
    }

    static func describe(_ text: String) -> String {
        "\"\(text)\" [\(codePoints(text))]"
    }

    /// Builds a string from code points, for inputs that cannot be typed readably.
    static func string(_ codePoints: UInt32...) -> String {
        var result = ""
        for value in codePoints { result.unicodeScalars.append(Unicode.Scalar(value)!) }
        return result
    }
}
