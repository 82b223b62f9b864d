/// Markup left in text copied from web pages and the seed's own format (`<p>`, `</p>`, `<br/>`):
/// where a tag ends, so that callers can drop it.
public enum MarkupTag {
    /// Tags longer than this are taken for text with a `<` in it, not markup.
    static let maximumLength = 12

    /// The index of the `>` that closes a tag opening at `start` (a `<`), or nil when what
    /// follows is not a short ASCII tag name.
    public static func end(in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start + 1
        while index < scalars.count, index - start <= maximumLength {
            let scalar = scalars[index]
            if scalar == ">" { return index > start + 1 ? index : nil }
            guard scalar.isASCII, scalar.properties.isAlphabetic || scalar == "/" || ("0"..."9").contains(scalar) else {
                return nil
            }
            index += 1
        }
        return nil
    }
}
