/// The dataset at a glance: reports per year, levels, mean score per indicator, the
/// indicators agencies most often call weak, and the diagnostics by code.
public struct DatasetSummary: Equatable, Sendable, Codable {
    public struct Year: Equatable, Sendable, Codable {
        public var fiscalYear: Int
        public var reports: Int
        public var passing: Int
        public var failing: Int
        /// Reports whose pass or fail neither the level nor the score tells.
        public var unknown: Int
        public var meanOverall: Double?
    }

    public struct Level: Equatable, Sendable, Codable {
        public var fiscalYear: Int
        /// As the year's template spells it; "" for reports that state none.
        public var level: String
        public var reports: Int
    }

    public struct IndicatorMean: Equatable, Sendable, Codable {
        public var number: Int
        public var name: String
        public var fiscalYear: Int
        public var mean: Double
        public var reports: Int
    }

    public struct WeakIndicator: Equatable, Sendable, Codable {
        public var number: Int
        public var name: String
        /// Reports whose analysis calls the indicator a weakness.
        public var reports: Int
    }

    public struct DiagnosticCount: Equatable, Sendable, Codable {
        public var code: String
        public var severity: String
        public var count: Int
        /// Reports with at least one.
        public var reports: Int
    }

    /// A result of a results list that says otherwise than the same agency's own report of
    /// the same year: the overall score, the level or a tool's score.
    public struct ListDisagreement: Equatable, Sendable, Codable {
        public var agency: String
        public var province: String?
        public var fiscalYear: Int
        /// `overall`, `level`, or a tool's code.
        public var what: String
        public var inReport: String
        public var inList: String
        public var reportFile: String
        public var listFile: String
        /// The list's row (1 for its first agency).
        public var listRow: Int
    }

    public var agencies: Int
    public var reports: Int
    public var years: [Year]
    public var levels: [Level]
    public var indicatorMeans: [IndicatorMean]
    public var weakIndicators: [WeakIndicator]
    public var diagnostics: [DiagnosticCount]
    /// Results stored from results lists (one per agency row).
    public var listResults = 0
    public var listDisagreements: [ListDisagreement] = []
}
