import ITAStore

/// The dataset summary as lines for people: a heading per part, its lines indented, the
/// indicator means as a table with a tab between the years.
struct SummaryText {
    var language: Language

    func render(_ summary: DatasetSummary, path: String) -> String {
        let word = { (w: DatasetWords) in w.text(in: language) }
        var lines = [word(.datasetHeader(path: path, agencies: summary.agencies, reports: summary.reports)), ""]
        lines.append(word(.reportsPerYear))
        for year in summary.years {
            lines.append("  " + word(.yearLine(year: year.fiscalYear, reports: year.reports, passing: year.passing,
                                                failing: year.failing, unknown: year.unknown,
                                                mean: year.meanOverall.map(DatasetValue.score))))
        }
        lines += ["", word(.levels)]
        for year in summary.years.map(\.fiscalYear) {
            let levels = summary.levels.filter { $0.fiscalYear == year }
                .map { "\($0.level.isEmpty ? word(.noLevel) : $0.level) \($0.reports)" }
            lines.append("  \(year): " + levels.joined(separator: ", "))
        }
        lines += ["", word(.indicatorMeans)]
        let years = summary.years.map(\.fiscalYear)
        lines.append("  " + ([word(.indicator)] + years.map(String.init)).joined(separator: "\t"))
        for number in Array(Set(summary.indicatorMeans.map(\.number))).sorted() {
            let means = summary.indicatorMeans.filter { $0.number == number }
            let cells = years.map { year in means.first { $0.fiscalYear == year }.map { DatasetValue.score($0.mean) } ?? "-" }
            lines.append("  " + (["\(number) \(means.last!.name)"] + cells).joined(separator: "\t"))
        }
        lines += ["", word(.weakIndicators)]
        if summary.weakIndicators.isEmpty { lines.append("  " + word(.none)) }
        for weak in summary.weakIndicators {
            lines.append("  \(weak.number) \(weak.name): " + word(.reportsCount(weak.reports)))
        }
        lines += ["", word(.diagnostics)]
        if summary.diagnostics.isEmpty { lines.append("  " + word(.none)) }
        for count in summary.diagnostics {
            lines.append("  " + word(.diagnosticLine(code: count.code, severity: count.severity, count: count.count, reports: count.reports)))
        }
        if summary.listResults > 0 {
            let en = language == .en
            lines += ["", en ? "Results lists: \(summary.listResults) agencies' results; where they disagree with the agency's own report"
                             : "รายชื่อผลการประเมิน: ผลของ \(summary.listResults) หน่วยงาน ที่ไม่ตรงกับรายงานของหน่วยงานเอง"]
            if summary.listDisagreements.isEmpty { lines.append("  " + word(.none)) }
            for d in summary.listDisagreements {
                let agency = d.agency + (d.province.map { " (\($0))" } ?? "")
                lines.append("  " + (en
                    ? "\(agency) \(d.fiscalYear) \(d.what): report \(d.inReport) (\(d.reportFile)), list \(d.inList) (\(d.listFile) row \(d.listRow))"
                    : "\(agency) \(d.fiscalYear) \(d.what): รายงาน \(d.inReport) (\(d.reportFile)) รายชื่อ \(d.inList) (\(d.listFile) แถวที่ \(d.listRow))"))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
