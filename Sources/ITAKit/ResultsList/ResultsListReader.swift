import Foundation
import ThaiText
import ReportLayout

/// Reads a results list (kind G): a table whose rows are agencies, each with a rank or
/// number, a name, the tools' figures and/or a total, and a level, over one page or many
/// (the header repeated, or not), in Thai or Arabic digits. The year and the announcing body
/// come from the title or letter. nil when the document holds no such table.
public struct ResultsListReader: Sendable {
    public var settings: ResultsListSettings

    public init(settings: ResultsListSettings = ResultsListSettings()) {
        self.settings = settings
    }

    /// One row as printed, before the tool columns' scale is known.
    struct Row {
        var rank: Int?
        var name: String
        var province: String?
        var total: Double?
        var totalWhere: Provenance?
        var level: String?
        var tools: [(code: String, value: Double, where: Provenance?)]
        var place: Provenance?
    }

    public func read(_ content: DocumentContent) throws -> ResultsList? {
        let words = ListWords.load()
        // Most documents are reports, not lists: a table whose header names agencies and the
        // tools is looked for before the year is read (the tools' codes are the same in every
        // year's framework), which cost every report a read of all its lines.
        let anyYearsTools = Self.toolCodes(of: try FrameworkLibrary.latest())
        guard content.tables.contains(where: { ListColumns(of: $0, toolCodes: anyYearsTools, words: words, settings: settings) != nil })
        else { return nil }
        let readingWords = ReadingWords.load()
        let year = FiscalYearReader(words: readingWords).read(content.lines)?.assessed
        let framework = try year.flatMap { try FrameworkLibrary.framework(for: $0) } ?? FrameworkLibrary.latest()
        let toolCodes = Self.toolCodes(of: framework)
        let levels = (framework?.levelRule.levelNames ?? []) + words.levelNamesBelowPassMark
        var rows: [Row] = []
        var current: ListColumns?
        for table in content.tables {
            if var columns = ListColumns(of: table, toolCodes: toolCodes, words: words, settings: settings) {
                columns.inferRank(from: table.rows[columns.headerRows.upperBound...])
                columns.inferMissingTool(from: table.rows[columns.headerRows.upperBound...], toolCodes: toolCodes.map(\.code))
                current = columns
                rows += read(table.rows[columns.headerRows.upperBound...], columns: columns, toolCodes: toolCodes, words: words,
                             levels: levels)
            } else if let columns = current, table.columnCount == columns.width || table.columnCount == columns.width + 1 {
                // A page of the same list whose header was not repeated.
                let more = read(table.rows[...], columns: columns, toolCodes: toolCodes, words: words, levels: levels)
                if more.count * 2 >= table.rows.count { rows += more } else { current = nil }
            } else {
                current = nil
            }
        }
        guard rows.count >= settings.minimumRows else { return nil }
        let weights = Dictionary(uniqueKeysWithValues: (framework?.tools ?? []).map { ($0.code, $0.weight) })
        let scale = ToolScaleDecision(settings: settings).decide(rows, weights: weights)
        let results = rows.map { row in
            ListResult(rank: row.rank, agency: agency(named: row.name, province: row.province, words: readingWords),
                       fiscalYear: year,
                       overall: row.total == nil && row.level == nil ? nil
                           : Overall(score: row.total, level: row.level, where: row.totalWhere ?? row.place),
                       tools: row.tools.map { tool in
                           switch scale {
                           case .points?:
                               let score = weights[tool.code].flatMap { $0 > 0 ? ScoreRounding.twoDecimals(tool.value / $0) : nil }
                               return ListToolResult(code: tool.code, points: tool.value, score: score, where: tool.where)
                           case .scores?, nil:
                               return ListToolResult(code: tool.code, points: nil, score: tool.value, where: tool.where)
                           }
                       },
                       where: row.place)
        }
        let announcer = Self.announcer(in: content.lines, words: words)
        return ResultsList(heading: ResultsListHeading(announcedBy: announcer?.name, announcedByWhere: announcer?.where,
                                                       toolColumns: rows.contains { !$0.tools.isEmpty } ? scale : nil),
                           results: results, fiscalYear: year)
    }

    /// Each tool's code with the ways a list's heading may write it.
    private static func toolCodes(of framework: Framework?) -> [(code: String, written: [String])] {
        (framework?.tools ?? []).map { ($0.code, [$0.code] + $0.codeAliases) }
    }

    private func read(_ body: ArraySlice<TableRow>, columns: ListColumns, toolCodes: [(code: String, written: [String])],
                      words: ListWords, levels: [String]) -> [Row] {
        var rows: [Row] = []
        for row in body {
            func cell(_ role: ListColumns.Role) -> TableCell? {
                columns.column(role).flatMap { $0 < row.cells.count ? row.cells[$0] : nil }
            }
            guard let nameCell = cell(.name) else { continue }
            let name = Self.oneLine(nameCell.text)
            // Empty, or a figure where the name stands.
            guard !name.isEmpty, ThaiNumber.whole(ListColumns.compact(name)) == nil else { continue }
            // The header again (a page's repeated header the layout did not drop): two of its
            // cells or more are their columns' headings.
            let headings = columns.roles.filter { column, role in
                column < row.cells.count && ListColumns.role(of: row.cells[column].text, toolCodes: toolCodes, words: words) == role
            }
            guard headings.count < 2 else { continue }
            var parsed = Row(name: name, tools: [], place: nameCell.provenance)
            if let rankCell = cell(.rank), let rank = ListColumns.rank(in: rankCell) {
                parsed.rank = rank
            } else if columns.column(.rank) == nil, let (number, rest) = ThaiNumber.leadingNumber(name), !rest.isEmpty {
                parsed.rank = number
                parsed.name = rest
            }
            if let province = cell(.province).map({ Self.oneLine($0.text) }), !words.isAbsent(province) {
                parsed.province = province
            }
            if let totalCell = cell(.total), let total = ThaiNumber.whole(ListColumns.compact(totalCell.text)) {
                parsed.total = total
                parsed.totalWhere = totalCell.provenance
            }
            if let levelCell = cell(.level), !words.isAbsent(levelCell.text) {
                parsed.level = Self.oneLine(levelCell.text)
                // A level OCR read, put back to the level it stands for when it is near one.
                if levelCell.provenance.source == .ocr, let level = LevelSpelling(settings: settings).level(levelCell.text, among: levels) {
                    parsed.level = level
                }
            }
            for (column, code) in columns.toolColumns where column < row.cells.count {
                let text = row.cells[column].text
                guard !words.isAbsent(text), let value = ThaiNumber.whole(ListColumns.compact(text)) else { continue }
                parsed.tools.append((code, value, row.cells[column].provenance))
            }
            // A row of a list holds a rank, a figure or a level besides its name: a line of
            // text across the table (a group's heading, a note) does not.
            guard parsed.rank != nil || parsed.total != nil || !parsed.tools.isEmpty || parsed.level != nil else { continue }
            rows.append(parsed)
        }
        return rows
    }

    /// The agency of a row: the name as written, its kind from the name's start (an
    /// abbreviation spelled out), the province from its column.
    private func agency(named name: String, province: String?, words: ReadingWords) -> Agency {
        var expanded = name
        for (short, full) in words.agencyAbbreviations where name.hasPrefix(short) {
            expanded = full + name.dropFirst(short.count)
        }
        let type = words.agencyTypes.filter { expanded.hasPrefix($0) }.max { $0.count < $1.count }
        return Agency(name: name, type: type, province: province.map(Self.withoutProvinceWord))
    }

    /// `จังหวัดขอนแก่น`, `จ.ขอนแก่น` → `ขอนแก่น`.
    static func withoutProvinceWord(_ province: String) -> String {
        for lead in ["จังหวัด", "จ."] where province.hasPrefix(lead) {
            return province.dropFirst(lead.count).trimmingWhitespace()
        }
        return province
    }

    /// The announcing body: `ประกาศสำนักงานคณะกรรมการการอาชีวศึกษา เรื่อง …` → the words
    /// between ประกาศ and เรื่อง (or the line's end).
    static func announcer(in lines: [DocumentContent.Line], words: ListWords) -> (name: String, where: Provenance?)? {
        for line in lines.prefix(40) {
            let text = oneLine(line.text)
            guard let lead = words.announcementWords.first(where: { text.hasPrefix($0) }) else { continue }
            var rest = text.dropFirst(lead.count).trimmingWhitespace()
            for end in words.announcementEndWords {
                if let range = rest.range(of: end) { rest = String(rest[..<range.lowerBound]) }
            }
            rest = rest.trimmingWhitespace()
            // `ประกาศผล…` announces a result, it names no body.
            guard rest.count >= 4, !rest.hasPrefix("ผล") else { continue }
            return (rest, line.provenance)
        }
        return nil
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
