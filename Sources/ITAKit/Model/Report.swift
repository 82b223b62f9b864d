import ReportLayout

/// An ITA report as data: the JSON contract of `ita extract` (schemaVersion 3). Field names
/// are stable; fields may be added, none renamed without a schema version bump.
///
/// Version 2 added the question scores (`items`), the year the measures are for
/// (`measuresFiscalYear`), the items a measure addresses, and the other scores a report
/// writes for one thing (`alsoWritten`). Version 3 added results lists (kind G): `kind`
/// `resultsList`, `resultsList` (the announcing body, what the tool columns hold) and
/// `results` (one per agency); a report of one agency has none of them. A short text (kind C:
/// a news item, an announcement) has `kind` `shortText` and the fields of a report.
public struct Report: Codable, Equatable, Sendable {
    /// What the document is, when it is not one agency's report: a results list of many
    /// agencies (`resultsList`), or a short text that states one agency's result without the
    /// report's parts (`shortText`: a news item, an announcement, a web page; `ShortText`).
    public enum Kind: String, Codable, Sendable { case resultsList, shortText }

    public var schemaVersion = 3
    public var kind: Kind?
    public var source: Source
    public var agency: Agency
    /// The fiscal year assessed.
    public var fiscalYear: Int?
    /// The fiscal year the measures are for, when the report says so (usually the next one).
    public var measuresFiscalYear: Int?
    public var overall: Overall?
    public var tools: [ToolScore]
    public var indicators: [IndicatorScore]
    /// The scores of the assessment's questions and items (i1–i30, e1–e15, o1–o43), where the
    /// report prints them.
    public var items: [ItemScore] = []
    public var analysis: [Analysis]
    public var measures: [Measure]
    public var events: [Event]
    public var diagnostics: [Diagnostic]
    /// A results list's heading (kind `resultsList` only).
    public var resultsList: ResultsListHeading?
    /// A results list's rows, one per agency (kind `resultsList` only).
    public var results: [ListResult]?

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

    /// Reads version 1 too (a dataset stores the JSON of its reports): what version 2 added
    /// may be absent.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
        source = try container.decode(Source.self, forKey: .source)
        agency = try container.decode(Agency.self, forKey: .agency)
        fiscalYear = try container.decodeIfPresent(Int.self, forKey: .fiscalYear)
        measuresFiscalYear = try container.decodeIfPresent(Int.self, forKey: .measuresFiscalYear)
        overall = try container.decodeIfPresent(Overall.self, forKey: .overall)
        tools = try container.decode([ToolScore].self, forKey: .tools)
        indicators = try container.decode([IndicatorScore].self, forKey: .indicators)
        items = try container.decodeIfPresent([ItemScore].self, forKey: .items) ?? []
        analysis = try container.decode([Analysis].self, forKey: .analysis)
        measures = try container.decode([Measure].self, forKey: .measures)
        events = try container.decode([Event].self, forKey: .events)
        diagnostics = try container.decode([Diagnostic].self, forKey: .diagnostics)
        kind = try container.decodeIfPresent(Kind.self, forKey: .kind)
        resultsList = try container.decodeIfPresent(ResultsListHeading.self, forKey: .resultsList)
        results = try container.decodeIfPresent([ListResult].self, forKey: .results)
    }
}

public struct Source: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, Sendable { case pdf, text, docx }
    public var file: String
    public var sha256: String
    public var kind: Kind
    /// Pages of a PDF; nil for text and Word documents.
    public var pages: Int?
    /// The pages, or pictures in pages, read by OCR; nil when none was.
    public var ocrPages: [OCRPageSummary]?

    public init(file: String, sha256: String, kind: Kind, pages: Int?, ocrPages: [OCRPageSummary]? = nil) {
        self.file = file
        self.sha256 = sha256
        self.kind = kind
        self.pages = pages
        self.ocrPages = ocrPages
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
    /// As written: ผ่านดี, AA, …; of the year's scheme when the report writes two.
    public var level: String?
    /// The words that give the level, when they say more than `level`: `(ผ่าน) ระดับ AA`.
    public var levelAsWritten: String?
    public var `where`: Provenance?
    /// Other scores the report gives for it, with their places (the first written is taken).
    public var alsoWritten: [ScoreMention]?

    public init(score: Double?, level: String?, levelAsWritten: String? = nil, where: Provenance?, alsoWritten: [ScoreMention]? = nil) {
        self.score = score
        self.level = level
        self.levelAsWritten = levelAsWritten
        self.where = `where`
        self.alsoWritten = alsoWritten
    }
}

/// A score written for something in a second place, different from the one taken.
public struct ScoreMention: Codable, Equatable, Sendable {
    /// Where a score stands when it is not in a table or list of scores: quoted beside a
    /// measure or an analysis, or in a sentence.
    public enum Quote: String, Codable, Sendable {
        case measures, analysis, text
    }

    public var score: Double
    public var `where`: Provenance?
    /// nil in a table or list of scores.
    public var quotedIn: Quote?

    public init(score: Double, where: Provenance?, quotedIn: Quote? = nil) {
        self.score = score
        self.where = `where`
        self.quotedIn = quotedIn
    }
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
    /// Other scores the report gives for it, with their places (the first written is taken).
    public var alsoWritten: [ScoreMention]?
}

public struct IndicatorScore: Codable, Equatable, Sendable {
    public var number: Int
    /// The canonical name of the year's framework.
    public var name: String
    public var nameAsWritten: String
    public var tool: String
    public var score: Double?
    public var `where`: Provenance?
    /// Where its name is written, when apart from its score (the row's name cell).
    public var nameWhere: Provenance?
    /// Other scores the report gives for it, with their places (the first written is taken).
    public var alsoWritten: [ScoreMention]?
}

/// The score of one question or item of the assessment: `i7 ท่านทราบข้อมูล… | 86.50`.
public struct ItemScore: Codable, Equatable, Sendable {
    /// Lower case, as the NACC writes it: i7, e11, o36.
    public var code: String
    public var indicator: Int
    public var tool: String
    public var score: Double?
    /// The row's or line's words as written (the code and the question's wording).
    public var textAsWritten: String
    public var `where`: Provenance?
    /// Other scores the report gives for it, with their places (the first written is taken).
    public var alsoWritten: [ScoreMention]?
}

public struct Analysis: Codable, Equatable, Sendable {
    public enum Assessment: String, Codable, Sendable { case strength, weakness }
    public var indicator: Int
    public var assessment: Assessment?
    public var text: String
    public var `where`: Provenance?
    /// The indicator's cell as written (number, name, a heading above it), and its place.
    public var indicatorAsWritten: String?
    public var indicatorWhere: Provenance?
}

public struct Measure: Codable, Equatable, Sendable {
    /// The indicator it serves: written, or the indicator of the first item it addresses.
    public var indicator: Int
    /// The questions or items it addresses (i7, o36), in the order written.
    public var items: [String] = []
    /// The score the measures table quotes beside them, when it does.
    public var scoreQuoted: Double?
    /// What to do: the project, activity or the way the analysis is put into practice.
    public var activity: String
    public var analysis: String
    /// What the assessment found (ข้อค้นพบ), when the table has such a column.
    public var findings: String?
    public var steps: [String]
    public var period: Period
    public var responsible: [String]
    /// How it is followed up (การติดตามประเมินผล), when the table says.
    public var followUp: String?
    /// Where the row is: its indicator's or questions' cell.
    public var `where`: Provenance?
    /// That cell as written.
    public var indicatorAsWritten: String?
    /// The responsible units' cell as written, and its place.
    public var responsibleAsWritten: String?
    public var responsibleWhere: Provenance?

    public init(indicator: Int, items: [String] = [], scoreQuoted: Double? = nil, activity: String, analysis: String,
                findings: String? = nil, steps: [String], period: Period, responsible: [String], followUp: String? = nil,
                where: Provenance?, indicatorAsWritten: String? = nil, responsibleAsWritten: String? = nil,
                responsibleWhere: Provenance? = nil) {
        self.indicator = indicator
        self.items = items
        self.scoreQuoted = scoreQuoted
        self.activity = activity
        self.analysis = analysis
        self.findings = findings
        self.steps = steps
        self.period = period
        self.responsible = responsible
        self.followUp = followUp
        self.where = `where`
        self.indicatorAsWritten = indicatorAsWritten
        self.responsibleAsWritten = responsibleAsWritten
        self.responsibleWhere = responsibleWhere
    }

    /// Reads version 1 too: a measure then had no `items`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        indicator = try container.decode(Int.self, forKey: .indicator)
        items = try container.decodeIfPresent([String].self, forKey: .items) ?? []
        scoreQuoted = try container.decodeIfPresent(Double.self, forKey: .scoreQuoted)
        activity = try container.decode(String.self, forKey: .activity)
        analysis = try container.decode(String.self, forKey: .analysis)
        findings = try container.decodeIfPresent(String.self, forKey: .findings)
        steps = try container.decode([String].self, forKey: .steps)
        period = try container.decode(Period.self, forKey: .period)
        responsible = try container.decode([String].self, forKey: .responsible)
        followUp = try container.decodeIfPresent(String.self, forKey: .followUp)
        self.where = try container.decodeIfPresent(Provenance.self, forKey: .where)
        indicatorAsWritten = try container.decodeIfPresent(String.self, forKey: .indicatorAsWritten)
        responsibleAsWritten = try container.decodeIfPresent(String.self, forKey: .responsibleAsWritten)
        responsibleWhere = try container.decodeIfPresent(Provenance.self, forKey: .responsibleWhere)
    }
}

public struct Period: Codable, Equatable, Sendable {
    public var text: String
    /// ISO 8601 dates (Gregorian); nil when the text cannot be read as a date.
    public var start: String?
    public var end: String?
    /// Where the period is written (its cell).
    public var `where`: Provenance?
}

public struct Event: Codable, Equatable, Sendable {
    /// ISO 8601 date (Gregorian), with the time when the report gives one.
    public var date: String
    public var text: String
    public var `where`: Provenance?
}

public struct Diagnostic: Codable, Equatable, Sendable {
    /// An error is a slip to correct (`ita validate` fails); a warning is something to check;
    /// a note says what a text does not hold without calling it a fault (a news item has no
    /// indicator table), and never changes the exit status.
    public enum Severity: String, Codable, Sendable {
        case error, warning, note

        /// As findings name it for people: "ข้อผิดพลาด", "คำเตือน", "หมายเหตุ".
        public var thaiWord: String {
            switch self {
            case .error: "ข้อผิดพลาด"
            case .warning: "คำเตือน"
            case .note: "หมายเหตุ"
            }
        }

        /// "error", "warning", "note" (the JSON value).
        public var englishWord: String { rawValue }

        /// Errors first, then warnings, then notes.
        public var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }
    }
    public var code: String
    public var severity: Severity
    /// In the language asked for (Thai by default).
    public var message: String
    public var `where`: Provenance?
    /// The other places the finding is about (a score written twice gives both).
    public var alsoWhere: [Provenance]?
    public var expected: String?
    public var found: String?

    public init(_ finding: Finding, english: Bool = false) {
        code = finding.code
        severity = finding.severity
        message = english ? finding.english : finding.thai
        self.where = finding.where
        alsoWhere = finding.alsoWhere
        expected = finding.expected
        found = finding.found
    }
}
