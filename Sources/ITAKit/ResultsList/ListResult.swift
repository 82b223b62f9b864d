/// One row of a results list (kind G): one agency's result as the list announces it.
public struct ListResult: Codable, Equatable, Sendable {
    /// The rank or number the list gives the row (ที่, ลำดับ), when it gives one.
    public var rank: Int?
    /// The agency: its name as written, its kind from the name, its province when the list
    /// writes one.
    public var agency: Agency
    /// The list's fiscal year (from its title or letter).
    public var fiscalYear: Int?
    /// The total and the level, as the row prints them; absent when the row prints none.
    public var overall: Overall?
    /// The tools the row prints; a tool printed "-" or left empty is absent.
    public var tools: [ListToolResult]
    /// The row: its agency's cell.
    public var `where`: Provenance?

    public init(rank: Int?, agency: Agency, fiscalYear: Int?, overall: Overall?, tools: [ListToolResult], where: Provenance?) {
        self.rank = rank
        self.agency = agency
        self.fiscalYear = fiscalYear
        self.overall = overall
        self.tools = tools
        self.where = `where`
    }

    /// The tool of a code, when the row prints it.
    public func tool(_ code: String) -> ListToolResult? {
        tools.first { $0.code == code }
    }
}
