/// What a results list says about itself: who announces it, and what its tool columns hold.
public struct ResultsListHeading: Codable, Equatable, Sendable {
    /// The announcing body, from the title or letter (ประกาศสำนักงาน…).
    public var announcedBy: String?
    public var announcedByWhere: Provenance?
    /// Decided from the figures (maxima, and whether the tools add up to the total as points or
    /// through the year's weights), never from a heading's wording; nil when the list prints
    /// no tool.
    public var toolColumns: ToolColumns?

    public init(announcedBy: String? = nil, announcedByWhere: Provenance? = nil, toolColumns: ToolColumns? = nil) {
        self.announcedBy = announcedBy
        self.announcedByWhere = announcedByWhere
        self.toolColumns = toolColumns
    }
}
