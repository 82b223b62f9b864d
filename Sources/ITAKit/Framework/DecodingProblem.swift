import Foundation

/// Turns what `JSONDecoder` reports into a place in the file and a problem in plain words,
/// for `FrameworkError`.
///
/// Why not its own message: "Expected to decode Double but found a string instead. Path:
/// tools.Index 1.weightPercent" means little to the staff member who edits the template.
enum DecodingProblem {
    static func error(for error: DecodingError, file: String, data: Data) -> FrameworkError {
        switch error {
        case .keyNotFound(let key, let context):
            return .invalid(file: file, at: place(context.codingPath), problem: "\"\(key.stringValue)\" is missing")
        case .typeMismatch(let type, let context):
            return .invalid(file: file, at: place(context.codingPath), problem: "this should be \(kind(of: type))")
        case .valueNotFound(let type, let context):
            return .invalid(file: file, at: place(context.codingPath), problem: "null where \(kind(of: type)) is needed")
        case .dataCorrupted(let context):
            // With no path, the reader failed before any value: the text is not JSON.
            if context.codingPath.isEmpty, context.debugDescription.contains("not valid JSON") {
                return .notJSON(file: file, line: syntaxErrorLine(in: data))
            }
            return .invalid(file: file, at: place(context.codingPath), problem: context.debugDescription)
        @unknown default:
            return .invalid(file: file, at: "", problem: String(describing: error))
        }
    }

    /// "tools → item 2 → weightPercent": keys by name, list items counted from 1 as people do.
    static func place(_ path: [any CodingKey]) -> String {
        path.map { key in key.intValue.map { "item \($0 + 1)" } ?? key.stringValue }.joined(separator: " → ")
    }

    private static func kind(of type: Any.Type) -> String {
        switch type {
        case is Double.Type, is Int.Type: return "a number"
        case is String.Type: return "text in quotes"
        case is Bool.Type: return "true or false"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return "a list in [ ]" }
            if name.hasPrefix("Dictionary") { return "a group in { }" }
            return "a value of another kind"
        }
    }

    /// The line where JSONSerialization stops ("around character 15"), which JSONDecoder on
    /// Linux does not pass on; nil when it does not say.
    private static func syntaxErrorLine(in data: Data) -> Int? {
        do {
            _ = try JSONSerialization.jsonObject(with: data)
            return nil
        } catch {
            let message = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? ""
            guard let range = message.range(of: #"character \d+"#, options: .regularExpression),
                  let offset = Int(message[range].dropFirst("character ".count)) else { return nil }
            // The offset counts bytes of the UTF-8 text; a line is one more than the line
            // breaks before it.
            return data.prefix(offset).reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        }
    }
}
