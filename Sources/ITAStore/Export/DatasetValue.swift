import ITAKit

/// One cell of an exported table.
public enum DatasetValue: Equatable, Sendable {
    case text(String)
    case integer(Int)
    /// A score: written with at most two decimals, as published (97.28, 95, 98.76).
    case number(Double)
    case bool(Bool)
    case null

    /// The cell as CSV and JSON write it, unquoted: "" for null.
    public var plain: String {
        switch self {
        case .text(let text): return text
        case .integer(let value): return String(value)
        case .number(let value): return Self.score(value)
        case .bool(let value): return value ? "true" : "false"
        case .null: return ""
        }
    }

    /// 97.28 → "97.28", 95.0 → "95", 98.755 → "98.76".
    public static func score(_ value: Double) -> String {
        let rounded = ScoreRounding.twoDecimals(value)
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        return String(rounded)
    }

    init(_ text: String?) { self = text.map { .text($0) } ?? .null }
    init(_ value: Int?) { self = value.map { .integer($0) } ?? .null }
    init(_ value: Double?) { self = value.map { .number($0) } ?? .null }
    init(_ value: Bool?) { self = value.map { .bool($0) } ?? .null }
}
