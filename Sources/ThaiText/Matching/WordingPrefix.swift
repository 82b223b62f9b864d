/// How alike a text is to the start of a known wording: reports quote a question cut short
/// (`เจ้าหน้าที่ของหน่วยงานท่าน...`), so a whole-name comparison would find them far apart.
/// Both sides are reduced by `ComparableName`; the quote stops at its first ellipsis.
public enum WordingPrefix {
    /// 1 − edit distance ÷ length over the first `min(quote, wording)` scalars; 0 when that
    /// length is under `shortest` (a few letters alike say nothing).
    public static func similarity(of quote: String, to wording: String, shortest: Int) -> Double {
        var quote = quote
        for ellipsis in ["...", "…", ".."] {
            if let cut = quote.range(of: ellipsis) { quote = String(quote[..<cut.lowerBound]) }
        }
        let written = ComparableName(quote).scalars
        let known = ComparableName(wording).scalars
        let length = min(written.count, known.count)
        guard length >= shortest, length > 0 else { return 0 }
        let distance = EditDistance.between(Array(written.prefix(length)), Array(known.prefix(length)), limit: length) ?? length
        return 1 - Double(distance) / Double(length)
    }
}
