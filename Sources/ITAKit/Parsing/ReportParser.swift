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
        // Score rows are known by their content (a tool code or an indicator number, and a
        // score), also in tables without a header: tables drawn without rulings are not always
        // found whole. The indicators table is not read for tool scores: it names the tools
        // too, in group rows.
        for table in content.tables {
            let header = TableKind.header(of: table)
            let rows = Table(pages: table.pages, rows: Array(table.rows.dropFirst(header?.row ?? 0)))
            switch header?.kind {
            case .analysis: report.analysis += AnalysisReader().read(rows)
            case .measures: report.measures += MeasureReader().read(rows)
            case .tools, .indicators, nil:
                if header?.kind != .indicators {
                    report.tools += ToolScoreReader().read(rows).filter { tool in
                        !report.tools.contains { $0.code == tool.code && $0.part == tool.part }
                    }
                }
                if rows.columnCount <= 3 {
                    report.indicators += IndicatorScoreReader(framework: framework).read(rows).filter { indicator in
                        !report.indicators.contains { $0.number == indicator.number }
                    }
                }
            }
        }
        let lineReader = LineScoreReader(framework: framework)
        report.tools += lineReader.tools(in: content.visualLines).filter { tool in
            !report.tools.contains { $0.code == tool.code && $0.part == tool.part }
        }
        report.indicators += lineReader.indicators(in: content.visualLines).filter { indicator in
            !report.indicators.contains { $0.number == indicator.number }
        }
        // A part whose ส่วนที่ was cut off into another cell reads as the tool without a part:
        // with the same score as a part read elsewhere, it is that part read twice.
        let parts = report.tools.filter { $0.part != nil }
        report.tools.removeAll { tool in
            tool.part == nil && parts.contains { $0.code == tool.code && $0.score == tool.score }
        }
        report.tools.sort { a, b in
            let order = { (tool: ToolScore) in framework.tools.firstIndex { $0.code == tool.code } ?? Int.max }
            return (order(a), a.part ?? 0) < (order(b), b.part ?? 0)
        }
        report.indicators.sort { $0.number < $1.number }
        report.events = EventReader().read(content.lines)
        return report
    }

    private func latestFramework() throws -> Framework {
        guard let latest = try FrameworkLibrary.latest() else {
            throw FrameworkError.folderUnreadable(path: TemplatesFolder.url.appendingPathComponent("frameworks").path)
        }
        return latest
    }
}
