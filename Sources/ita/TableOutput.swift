import ArgumentParser
import Foundation
import ReportLayout

/// The formats `ita tables` writes.
enum TableFormat: String, ExpressibleByArgument, CaseIterable {
    case json, tsv, csv
}

/// Writes tables as JSON (`{"tables":[{"pages","rows":[{"cells":[{"text","page","rect"}]}]}]}`;
/// a Word document's cells have `table`, `row` and `column` instead of a page),
/// or as TSV or CSV with one line per row, led by the table and row numbers.
enum TableOutput {
    static func render(_ tables: [Table], as format: TableFormat) throws -> String {
        switch format {
        case .json: return try json(tables)
        case .tsv: return delimited(tables, separator: "\t", quote: tsvField)
        case .csv: return delimited(tables, separator: ",", quote: csvField)
        }
    }

    private struct Document: Encodable {
        var tables: [JSONTable]
    }

    private struct JSONTable: Encodable {
        var pages: [Int]
        var rows: [JSONRow]
    }

    private struct JSONRow: Encodable {
        var cells: [JSONCell]
    }

    private struct JSONCell: Encodable {
        var text: String
        var page: Int?
        var rect: [Double]?
        var line: Int?
        /// A Word document's cell: its table, row and grid column, from 1.
        var table: Int?
        var row: Int?
        var column: Int?
    }

    private static func json(_ tables: [Table]) throws -> String {
        let document = Document(tables: tables.map { table in
            JSONTable(pages: table.pages, rows: table.rows.map { row in
                JSONRow(cells: row.cells.map { cell in
                    JSONCell(text: cell.text, page: cell.page,
                             rect: cell.rect.map { [$0.x0, $0.y0, $0.x1, $0.y1].map(rounded) },
                             line: cell.line, table: cell.wordPlace?.table, row: cell.wordPlace?.row,
                             column: cell.wordPlace?.column)
                })
            })
        })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }

    private static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }

    private static func delimited(_ tables: [Table], separator: String, quote: (String) -> String) -> String {
        var lines = [["table", "row"].joined(separator: separator)]
        for (tableIndex, table) in tables.enumerated() {
            for (rowIndex, row) in table.rows.enumerated() {
                let fields = ["\(tableIndex + 1)", "\(rowIndex + 1)"] + row.cells.map { quote($0.text) }
                lines.append(fields.joined(separator: separator))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// TSV has no quoting: a cell's tabs and line breaks become spaces and `\n`.
    private static func tsvField(_ text: String) -> String {
        text.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: "\\n")
    }

    /// RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled.
    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
