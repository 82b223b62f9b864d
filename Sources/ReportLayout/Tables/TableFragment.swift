/// The part of a table that stands on one page (or between two page breaks of a text report).
public struct TableFragment: Equatable, Sendable {
    public var rows: [TableRow]
    /// The page it stands on (PDF).
    public var page: Int?
    /// True when nothing but page furniture (a running header, blank lines) stands between the
    /// previous fragment and this one, so this one may continue the same table.
    public var followsPrevious: Bool
    /// True when the fragment was read from rulings. A producer draws a table the same way on
    /// every page, so a ruled fragment and an unruled one are never parts of one table.
    public var ruled: Bool
    /// True when the fragment's column edges were read from the gaps in its text, though it is
    /// ruled (with horizontal lines only): its page shows only the gaps its own text leaves.
    public var columnsFromText = false

    public init(rows: [TableRow], page: Int? = nil, followsPrevious: Bool, ruled: Bool = false) {
        self.rows = rows
        self.page = page
        self.followsPrevious = followsPrevious
        self.ruled = ruled
    }
}
