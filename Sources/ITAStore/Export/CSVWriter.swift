import Foundation

/// CSV as RFC 4180 writes it, for Excel: a UTF-8 byte-order mark first (without it Excel
/// reads UTF-8 as the local code page and Thai comes out garbled), CR LF line ends, a field
/// quoted when it holds a comma, a quote or a line break, its quotes doubled.
public enum CSVWriter {
    public static let byteOrderMark = "\u{FEFF}"

    public static func data(_ table: DatasetTable) -> Data {
        Data(string(table).utf8)
    }

    public static func string(_ table: DatasetTable) -> String {
        var text = byteOrderMark
        text += table.columns.map(field).joined(separator: ",") + "\r\n"
        for row in table.rows {
            text += row.map { field($0.plain) }.joined(separator: ",") + "\r\n"
        }
        return text
    }

    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
