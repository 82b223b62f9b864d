/// Item codes in the assessment's order: IIT's i, EIT's e, OIT's o, each by number (i2
/// before i10, which text order would not give); a code of another shape after them, by text.
enum ItemCodeOrder {
    static func sorted(_ codes: some Sequence<String>) -> [String] {
        codes.sorted { key($0) < key($1) }
    }

    private static func key(_ code: String) -> (Int, Int, String) {
        let letters = ["i", "e", "o"]
        guard let first = code.first, let tool = letters.firstIndex(of: String(first)),
              let number = Int(code.dropFirst()) else { return (letters.count, 0, code) }
        return (tool, number, code)
    }
}
