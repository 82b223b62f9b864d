/// One tool's figure in a results list's row.
public struct ListToolResult: Codable, Equatable, Sendable {
    /// IIT, EIT or OIT.
    public var code: String
    /// As printed, when the list's tool columns are weighted points (at most the tool's
    /// weight × 100: 30, 30, 40); nil in a list of scores.
    public var points: Double?
    /// On the 0–100 scale: as printed in a list of scores, points ÷ weight in a list of points.
    public var score: Double?
    public var `where`: Provenance?

    public init(code: String, points: Double?, score: Double?, where: Provenance?) {
        self.code = code
        self.points = points
        self.score = score
        self.where = `where`
    }
}
