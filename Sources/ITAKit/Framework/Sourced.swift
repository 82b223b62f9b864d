/// A value of a framework template together with its source note, written in the template as
/// `{"value": 30, "source": "[D] §1.1: …"}`, with `"status": "hypothesis"` when the value is
/// only a hypothesis.
///
/// Why one shape for every value: a person editing the file learns one pattern, and the loader
/// can refuse a value whose origin is not stated (see `SourceNote`).
public struct Sourced<Value: Decodable & Sendable>: Decodable, Sendable {
    public let value: Value
    public let source: SourceNote

    private enum Key: String, CodingKey, CaseIterable { case value, source, status }

    public init(from decoder: any Decoder) throws {
        guard let container = try? decoder.container(keyedBy: Key.self) else {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: decoder.codingPath,
                debugDescription: "every value is written with its source, as {\"value\": …, \"source\": \"[C] where it comes from\"} (marks [C], [D], [S], [U])"))
        }
        try TemplateKeys.rejectUnknown(in: decoder, allowed: Key.allCases.map(\.rawValue))
        value = try container.decode(Value.self, forKey: .value)
        source = try Self.note(in: container, sourceKey: .source, statusKey: .status)
    }

    /// The note under `sourceKey`, with the hypothesis flag under `statusKey`. Shared with the
    /// level rule, which carries a note of its own next to its values.
    static func note<K: CodingKey>(in container: KeyedDecodingContainer<K>, sourceKey: K, statusKey: K) throws -> SourceNote {
        let text = try container.decode(String.self, forKey: sourceKey)
        let status = try container.decodeIfPresent(String.self, forKey: statusKey)
        switch status {
        case nil, "hypothesis": break
        default:
            throw DecodingError.dataCorruptedError(
                forKey: statusKey, in: container,
                debugDescription: "\"status\" can only be \"hypothesis\" (leave it out for an established value), not \"\(status!)\"")
        }
        guard let note = SourceNote(text: text, isHypothesis: status == "hypothesis") else {
            throw DecodingError.dataCorruptedError(
                forKey: sourceKey, in: container,
                debugDescription: "a source starts with its mark, [C] confirmed, [D] derived, [S] secondary or [U] unknown, then says where (e.g. \"[C] ita-framework.md §1.3\"); found \"\(text)\"")
        }
        guard !note.reference.isEmpty else {
            throw DecodingError.dataCorruptedError(
                forKey: sourceKey, in: container,
                debugDescription: "the source \"\(text)\" has a mark but no reference: say where the value comes from")
        }
        // An unknown value given anyway is an assumption; presenting it as fact is what the
        // marks are there to prevent.
        if note.mark == .unknown, !note.isHypothesis {
            throw DecodingError.dataCorruptedError(
                forKey: sourceKey, in: container,
                debugDescription: "a value marked [U] (not found) is an assumption: add \"status\": \"hypothesis\" next to its source")
        }
        return note
    }
}
