/// Why the dataset cannot take a report, or cannot be opened. The command line words these
/// for people; the cases carry what it needs to say where.
public enum StoreError: Error, Equatable, Sendable {
    /// The report names no agency: it cannot be matched across years.
    case noAgency(file: String)
    /// The report gives no fiscal year.
    case noFiscalYear(file: String)
    /// The file at the path is not an SQLite database (or is damaged).
    case notADatabase(path: String)
    /// The database was made by a newer ita: its schema has migrations this one does not know.
    case newerSchema(path: String)
    /// No database at the path (export, trend and summary do not create one).
    case noDatabase(path: String)
    /// The database cannot be opened or written (permissions, a missing folder).
    case cannotOpen(path: String, reason: String)
}
