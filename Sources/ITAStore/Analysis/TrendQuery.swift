import GRDB
import ITAKit

/// Finds agencies by name and builds their trend.
public struct TrendQuery: Sendable {
    public init() {}

    /// Agencies whose name is `name` once both are normalised (abbreviations spelled out,
    /// spaces ignored: ทม.เมืองพล finds เทศบาลเมืองเมืองพล); failing that, those whose name
    /// contains it (เมืองพล). `province` narrows the search.
    public func agencies(named name: String, province: String? = nil, in store: ReportStore) throws -> [AgencyMatch] {
        let key = AgencyName.key(name)
        let provinceKey = AgencyName.provinceKey(province)
        guard !key.isEmpty else { return [] }
        let all = try store.reader.read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.id, a.name, a.province, a.name_key, a.province_key,
                       (SELECT COUNT(*) FROM report r WHERE r.agency_id = a.id)
                           + (SELECT COUNT(*) FROM list_result l WHERE l.agency_id = a.id) AS n
                FROM agency a
                WHERE n > 0 ORDER BY a.name, a.province
                """)
        }
        let inProvince = all.filter { provinceKey.isEmpty || ($0[4] as String) == provinceKey }
        var found = inProvince.filter { ($0[3] as String) == key }
        if found.isEmpty { found = inProvince.filter { ($0[3] as String).contains(key) } }
        return found.map { AgencyMatch(id: $0[0], name: $0[1], province: $0[2], reports: $0[5]) }
    }

    public func trend(of agency: AgencyMatch, in store: ReportStore) throws -> AgencyTrend {
        try store.reader.read { db in
            let reports = try Row.fetchAll(db, sql: """
                SELECT id, fiscal_year, overall_score, level_written, source_file
                FROM report WHERE agency_id = ? ORDER BY fiscal_year
                """, arguments: [agency.id])
            var years: [AgencyTrend.Year] = []
            var previous: (overall: Double?, standing: LevelStanding?)?
            // A year with no report of the agency's own takes a results list's result.
            var entries: [(year: Int, overall: Double?, level: String?, source: String)] = reports.map { ($0[1], $0[2], $0[3], $0[4]) }
            for result in try StoredListResult.all(db, agencyId: agency.id) where !entries.contains(where: { $0.year == result.fiscalYear }) {
                entries.append((result.fiscalYear, result.overall, result.level, result.source))
            }
            entries.sort { $0.year < $1.year }
            for report in entries {
                let year = report.year
                let overall = report.overall
                let standing = LevelStanding.of(level: report.level, overall: overall, fiscalYear: year)
                var entry = AgencyTrend.Year(fiscalYear: year, overall: overall, overallChange: nil,
                                             level: standing.flatMap { $0.name.isEmpty ? nil : $0.name },
                                             passes: standing?.passes, levelChange: nil, sourceFile: report.source)
                if let previous {
                    entry.overallChange = Self.difference(previous.overall, overall)
                    if let before = previous.standing, let standing { entry.levelChange = before.change(to: standing) }
                }
                previous = (overall, standing)
                years.append(entry)
            }
            let rows = try Row.fetchAll(db, sql: """
                SELECT r.fiscal_year, i.number, i.name, i.tool, i.score
                FROM indicator_score i JOIN report r ON r.id = i.report_id
                WHERE r.agency_id = ? ORDER BY i.number, r.fiscal_year
                """, arguments: [agency.id])
            var indicators: [AgencyTrend.Indicator] = []
            for number in Array(Set(rows.map { $0[1] as Int })).sorted() {
                let own = rows.filter { ($0[1] as Int) == number }
                var scores: [AgencyTrend.Score] = []
                for year in years {
                    let score: Double? = own.first { ($0[0] as Int) == year.fiscalYear }?[4]
                    let change = scores.last.flatMap { Self.difference($0.score, score) }
                    scores.append(AgencyTrend.Score(fiscalYear: year.fiscalYear, score: score, change: change))
                }
                let latest = own.last!
                indicators.append(AgencyTrend.Indicator(number: number, name: latest[2], tool: latest[3], scores: scores))
            }
            return AgencyTrend(agency: agency.name, province: agency.province, years: years, indicators: indicators)
        }
    }

    /// later − earlier, to two decimals as scores are published.
    static func difference(_ earlier: Double?, _ later: Double?) -> Double? {
        guard let earlier, let later else { return nil }
        return ScoreRounding.twoDecimals(later - earlier)
    }
}
