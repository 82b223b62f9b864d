/// The keys a template object may hold, checked so that a misspelt key is reported instead of
/// silently ignored.
///
/// Why: the templates are edited by hand. `JSONDecoder` ignores keys it does not know, so
/// `"aliasses"` would drop the aliases without a word; an optional key is the dangerous
/// case, since nothing else would notice.
enum TemplateKeys {
    /// Keys any object may carry for the people editing it; the loader ignores them.
    static let comments: Set<String> = ["note", "about"]

    static func rejectUnknown(in decoder: any Decoder, allowed: [String]) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        let known = Set(allowed).union(comments)
        for key in container.allKeys where !known.contains(key.stringValue) {
            let expected = allowed.map { "\"\($0)\"" }.joined(separator: ", ")
            throw DecodingError.dataCorruptedError(
                forKey: key, in: container,
                debugDescription: "unknown key \"\(key.stringValue)\" (misspelt?); the keys here are \(expected), and \"note\" for a comment")
        }
    }

    struct AnyKey: CodingKey {
        let stringValue: String
        let intValue: Int?
        init(stringValue: String) { self.stringValue = stringValue; intValue = nil }
        init(intValue: Int) { stringValue = String(intValue); self.intValue = intValue }
    }
}
