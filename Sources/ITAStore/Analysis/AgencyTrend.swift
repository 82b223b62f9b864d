import GRDB

/// One agency over the years: its overall score and level each year, and per indicator the
/// score each year and the change from the year before.
public struct AgencyTrend: Equatable, Sendable, Codable {
    public struct Year: Equatable, Sendable, Codable {
        public var fiscalYear: Int
        public var overall: Double?
        /// The change of the overall score from the previous year in the dataset.
        public var overallChange: Double?
        /// As the year's template spells it; as written when the template does not know it.
        public var level: String?
        public var passes: Bool?
        /// How the level compares with the previous year's (`LevelStanding.change(to:)`).
        public var levelChange: LevelStanding.Change?
        public var sourceFile: String
    }

    public struct Score: Equatable, Sendable, Codable {
        public var fiscalYear: Int
        public var score: Double?
        /// The score minus the one of the previous year in the dataset; nil for the first
        /// year, or when either score is missing.
        public var change: Double?
    }

    public struct Indicator: Equatable, Sendable, Codable {
        public var number: Int
        /// The canonical name of the latest year.
        public var name: String
        public var tool: String
        /// One per year of the agency, in order.
        public var scores: [Score]
        /// The latest year's change.
        public var change: Double? { scores.last?.change }
    }

    public var agency: String
    public var province: String?
    public var years: [Year]
    public var indicators: [Indicator]
}
