import Foundation
import GRDB
import ITAKit

/// The dataset: one SQLite file of reports, agencies matched across years (`AgencyName`),
/// levels judged by their year's template (`LevelStanding`). Writes go through one GRDB
/// `DatabaseQueue`, so callers on many threads are served one at a time, each report in one
/// transaction: stored whole or not at all.
public final class ReportStore: Sendable {
    public let path: String
    let queue: DatabaseQueue

    /// The dataset at `path`, made and migrated when `create` is true and there is none yet;
    /// otherwise a missing file is `StoreError.noDatabase`.
    public init(path: String, create: Bool = true) throws {
        self.path = path
        if !create, !FileManager.default.fileExists(atPath: path) { throw StoreError.noDatabase(path: path) }
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            queue = try DatabaseQueue(path: path, configuration: configuration)
            if try queue.read({ try Schema.migrator.hasBeenSuperseded($0) }) {
                throw StoreError.newerSchema(path: path)
            }
            try Schema.migrator.migrate(queue)
        } catch let error as DatabaseError {
            if error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT {
                throw StoreError.notADatabase(path: path)
            }
            throw StoreError.cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }

    /// For queries of one's own (the exporters, trend and summary use it).
    public var reader: any DatabaseReader { queue }

    /// The report stored from the file with this sha256, if any.
    public func report(sha256: String) throws -> StoredReport? {
        try queue.read { try Self.storedReports($0, where: "r.sha256 = ?", [sha256]).first }
    }

    /// Every report, by agency and year.
    public func reports() throws -> [StoredReport] {
        try queue.read { try Self.storedReports($0, where: "1", []) }
    }

    /// Stores `report` (read from the file at `path`) with its diagnostics. The same file
    /// again changes nothing; another file of an agency and year already stored is refused
    /// (`.conflict`) unless `replace` is true, when the old report and everything of it
    /// make way. Throws `StoreError.noAgency` / `.noFiscalYear` for a report that cannot be
    /// placed.
    public func add(_ report: Report, path: String? = nil, replace: Bool = false) throws -> AddOutcome {
        let file = path ?? report.source.file
        guard let name = report.agency.name, !AgencyName.key(name).isEmpty else { throw StoreError.noAgency(file: file) }
        guard let year = report.fiscalYear else { throw StoreError.noFiscalYear(file: file) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(report), as: UTF8.self)
        let standing = LevelStanding.of(level: report.overall?.level, overall: report.overall?.score, fiscalYear: year)
        let addedAt = ISO8601DateFormatter().string(from: Date())
        return try queue.write { db in
            if let same = try Self.storedReports(db, where: "r.sha256 = ?", [report.source.sha256]).first {
                return .unchanged(same)
            }
            let agency = try Self.agency(for: report.agency, name: name, in: db)
            var old: StoredReport?
            if let existing = try Self.storedReports(db, where: "r.agency_id = ? AND r.fiscal_year = ?", [agency.id, year]).first {
                guard replace else { return .conflict(existing: existing) }
                try db.execute(sql: "DELETE FROM report WHERE id = ?", arguments: [existing.id])
                old = existing
            }
            var record = ReportRecord(
                agencyId: agency.id!, fiscalYear: year, sourceFile: report.source.file, sourcePath: path,
                sha256: report.source.sha256, kind: report.source.kind.rawValue, pages: report.source.pages,
                agencyNameWritten: name, overallScore: report.overall?.score, levelWritten: report.overall?.level,
                level: standing?.name.isEmpty == false ? standing?.name : nil, levelRank: standing?.rank,
                passes: standing?.passes, schemaVersion: report.schemaVersion, addedAt: addedAt, reportJson: json,
                measuresFiscalYear: report.measuresFiscalYear)
            try record.insert(db)
            try Self.insertParts(of: report, reportId: record.id!, in: db)
            let stored = try Self.storedReports(db, where: "r.id = ?", [record.id!]).first!
            return old.map { .replaced(old: $0, new: stored) } ?? .added(stored)
        }
    }

    /// The agency a report's title names: the one stored under the same name and province;
    /// when one of the two reports does not name the province, the only agency of that name.
    static func agency(for written: Agency, name: String, in db: Database) throws -> AgencyRecord {
        let nameKey = AgencyName.key(name)
        let provinceKey = AgencyName.provinceKey(written.province)
        let sameName = try AgencyRecord.filter(Column("name_key") == nameKey).fetchAll(db)
        if let match = sameName.first(where: { $0.provinceKey == provinceKey }) { return match }
        if sameName.count == 1 {
            var only = sameName[0]
            if provinceKey.isEmpty { return only }
            if only.provinceKey.isEmpty {
                // The first report did not say the province; this one does.
                only.province = AgencyName.province(written.province)
                only.provinceKey = provinceKey
                only.district = only.district ?? written.district
                try only.update(db)
                return only
            }
        }
        var agency = AgencyRecord(name: AgencyName.expanded(name), nameKey: nameKey, type: written.type,
                                  district: written.district, province: AgencyName.province(written.province), provinceKey: provinceKey)
        try agency.insert(db)
        return agency
    }

    private static func insertParts(of report: Report, reportId: Int64, in db: Database) throws {
        for tool in report.tools {
            var row = ToolScoreRecord(reportId: reportId, code: tool.code, part: tool.part, score: tool.score,
                                      codeWritten: tool.codeAsWritten)
            try row.insert(db)
        }
        for indicator in report.indicators {
            var row = IndicatorScoreRecord(reportId: reportId, number: indicator.number, name: indicator.name,
                                           nameWritten: indicator.nameAsWritten, tool: indicator.tool, score: indicator.score)
            try row.insert(db)
        }
        for (index, item) in report.items.enumerated() {
            var row = ItemScoreRecord(reportId: reportId, position: index + 1, code: item.code, indicator: item.indicator,
                                      tool: item.tool, score: item.score, textWritten: item.textAsWritten)
            try row.insert(db)
        }
        for analysis in report.analysis {
            var row = AnalysisRecord(reportId: reportId, indicator: analysis.indicator,
                                     assessment: analysis.assessment?.rawValue, text: analysis.text)
            try row.insert(db)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        for (index, measure) in report.measures.enumerated() {
            var row = MeasureRecord(
                reportId: reportId, position: index + 1, indicator: measure.indicator, activity: measure.activity,
                analysis: measure.analysis, steps: String(decoding: try encoder.encode(measure.steps), as: UTF8.self),
                periodText: measure.period.text, periodStart: measure.period.start, periodEnd: measure.period.end,
                items: measure.items.joined(separator: ","), scoreQuoted: measure.scoreQuoted, findings: measure.findings,
                followUp: measure.followUp)
            try row.insert(db)
            for (position, unit) in measure.responsible.enumerated() {
                var unitRow = ResponsibleUnitRecord(measureId: row.id!, position: position + 1, name: unit)
                try unitRow.insert(db)
            }
        }
        for diagnostic in report.diagnostics {
            var row = DiagnosticRecord(
                reportId: reportId, code: diagnostic.code, severity: diagnostic.severity.rawValue,
                message: diagnostic.message, page: diagnostic.where?.page, line: diagnostic.where?.line,
                expected: diagnostic.expected, found: diagnostic.found,
                paragraph: diagnostic.where?.paragraph, wordTable: diagnostic.where?.table, wordRow: diagnostic.where?.row,
                wordColumn: diagnostic.where?.column, wordPart: diagnostic.where?.part)
            try row.insert(db)
        }
    }

    static func storedReports(_ db: Database, where condition: String, _ arguments: StatementArguments) throws -> [StoredReport] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT r.id, a.name, a.province, r.fiscal_year, r.source_file, r.source_path, r.sha256
            FROM report r JOIN agency a ON a.id = r.agency_id
            WHERE \(condition)
            ORDER BY a.name, a.province, r.fiscal_year
            """, arguments: arguments)
        return rows.map { row in
            StoredReport(id: row[0], agency: row[1], province: row[2], fiscalYear: row[3],
                         sourceFile: row[4], sourcePath: row[5], sha256: row[6])
        }
    }
}
