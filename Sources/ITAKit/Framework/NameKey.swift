import ThaiText

/// The form in which names from a template and names as a report writes them are compared:
/// Thai text repaired by `ThaiNormalizer` (SARA AM written ํ + า, marks out of order, PUA
/// glyphs), without white space or quotation marks, Latin letters in capitals.
///
/// Why: the same level or indicator reaches us as “ผ่านดี”, ผ่าน ดี, or การใช้อํานาจ with a
/// decomposed SARA AM; none of that is a different name. Spelling variants that are more
/// than that (การปรับปรุงกระบวนการทำงาน) are listed as aliases in the templates instead.
enum NameKey {
    private static let normalizer = ThaiNormalizer()
    private static let dropped: Set<Character> = ["\"", "'", "“", "”", "‘", "’", "«", "»"]

    static func of(_ name: String) -> String {
        let normalized = normalizer.normalize(name)
        return String(normalized.filter { !$0.isWhitespace && !dropped.contains($0) }).uppercased()
    }
}
