/// The summary `ita dataset add` ends with: one line per file that failed (with why) or
/// replaced another, then the counts.
struct AddSummary {
    var outcomes: [(file: String, outcome: FileOutcome)] = []

    var failedCount: Int { outcomes.filter { if case .failed = $0.outcome { return true } else { return false } }.count }

    func render(in language: Language) -> String {
        var lines: [String] = []
        var added = 0, replaced = 0, unchanged = 0
        for (file, outcome) in outcomes {
            switch outcome {
            case .added: added += 1
            case .addedList(let results, let newAgencies):
                added += 1
                lines.append("\(DatasetWords.added.text(in: language)): \(file): " + (language == .en
                    ? "a results list, \(results) agencies' results (\(newAgencies) agencies new to the dataset)"
                    : "รายชื่อผลการประเมิน ผลของ \(results) หน่วยงาน (หน่วยงานใหม่ในชุดข้อมูล \(newAgencies) หน่วยงาน)"))
            case .unchanged: unchanged += 1
            case .replaced(let old):
                replaced += 1
                lines.append("\(DatasetWords.replaced.text(in: language)): \(file) \(DatasetWords.replacedFrom(old).text(in: language))")
            case .failed(let why):
                lines.append("\(DatasetWords.failed.text(in: language)): \(file): \(why)")
            }
        }
        lines.append(DatasetWords.totals(added: added, replaced: replaced, unchanged: unchanged, failed: failedCount).text(in: language))
        return lines.joined(separator: "\n") + "\n"
    }
}
