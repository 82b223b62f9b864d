/// One thing a rule found wrong in a report, said in Thai and in English, with the spot.
public struct Finding: Equatable, Sendable {
    public typealias Severity = Diagnostic.Severity

    public var code: String
    public var severity: Severity
    /// What is wrong and what to do, for agency staff who are not programmers.
    public var thai: String
    public var english: String
    public var `where`: Provenance?
    /// The other places the finding is about, when it compares two (a score written twice):
    /// `where` is the one the message starts from.
    public var alsoWhere: [Provenance]?
    /// The value the rule expected, and the one the report has, as people read them.
    public var expected: String?
    public var found: String?

    public init(code: String, severity: Severity, thai: String, english: String, where: Provenance?,
                expected: String? = nil, found: String? = nil, alsoWhere: [Provenance]? = nil) {
        self.code = code
        self.severity = severity
        self.thai = thai
        self.english = english
        self.where = `where`
        self.expected = expected
        self.found = found
        self.alsoWhere = alsoWhere.flatMap { $0.isEmpty ? nil : $0 }
    }
}
