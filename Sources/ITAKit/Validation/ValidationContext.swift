import ReportLayout

/// What a rule looks at: the report as parsed, the content it was parsed from (for rules that
/// read the text itself), and the framework of its fiscal year (nil when no template covers it).
public struct ValidationContext: Sendable {
    public var report: Report
    public var content: DocumentContent
    public var framework: Framework?
    public var settings: ValidationSettings

    public init(report: Report, content: DocumentContent, framework: Framework?, settings: ValidationSettings = ValidationSettings()) {
        self.report = report
        self.content = content
        self.framework = framework
        self.settings = settings
    }
}
