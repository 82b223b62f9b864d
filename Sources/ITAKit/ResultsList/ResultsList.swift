/// A results list as read: its heading and its rows, one per agency.
public struct ResultsList: Equatable, Sendable {
    public var heading: ResultsListHeading
    public var results: [ListResult]
    public var fiscalYear: Int?
}
