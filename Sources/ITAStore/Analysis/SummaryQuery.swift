import GRDB
import ITAKit

/// Builds the `DatasetSummary` of a store.
public struct SummaryQuery: Sendable {
    /// How many weak indicators the summary lists, most frequent first.
    public var weakLimit = 5

    public init() {}

    public func summary(of store: ReportStore) throws -> DatasetSummary {
        try store.reader.read { db in
            let agencies = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM agency a WHERE EXISTS (SELECT 1 FROM report r WHERE r.agency_id = a.id)") ?? 0
            let reports = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM report") ?? 0
            let years = try Row.fetchAll(db, sql: """
                SELECT fiscal_year, COUNT(*), SUM(passes = 1), SUM(passes = 0), SUM(passes IS NULL), AVG(overall_score)
                FROM report GROUP BY fiscal_year ORDER BY fiscal_year
                """).map { row in
                DatasetSummary.Year(fiscalYear: row[0], reports: row[1], passing: row[2] ?? 0, failing: row[3] ?? 0,
                                    unknown: row[4] ?? 0, meanOverall: (row[5] as Double?).map(ScoreRounding.twoDecimals))
            }
            let levels = try Row.fetchAll(db, sql: """
                SELECT fiscal_year, COALESCE(level, level_written, ''), COUNT(*), MIN(COALESCE(level_rank, 99))
                FROM report GROUP BY 1, 2 ORDER BY 1, 4, 2
                """).map { DatasetSummary.Level(fiscalYear: $0[0], level: $0[1], reports: $0[2]) }
            let means = try Row.fetchAll(db, sql: """
                SELECT i.number, MAX(i.name), r.fiscal_year, AVG(i.score), COUNT(i.score)
                FROM indicator_score i JOIN report r ON r.id = i.report_id
                WHERE i.score IS NOT NULL
                GROUP BY i.number, r.fiscal_year ORDER BY i.number, r.fiscal_year
                """).map { row in
                DatasetSummary.IndicatorMean(number: row[0], name: row[1], fiscalYear: row[2],
                                             mean: ScoreRounding.twoDecimals(row[3]), reports: row[4])
            }
            let weak = try Row.fetchAll(db, sql: """
                SELECT a.indicator, COUNT(DISTINCT a.report_id),
                       (SELECT i.name FROM indicator_score i WHERE i.number = a.indicator ORDER BY i.id DESC LIMIT 1)
                FROM analysis a WHERE a.assessment = 'weakness'
                GROUP BY a.indicator ORDER BY 2 DESC, 1 LIMIT ?
                """, arguments: [weakLimit]).map { row in
                DatasetSummary.WeakIndicator(number: row[0], name: (row[2] as String?) ?? "", reports: row[1])
            }
            let diagnostics = try Row.fetchAll(db, sql: """
                SELECT code, severity, COUNT(*), COUNT(DISTINCT report_id)
                FROM diagnostic GROUP BY code, severity ORDER BY code, severity
                """).map { DatasetSummary.DiagnosticCount(code: $0[0], severity: $0[1], count: $0[2], reports: $0[3]) }
            var summary = DatasetSummary(agencies: agencies, reports: reports, years: years, levels: levels,
                                         indicatorMeans: means, weakIndicators: weak, diagnostics: diagnostics)
            summary.listResults = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM list_result") ?? 0
            if summary.listResults > 0 { summary.listDisagreements = try ListDisagreements.find(db) }
            return summary
        }
    }
}
