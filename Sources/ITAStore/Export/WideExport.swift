import GRDB
import ITAKit

/// One row per agency and fiscal year: agency, province, district, fiscal_year, overall,
/// level, passes, the tool scores IIT, EIT, OIT (EIT from its parts as the year's template
/// combines them, and the parts as EIT_1, EIT_2 when any report has them), then
/// indicator_1 … indicator_N, then item_i1 … for each item (question) code any report
/// scores, in the assessment's order (i, e, o, each by number); empty where a report has none.
public struct WideExport: Sendable {
    public init() {}

    public func table(_ store: ReportStore) throws -> DatasetTable {
        try store.reader.read { db in
            let reports = try Row.fetchAll(db, sql: """
                SELECT r.id, a.name, a.province, a.district, r.fiscal_year, r.overall_score,
                       COALESCE(r.level, r.level_written), r.passes
                FROM report r JOIN agency a ON a.id = r.agency_id
                ORDER BY a.name, a.province, r.fiscal_year
                """)
            var tools: [Int64: [(code: String, part: Int?, score: Double?)]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT report_id, code, part, score FROM tool_score ORDER BY id") {
                tools[row[0], default: []].append((row[1], row[2], row[3]))
            }
            var indicators: [Int64: [Int: Double]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT report_id, number, score FROM indicator_score WHERE score IS NOT NULL") {
                indicators[row[0], default: [:]][row[1]] = row[2]
            }
            var items: [Int64: [String: Double]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT report_id, code, score FROM item_score WHERE score IS NOT NULL") {
                // The first written is taken, as the report model takes a score written twice.
                items[row[0], default: [:]][row[1]] = items[row[0]]?[row[1]] ?? row[2]
            }
            let itemCodes = ItemCodeOrder.sorted(Set(items.values.flatMap(\.keys)))
            let toolCodes = ["IIT", "EIT", "OIT"]
            let partColumns = Set(tools.values.joined().compactMap { tool in tool.part.map { "\(tool.code)_\($0)" } }).sorted()
            let highest = indicators.values.flatMap(\.keys).max() ?? 0
            var columns = ["agency", "province", "district", "fiscal_year", "overall", "level", "passes"] + toolCodes
            columns += partColumns + (1...max(highest, 1)).map { "indicator_\($0)" }
            columns += itemCodes.map { "item_\($0)" }
            var table = DatasetTable(columns: columns)
            for report in reports {
                let id: Int64 = report[0]
                let year: Int = report[4]
                let framework = try? FrameworkLibrary.framework(for: year)
                let scored = tools[id] ?? []
                var row: [DatasetValue] = [DatasetValue(report[1] as String?), DatasetValue(report[2] as String?),
                                           DatasetValue(report[3] as String?), .integer(year),
                                           DatasetValue(report[5] as Double?), DatasetValue(report[6] as String?),
                                           DatasetValue(report[7] as Bool?)]
                for code in toolCodes {
                    row.append(DatasetValue(Self.score(of: code, in: scored, framework: framework)))
                }
                for column in partColumns {
                    row.append(DatasetValue(scored.first { "\($0.code)_\($0.part ?? 0)" == column }?.score))
                }
                for number in 1...max(highest, 1) {
                    row.append(DatasetValue(indicators[id]?[number]))
                }
                for code in itemCodes {
                    row.append(DatasetValue(items[id]?[code]))
                }
                table.rows.append(row)
            }
            return try Self.addingListResults(to: table, db)
        }
    }

    /// A tool's score: as given whole, or from its parts as the year's template says (the
    /// mean where no template covers the year).
    static func score(of code: String, in tools: [(code: String, part: Int?, score: Double?)], framework: Framework?) -> Double? {
        let own = tools.filter { $0.code == code }
        if let whole = own.first(where: { $0.part == nil }) { return whole.score }
        let parts = own.sorted { ($0.part ?? 0) < ($1.part ?? 0) }.compactMap(\.score)
        guard !parts.isEmpty, parts.count == own.count else { return nil }
        let combined = framework?.tool(code)?.score(fromParts: parts) ?? parts.reduce(0, +) / Double(parts.count)
        return ScoreRounding.twoDecimals(combined)
    }

    /// The results of results lists, a row each (tools as scores, no indicators), after the
    /// reports, with a last column `source` (`report`, or `list FILE row N`); the table as it
    /// was when the dataset holds no list.
    static func addingListResults(to table: DatasetTable, _ db: Database) throws -> DatasetTable {
        guard let prepared = try DatasetTable.withSourceColumn(table, db) else { return table }
        var table = prepared.table
        let results = prepared.results
        for result in results {
            var row = Array(repeating: DatasetValue.null, count: table.columns.count)
            func set(_ column: String, _ value: DatasetValue) {
                if let at = table.columns.firstIndex(of: column) { row[at] = value }
            }
            set("agency", .text(result.agency))
            set("province", DatasetValue(result.province))
            set("district", DatasetValue(result.district))
            set("fiscal_year", .integer(result.fiscalYear))
            set("overall", DatasetValue(result.overall))
            set("level", DatasetValue(result.level))
            set("passes", DatasetValue(result.passes))
            for (code, score) in result.tools { set(code, .number(score)) }
            set("source", .text(result.source))
            table.rows.append(row)
        }
        // By agency, province and year, as the reports are; a year's report before a list's result.
        let agency = 0, province = 1, year = table.columns.firstIndex(of: "fiscal_year")!
        let order = table.rows.enumerated().sorted { a, b in
            let ka = (a.element[agency].plain, a.element[province].plain), kb = (b.element[agency].plain, b.element[province].plain)
            if ka != kb { return ka < kb }
            let ya = Int(a.element[year].plain) ?? 0, yb = Int(b.element[year].plain) ?? 0
            return ya != yb ? ya < yb : a.offset < b.offset
        }
        table.rows = order.map(\.element)
        return table
    }
}
