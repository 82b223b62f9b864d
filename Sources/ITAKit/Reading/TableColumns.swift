import ReportLayout

/// The columns of one table and what each holds, read from its header rows: none, one, or two
/// (a heading over several columns above their own headings). A year in a heading makes the
/// column this year's score or another year's.
struct TableColumns {
    /// How many rows from the top may be header rows (a table drawn without rulings may also
    /// start with a line of the text above it).
    static let headerSearch = 3
    /// A heading is short: a longer cell is a row's text, though it may hold a heading's word.
    static let longestHeading = 80

    /// The rows that make the header, from the table's first.
    private(set) var headerRows: Range<Int> = 0..<0
    private(set) var roles: [Int: ColumnRole] = [:]

    init(of table: Table, fiscalYear: Int?, words: ReadingWords) {
        var first: Int?
        var last: Int?
        var texts: [Int: String] = [:]
        for (index, row) in table.rows.prefix(Self.headerSearch).enumerated() {
            let cellRoles = row.cells.map { Self.role(ofHeading: $0.text, fiscalYear: fiscalYear, words: words) }
            let filled = row.cells.filter { !$0.text.allSatisfy(\.isWhitespace) }
            let named = cellRoles.compactMap { $0 }.count
            let isHeader = !filled.isEmpty && named * 2 >= filled.count && named > 0
                && !row.cells.contains { ThaiNumber.whole($0.text) != nil || $0.text.count > Self.longestHeading }
            if isHeader {
                if first == nil { first = index }
                last = index
                for (column, cell) in row.cells.enumerated() {
                    texts[column, default: ""] += " " + cell.text
                }
            } else if first != nil {
                break
            }
        }
        guard let first, let last else { return }
        headerRows = first..<(last + 1)
        for (column, text) in texts {
            roles[column] = Self.role(ofHeading: text, fiscalYear: fiscalYear, words: words)
        }
    }

    /// The rows under the header (all rows when there is none).
    func bodyRows(of table: Table) -> ArraySlice<TableRow> {
        table.rows[headerRows.upperBound...]
    }

    var hasHeader: Bool { !headerRows.isEmpty }

    func role(_ column: Int) -> ColumnRole? { roles[column] }

    /// The first column with `role`.
    func column(_ role: ColumnRole) -> Int? {
        roles.filter { $0.value == role }.map(\.key).min()
    }

    func has(_ role: ColumnRole) -> Bool { column(role) != nil }

    /// Whether `text` is short enough to be a heading, told before any work on it: a long
    /// cell is a row's text whatever words it holds (a Thai letter with its marks takes up
    /// to nine bytes, most take three).
    static func mayBeHeading(_ text: String) -> Bool {
        text.utf8.count <= longestHeading * 4
    }

    static func role(ofHeading text: String, fiscalYear: Int?, words: ReadingWords) -> ColumnRole? {
        guard mayBeHeading(text) else { return nil }
        let compact = String(text.filter { !$0.isWhitespace }).lowercased()
        guard !compact.isEmpty, compact.count <= longestHeading else { return nil }
        // `ปี 2566 | ปี 2567`: the year assessed is this year's score, another year is not.
        if compact.containsExactly("25"), let year = ThaiNumber.arabicDigits(compact).firstMatch(of: #"(25[0-9]{2})"#).flatMap({ Int($0[1]) }) {
            if let fiscalYear { return year == fiscalYear ? .score : .previous }
        }
        for (role, keys) in words.headingKeys {
            for key in keys where role.needsWholeHeading ? compact == key : compact.containsExactly(key) { return role }
        }
        return nil
    }
}
