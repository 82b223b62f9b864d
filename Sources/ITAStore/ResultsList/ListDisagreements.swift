import GRDB
import ITAKit

/// The results lists' results that say otherwise than the same agency's own report of the
/// same year. Scores agree within rounding: 0.01 for the overall and for scores; a tool printed
/// as points is compared as points (the report's score × the year's weight), within 0.01.
enum ListDisagreements {
    static let tolerance = 0.01

    static func find(_ db: Database) throws -> [DatasetSummary.ListDisagreement] {
        let pairs = try Row.fetchAll(db, sql: """
            SELECT l.id, a.name, a.province, l.fiscal_year, l.overall_score, l.level_written, l.level,
                   r.id, r.overall_score, r.level_written, r.level, r.source_file, s.source_file, l.row
            FROM list_result l
            JOIN report r ON r.agency_id = l.agency_id AND r.fiscal_year = l.fiscal_year
            JOIN agency a ON a.id = l.agency_id
            JOIN results_list s ON s.id = l.list_id
            ORDER BY a.name, l.fiscal_year, s.id, l.row
            """)
        var found: [DatasetSummary.ListDisagreement] = []
        for pair in pairs {
            let year: Int = pair[3]
            func add(_ what: String, _ inReport: String, _ inList: String) {
                found.append(DatasetSummary.ListDisagreement(agency: pair[1], province: pair[2], fiscalYear: year, what: what,
                                                             inReport: inReport, inList: inList, reportFile: pair[11],
                                                             listFile: pair[12], listRow: pair[13]))
            }
            if let listed = pair[4] as Double?, let own = pair[8] as Double?, abs(listed - own) > tolerance + 1e-9 {
                add("overall", DatasetValue.score(own), DatasetValue.score(listed))
            }
            let listLevel = (pair[6] as String?) ?? (pair[5] as String?)
            let ownLevel = (pair[10] as String?) ?? (pair[9] as String?)
            if let listLevel, let ownLevel, listLevel.filter({ !$0.isWhitespace }) != ownLevel.filter({ !$0.isWhitespace }) {
                add("level", ownLevel, listLevel)
            }
            let framework = try? FrameworkLibrary.framework(for: year)
            let ownTools = try Row.fetchAll(db, sql: "SELECT code, part, score FROM tool_score WHERE report_id = ? ORDER BY id",
                                            arguments: [pair[7] as Int64]).map { (code: $0[0] as String, part: $0[1] as Int?, score: $0[2] as Double?) }
            for tool in try Row.fetchAll(db, sql: "SELECT code, points, score FROM list_tool_score WHERE list_result_id = ?",
                                         arguments: [pair[0] as Int64]) {
                let code: String = tool[0]
                guard let own = WideExport.score(of: code, in: ownTools, framework: framework) else { continue }
                if let points = tool[1] as Double?, let weight = framework?.tool(code)?.weight {
                    if abs(own * weight - points) > tolerance + 1e-9 {
                        add(code, DatasetValue.score(own), DatasetValue.score(points) + " (\(DatasetValue.score(weight * 100))%)")
                    }
                } else if let score = tool[2] as Double?, abs(own - score) > tolerance + 1e-9 {
                    add(code, DatasetValue.score(own), DatasetValue.score(score))
                }
            }
        }
        return found
    }
}
