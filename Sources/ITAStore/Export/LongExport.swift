import GRDB
import ITAKit

/// One row per agency, fiscal year and indicator, then one per item (question) the report
/// scores: agency, province, fiscal_year, tool, indicator (number), indicator_name (the
/// year's canonical name), score, overall, level (the template's spelling), passes, row_kind
/// (`indicator` or `item`) and item (the item's code, i7; empty on an indicator row). An
/// item row gives the item's score under the indicator and tool it belongs to, so one filter
/// on row_kind keeps the indicator rows exactly as before.
public struct LongExport: Sendable {
    public static let columns = ["agency", "province", "fiscal_year", "tool", "indicator", "indicator_name",
                                 "score", "overall", "level", "passes", "row_kind", "item"]

    public init() {}

    public func table(_ store: ReportStore) throws -> DatasetTable {
        let rows = try store.reader.read { db in
            // Ordered by agency, year, then a report's indicators before its items, each in
            // its own order.
            try Row.fetchAll(db, sql: """
                SELECT a.name, a.province, r.fiscal_year, i.tool, i.number, i.name, i.score,
                       r.overall_score, COALESCE(r.level, r.level_written), r.passes,
                       'indicator', NULL, 0, i.number
                FROM indicator_score i
                JOIN report r ON r.id = i.report_id
                JOIN agency a ON a.id = r.agency_id
                UNION ALL
                SELECT a.name, a.province, r.fiscal_year, t.tool, t.indicator,
                       (SELECT s.name FROM indicator_score s WHERE s.report_id = t.report_id AND s.number = t.indicator),
                       t.score, r.overall_score, COALESCE(r.level, r.level_written), r.passes,
                       'item', t.code, 1, t.position
                FROM item_score t
                JOIN report r ON r.id = t.report_id
                JOIN agency a ON a.id = r.agency_id
                ORDER BY 1, 2, 3, 13, 14
                """)
        }
        let table = DatasetTable(columns: Self.columns, rows: rows.map { row in
            let year: Int = row[2]
            let number: Int = row[4]
            // An item of an indicator the report gives no score for still gets its name.
            let name = (row[5] as String?) ?? (try? FrameworkLibrary.framework(for: year))??.indicator(number)?.name
            return [DatasetValue(row[0] as String?), DatasetValue(row[1] as String?), .integer(year),
                    DatasetValue(row[3] as String?), .integer(number), DatasetValue(name),
                    DatasetValue(row[6] as Double?), DatasetValue(row[7] as Double?), DatasetValue(row[8] as String?),
                    DatasetValue(row[9] as Bool?), DatasetValue(row[10] as String?), DatasetValue(row[11] as String?)]
        })
        return try store.reader.read { try Self.addingListResults(to: table, $0) }
    }

    /// The results of results lists: a row per tool a list's row prints (`row_kind` `list`,
    /// the tool's score; no indicator), or one without a tool when it prints none, after the
    /// reports' rows, with a last column `source` (`report`, or `list FILE row N`); the table
    /// as it was when the dataset holds no list.
    static func addingListResults(to table: DatasetTable, _ db: Database) throws -> DatasetTable {
        guard let prepared = try DatasetTable.withSourceColumn(table, db) else { return table }
        var table = prepared.table
        let results = prepared.results
        for result in results {
            let tools = result.tools.isEmpty ? [(String?.none, Double?.none)]
                : ["IIT", "EIT", "OIT"].compactMap { code in result.tools[code].map { (Optional(code), Optional($0)) } }
            for (code, score) in tools {
                table.rows.append([.text(result.agency), DatasetValue(result.province), .integer(result.fiscalYear),
                                   DatasetValue(code), .null, .null, DatasetValue(score), DatasetValue(result.overall),
                                   DatasetValue(result.level), DatasetValue(result.passes), .text("list"), .null,
                                   .text(result.source)])
            }
        }
        return table
    }
}