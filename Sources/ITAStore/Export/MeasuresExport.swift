import Foundation
import GRDB
import ITAKit

/// One row per measure and responsible unit (a measure without a unit gets one row with
/// the unit empty): agency, province, fiscal_year, indicator, indicator_name, activity,
/// steps (one a line), period, period_start, period_end, responsible_unit, items (the codes
/// of the items it addresses, joined by commas: i7,i8) and measures_fiscal_year (the year
/// the report says its measures are for).
public struct MeasuresExport: Sendable {
    public static let columns = ["agency", "province", "fiscal_year", "indicator", "indicator_name", "activity",
                                 "steps", "period", "period_start", "period_end", "responsible_unit",
                                 "items", "measures_fiscal_year"]

    public init() {}

    public func table(_ store: ReportStore) throws -> DatasetTable {
        let rows = try store.reader.read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.name, a.province, r.fiscal_year, m.indicator, m.activity, m.steps,
                       m.period_text, m.period_start, m.period_end, u.name, m.items, r.measures_fiscal_year
                FROM measure m
                JOIN report r ON r.id = m.report_id
                JOIN agency a ON a.id = r.agency_id
                LEFT JOIN responsible_unit u ON u.measure_id = m.id
                ORDER BY a.name, a.province, r.fiscal_year, m.position, u.position
                """)
        }
        return DatasetTable(columns: Self.columns, rows: rows.map { row in
            let year: Int = row[2]
            let number: Int = row[3]
            let name = (try? FrameworkLibrary.framework(for: year))??.indicator(number)?.name
            let stepsJSON: String = row[5]
            let steps = (try? JSONDecoder().decode([String].self, from: Data(stepsJSON.utf8))) ?? []
            return [DatasetValue(row[0] as String?), DatasetValue(row[1] as String?), .integer(year), .integer(number),
                    DatasetValue(name), DatasetValue(row[4] as String?), .text(steps.joined(separator: "\n")),
                    DatasetValue(row[6] as String?), DatasetValue(row[7] as String?), DatasetValue(row[8] as String?),
                    DatasetValue(row[9] as String?), DatasetValue(row[10] as String?), DatasetValue(row[11] as Int?)]
        })
    }
}
