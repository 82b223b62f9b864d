import Foundation

/// A table as a JSON array of objects, one a line, keys in the table's column order, scores
/// as numbers with at most two decimals, null for what a report does not give.
public enum JSONTableWriter {
    public static func data(_ table: DatasetTable) -> Data {
        Data(string(table).utf8)
    }

    public static func string(_ table: DatasetTable) -> String {
        let keys = table.columns.map(quoted)
        let lines = table.rows.map { row in
            "  {" + zip(keys, row).map { "\($0): \(value($1))" }.joined(separator: ", ") + "}"
        }
        return lines.isEmpty ? "[]\n" : "[\n" + lines.joined(separator: ",\n") + "\n]\n"
    }

    private static func value(_ cell: DatasetValue) -> String {
        switch cell {
        case .text(let text): return quoted(text)
        case .null: return "null"
        default: return cell.plain
        }
    }

    private static func quoted(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        // Encoding a String cannot fail.
        return String(decoding: (try? encoder.encode(text)) ?? Data("\"\"".utf8), as: UTF8.self)
    }
}
