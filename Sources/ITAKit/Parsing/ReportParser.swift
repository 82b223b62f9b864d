import ReportLayout

/// Turns a report's content into the ITA model: agency, fiscal year, overall score and level,
/// tool and indicator scores, the analysis per indicator, the measures and dated events.
/// What the report does not say stays empty; the validator says what is missing.
public struct ReportParser: Sendable {
    public init() {}

    public func parse(_ content: DocumentContent, source: Source) throws -> Report {
        var report = Report(source: source)
        report.agency = AgencyReader().read(content.lines) ?? Agency()
        let year = FiscalYearReader().read(content.lines)
        report.fiscalYear = year?.year
        // Without a year the latest framework is the best guess for names and levels.
        let framework = try year.flatMap { try FrameworkLibrary.framework(for: $0.year) } ?? latestFramework()
        report.overall = OverallReader(levelNames: framework.levelRule.levelNames).read(content.lines)
        for table in content.tables {
            switch TableKind.of(table) {
            case .tools: report.tools += ToolScoreReader().read(table)
            case .indicators: report.indicators += IndicatorScoreReader(framework: framework).read(table)
            case .analysis: report.analysis += AnalysisReader().read(table)
            case .measures: report.measures += MeasureReader().read(table)
            case nil: break
            }
        }
        report.events = EventReader().read(content.lines)
        return report
    }

    private func latestFramework() throws -> Framework {
        guard let latest = try FrameworkLibrary.load().max(by: { $0.key < $1.key })?.value else {
            throw FrameworkError.folderUnreadable(path: TemplatesFolder.url.appendingPathComponent("frameworks").path)
        }
        return latest
    }
}
