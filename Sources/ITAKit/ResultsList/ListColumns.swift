import ReportLayout

/// The columns of a results list's table, told from its header rows (one to
/// `ResultsListSettings.headerSearch`: a spreadsheet's label may stand on the middle row of
/// its merged cell, a heading may stand over the tools' own).
struct ListColumns: Equatable {
    enum Role: Equatable, Hashable {
        case rank, name, province, level, total
        case tool(String)
    }

    private(set) var roles: [Int: Role] = [:]
    /// The rows that make the header, from the table's first.
    private(set) var headerRows: Range<Int> = 0..<0

    /// The columns of `table` when its header names at least an agency column and a figure
    /// (a tool or a total); nil otherwise.
    init?(of table: Table, toolCodes: [(code: String, written: [String])], words: ListWords, settings: ResultsListSettings) {
        var first: Int?
        var last: Int?
        var texts: [Int: String] = [:]
        for (index, row) in table.rows.prefix(settings.headerSearch).enumerated() {
            let named = row.cells.contains { Self.role(of: $0.text, toolCodes: toolCodes, words: words) != nil }
            // A row of figures is the body; one figure among headings is a heading OCR read
            // as a number (`0` for OIT). Only asked of a row that names a column.
            if named, row.cells.filter({ ThaiNumber.whole(Self.compact($0.text)) != nil }).count < 2 {
                if first == nil { first = index }
                last = index
                for (column, cell) in row.cells.enumerated() { texts[column, default: ""] += " " + cell.text }
            } else if first != nil {
                break
            }
        }
        guard let first, let last else { return nil }
        headerRows = first..<(last + 1)
        // A heading that is one of ita's words whole (`รวม`) takes its role before a heading
        // that only holds one (`เครื่องมือการประเมิน ITA` over the tools holds ITA, a total's
        // word); then from left to right.
        let ordered = texts.sorted { $0.key < $1.key }
        for exact in [true, false] {
            for (column, text) in ordered where roles[column] == nil {
                guard let role = Self.role(of: text, toolCodes: toolCodes, words: words), !roles.values.contains(role),
                      !exact || Self.isWholeHeading(text, toolCodes: toolCodes, words: words) else { continue }
                roles[column] = role
            }
        }
        // An agency column, and tool columns or a total beside a level: a report's own tables
        // (ตัวชี้วัด | คะแนน) have neither.
        let hasTools = roles.values.contains { if case .tool = $0 { true } else { false } }
        guard column(.name) != nil, hasTools || (column(.total) != nil && column(.level) != nil) else { return nil }
    }

    /// A column left of the agencies' whose heading is unread (OCR may read ที่ as `i`) but
    /// whose cells are whole numbers in most rows: the rank.
    mutating func inferRank(from body: ArraySlice<TableRow>) {
        guard column(.rank) == nil, let name = column(.name) else { return }
        for candidate in 0..<name where roles[candidate] == nil {
            let ranks = body.filter { candidate < $0.cells.count && Self.rank(in: $0.cells[candidate]) != nil }.count
            if ranks * 2 > body.count {
                roles[candidate] = .rank
                return
            }
        }
    }

    /// One tool whose heading is unread (OCR may read IIT as `IT`) while the others are
    /// found: the one column beside the tools' with no heading ita knows and figures in most
    /// rows is that tool's.
    ///
    /// Every tool's heading unread (OCR makes `แย่ ย16 0` of `IIT EIT OIT` in a small scan):
    /// when the columns between the agencies' and the total's are as many as the year's tools,
    /// none of them with a heading ita knows and each with figures in most rows, they are the
    /// tools in the framework's order, the order the NACC's lists print them in.
    mutating func inferMissingTool(from body: ArraySlice<TableRow>, toolCodes: [String]) {
        let found = toolColumns
        func figures(_ column: Int) -> Bool {
            body.filter { column < $0.cells.count && ThaiNumber.whole(Self.compact($0.cells[column].text)) != nil }.count * 2 > body.count
        }
        if found.isEmpty, let name = column(.name), let total = column(.total), !toolCodes.isEmpty {
            let start = max(name, column(.province) ?? name) + 1
            guard start < total else { return }
            let between = Array(start..<total)
            if between.count == toolCodes.count, between.allSatisfy({ roles[$0] == nil && figures($0) }) {
                for (column, code) in zip(between, toolCodes) { roles[column] = .tool(code) }
            }
            return
        }
        let missing = toolCodes.filter { code in !found.contains { $0.code == code } }
        guard missing.count == 1, let first = found.first?.column, let last = found.last?.column else { return }
        let candidates = [first - 1, last + 1].filter { column in column >= 0 && roles[column] == nil && figures(column) }
        if candidates.count == 1 { roles[candidates[0]] = .tool(missing[0]) }
    }

    /// The whole number of a rank's cell; read by OCR, a lone `I`, `l` or `|` is a 1.
    static func rank(in cell: TableCell) -> Int? {
        var text = compact(cell.text)
        if cell.ocrConfidence != nil, ["I", "l", "|"].contains(text) { text = "1" }
        return ThaiNumber.whole(text).flatMap { Int(exactly: $0) }
    }

    /// Columns taken from another table of the same list (a page whose header was not repeated).
    init(roles: [Int: Role]) {
        self.roles = roles
    }

    func column(_ role: Role) -> Int? {
        roles.first { $0.value == role }?.key
    }

    /// The tool columns, in the order of the table.
    var toolColumns: [(column: Int, code: String)] {
        roles.compactMap { entry in if case .tool(let code) = entry.value { (entry.key, code) } else { nil } }.sorted { $0.column < $1.column }
    }

    /// The width the columns need.
    var width: Int { (roles.keys.max() ?? -1) + 1 }

    /// What a heading names; nil for none of a list's columns.
    static func role(of text: String, toolCodes: [(code: String, written: [String])], words: ListWords) -> Role? {
        // Keying a long cell (an analysis row's text) cost a tenth of reading a report.
        guard TableColumns.mayBeHeading(text) else { return nil }
        let key = NameKey.of(text)
        guard !key.isEmpty, key.count <= TableColumns.longestHeading else { return nil }
        for tool in toolCodes where tool.written.contains(where: { key.containsExactly(NameKey.of($0)) }) {
            return .tool(tool.code)
        }
        if words.rankHeadings.contains(where: { NameKey.of($0) == key }) { return .rank }
        if words.provinceHeadings.contains(where: { key.containsExactly(NameKey.of($0)) }) { return .province }
        if words.levelHeadings.contains(where: { key.containsExactly(NameKey.of($0)) }) { return .level }
        if words.nameHeadings.contains(where: { key.containsExactly(NameKey.of($0)) }) { return .name }
        if words.totalHeadings.contains(where: { key.containsExactly(NameKey.of($0)) }) { return .total }
        return nil
    }

    /// Whether `text` is one of the headings ita knows, whole.
    static func isWholeHeading(_ text: String, toolCodes: [(code: String, written: [String])], words: ListWords) -> Bool {
        let key = NameKey.of(text)
        let headings = toolCodes.flatMap(\.written) + words.rankHeadings + words.provinceHeadings + words.levelHeadings
            + words.nameHeadings + words.totalHeadings
        return headings.contains { NameKey.of($0) == key }
    }

    /// A cell's text without white space: a figure wrapped in a narrow column is one number.
    static func compact(_ text: String) -> String {
        String(text.filter { !$0.isWhitespace })
    }
}
