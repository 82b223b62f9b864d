/// What adding a results list did to the dataset.
public enum ListAddOutcome: Equatable, Sendable {
    /// Stored: one result per agency row (`results`), of which `newAgencies` were not in the
    /// dataset before.
    case added(results: Int, newAgencies: Int)
    /// Nothing changed: this very file (same sha256) is stored already.
    case unchanged
}
