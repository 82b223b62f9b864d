import GRDB

/// An agency of the dataset, as `ita dataset trend --agency NAME` finds it.
public struct AgencyMatch: Equatable, Sendable, Codable {
    public var id: Int64
    public var name: String
    public var province: String?
    public var reports: Int
}
