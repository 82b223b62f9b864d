/// A report as the dataset holds it: which agency and year, from which file.
public struct StoredReport: Equatable, Sendable, Codable {
    public var id: Int64
    public var agency: String
    public var province: String?
    public var fiscalYear: Int
    public var sourceFile: String
    public var sourcePath: String?
    public var sha256: String
}
