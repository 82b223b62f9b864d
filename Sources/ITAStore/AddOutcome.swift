/// What adding a report did to the dataset.
public enum AddOutcome: Equatable, Sendable {
    /// Stored; the dataset had no report of this agency and year.
    case added(StoredReport)
    /// Nothing changed: this very file (same sha256) is stored already.
    case unchanged(StoredReport)
    /// Another file of the same agency and year was stored; it was replaced, as asked.
    case replaced(old: StoredReport, new: StoredReport)
    /// Nothing changed: another file of the same agency and year is stored, and replacing
    /// it was not asked for.
    case conflict(existing: StoredReport)
}
