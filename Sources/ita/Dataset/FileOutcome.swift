import ITAStore

/// What `ita dataset add` did with one file, for its summary.
enum FileOutcome: Sendable {
    case added
    /// A results list: one result per agency row stored.
    case addedList(results: Int, newAgencies: Int)
    case replaced(oldFile: String)
    case unchanged
    case failed(String)

    /// From what the store did with the file's report.
    init(_ outcome: AddOutcome, file: String, language: Language) {
        switch outcome {
        case .added: self = .added
        case .unchanged: self = .unchanged
        case .replaced(let old, _): self = .replaced(oldFile: old.sourcePath ?? old.sourceFile)
        case .conflict(let existing):
            let agency = existing.agency + (existing.province.map { " (\($0))" } ?? "")
            self = .failed(DatasetMessage.conflict(file: file, agency: agency, year: existing.fiscalYear,
                                                   storedFile: existing.sourcePath ?? existing.sourceFile).text(in: language))
        }
    }
}
