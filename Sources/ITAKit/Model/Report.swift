/// An ITA report as data: the JSON contract of `ita extract` (schemaVersion 1). Field names
/// are stable; fields may be added, none renamed without a schema version bump.
public struct Report: Codable, Equatable, Sendable {
    public var schemaVersion = 1
    public var source: Source
    public var agency: Agency
    public var fiscalYear: Int?
    public var overall: Overall?
    public var tools: [ToolScore]
    public var indicators: [IndicatorScore]
    public var analysis: [Analysis]
    public var measures: [Measure]
    public var events: [Event]
    public var diagnostics: [Diagnostic]

    public init(source: Source, agency: Agency = Agency(), fiscalYear: Int? = nil, overall: Overall? = nil,
                tools: [ToolScore] = [], indicators: [IndicatorScore] = [], analysis: [Analysis] = [],
                measures: [Measure] = [], events: [Event] = [], diagnostics: [Diagnostic] = []) {
        self.source = source
        self.agency = agency
        self.fiscalYear = fiscalYear
        self.overall = overall
        self.tools = tools
        self.indicators = indicators
        self.analysis = analysis
        self.measures = measures
        self.events = events
        self.diagnostics = diagnostics
    }
}

public struct Source: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, Sendable { case pdf, text }
    public var file: String
    public var sha256: String
    public var kind: Kind
    /// Pages of a PDF; nil for text.
    public var pages: Int?

    public init(file: String, sha256: String, kind: Kind, pages: Int?) {
        self.file = file
        self.sha256 = sha256
        self.kind = kind
        self.pages = pages
    }
}

public struct Agency: Codable, Equatable, Sendable {
    /// As written in the report's title, e.g. เทศบาลเมืองเมืองพล.
    public var name: String?
    /// The kind of agency, from its name: เทศบาลเมือง, องค์การบริหารส่วนตำบล, …
    public var type: String?
    /// อำเภอ, without the word อำเภอ.
    public var district: String?
    /// จังหวัด, without the word จังหวัด.
    public var province: String?
    public var `where`: Provenance?

    public init(name: String? = nil, type: String? = nil, district: String? = nil, province: String? = nil, where: Provenance? = nil) {
        self.name = name
        self.type = type
        self.district = district
        self.province = province
        self.where = `where`
    }
}

public struct Overall: Codable, Equatable, Sendable {
    public var score: Double?
    /// As written: ผ่านดี, AA, …
    public var level: String?
    public var `where`: Provenance?
}

public struct ToolScore: Codable, Equatable, Sendable {
    /// IIT, EIT or OIT.
    public var code: String
    /// 1 or 2 for EIT's two parts (from 2566); nil otherwise.
    public var part: Int?
    public var score: Double?
    /// The code as written when it differs (the seed writes IET for EIT).
    public var codeAsWritten: String?
    public var `where`: Provenance?
}

public struct IndicatorScore: Codable, Equatable, Sendable {
    public var number: Int
    /// The canonical name of the year's framework.
    public var name: String
    public var nameAsWritten: String
    public var tool: String
    public var score: Double?
    public var `where`: Provenance?
}

public struct Analysis: Codable, Equatable, Sendable {
    public enum Assessment: String, Codable, Sendable { case strength, weakness }
    public var indicator: Int
    public var assessment: Assessment?
    public var text: String
    public var `where`: Provenance?
}

public struct Measure: Codable, Equatable, Sendable {
    public var indicator: Int
    public var activity: String
    public var analysis: String
    public var steps: [String]
    public var period: Period
    public var responsible: [String]
    public var `where`: Provenance?
}

public struct Period: Codable, Equatable, Sendable {
    public var text: String
    /// ISO 8601 dates (Gregorian); nil when the text cannot be read as a date.
    public var start: String?
    public var end: String?
}

public struct Event: Codable, Equatable, Sendable {
    /// ISO 8601 date (Gregorian), with the time when the report gives one.
    public var date: String
    public var text: String
    public var `where`: Provenance?
}

public struct Diagnostic: Codable, Equatable, Sendable {
    public enum Severity: String, Codable, Sendable { case error, warning }
    public var code: String
    public var severity: Severity
    /// In the language asked for (Thai by default).
    public var message: String
    public var `where`: Provenance?
    public var expected: String?
    public var found: String?

    public init(_ finding: Finding, english: Bool = false) {
        code = finding.code
        severity = finding.severity
        message = english ? finding.english : finding.thai
        self.where = finding.where
        expected = finding.expected
        found = finding.found
    }
}
