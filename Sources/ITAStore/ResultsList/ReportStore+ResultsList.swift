import Foundation
import GRDB
import ITAKit

extension ReportStore {
    /// Whether a list of this sha256 is stored.
    public func hasList(sha256: String) throws -> Bool {
        try queue.read { try Bool.fetchOne($0, sql: "SELECT 1 FROM results_list WHERE sha256 = ?", arguments: [sha256]) ?? false }
    }

    /// Stores a results list (`report.kind == .resultsList`): the list once, and one result
    /// per row, each tied to its agency as reports are (`AgencyName`: by name and province, an
    /// abbreviation spelled out), in one transaction. The same file again changes nothing.
    /// Throws `StoreError.noFiscalYear` when neither the list nor its rows give a year.
    public func addList(_ report: Report, path: String? = nil) throws -> ListAddOutcome {
        let file = path ?? report.source.file
        let results = report.results ?? []
        guard report.fiscalYear != nil || results.contains(where: { $0.fiscalYear != nil }) else {
            throw StoreError.noFiscalYear(file: file)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(report), as: UTF8.self)
        let addedAt = ISO8601DateFormatter().string(from: Date())
        return try queue.write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM results_list WHERE sha256 = ?", arguments: [report.source.sha256]) == true {
                return .unchanged
            }
            try db.execute(sql: """
                INSERT INTO results_list (sha256, source_file, source_path, kind, pages, fiscal_year, announced_by, tool_columns, added_at, report_json)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [report.source.sha256, report.source.file, path, report.source.kind.rawValue, report.source.pages,
                                 report.fiscalYear, report.resultsList?.announcedBy, report.resultsList?.toolColumns?.rawValue, addedAt, json])
            let listId = db.lastInsertedRowID
            let agenciesBefore = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM agency") ?? 0
            var stored = 0
            for (index, result) in results.enumerated() {
                guard let name = result.agency.name, !AgencyName.key(name).isEmpty,
                      let year = result.fiscalYear ?? report.fiscalYear else { continue }
                let agency = try Self.agency(for: result.agency, name: name, in: db)
                let standing = LevelStanding.of(level: result.overall?.level, overall: result.overall?.score, fiscalYear: year)
                try db.execute(sql: """
                    INSERT INTO list_result (list_id, agency_id, row, rank, fiscal_year, agency_name_written, overall_score,
                                             level_written, level, level_rank, passes, page)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [listId, agency.id, index + 1, result.rank, year, name, result.overall?.score, result.overall?.level,
                                     standing?.name.isEmpty == false ? standing?.name : nil, standing?.rank, standing?.passes,
                                     result.where?.page])
                let resultId = db.lastInsertedRowID
                for tool in result.tools {
                    try db.execute(sql: "INSERT INTO list_tool_score (list_result_id, code, points, score) VALUES (?, ?, ?, ?)",
                                   arguments: [resultId, tool.code, tool.points, tool.score])
                }
                stored += 1
            }
            let agenciesAfter = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM agency") ?? 0
            return .added(results: stored, newAgencies: agenciesAfter - agenciesBefore)
        }
    }
}
