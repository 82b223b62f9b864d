/// A period as a report gives it: either end may be missing ("ภายใน 30 กันยายน 2569" has
/// only an end, "ตั้งแต่ 1 ตุลาคม 2568" only a start).
public struct ThaiDateRange: Equatable, Hashable, Sendable, Codable {
    public let start: ThaiDate?
    public let end: ThaiDate?

    public init(start: ThaiDate?, end: ThaiDate?) {
        self.start = start
        self.end = end
    }
}
