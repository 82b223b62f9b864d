/// Why a date-like piece of Thai text could not be read as a date.
public enum ThaiDateError: Error, Equatable, Sendable {
    /// The day does not exist in that month: "31 กันยายน 2568", "29 กุมภาพันธ์ 2566".
    /// `year` is the Buddhist Era year as the report writes it (2568), so that a message
    /// can quote the report's own figures.
    case noSuchDay(day: Int, month: Int, year: Int)
    /// Text that looks like a date but cannot be one: a month with no year to go with it, a
    /// year of three digits. Carries the fragment (at most a few dozen characters).
    case unreadable(String)
    /// A period that ends before it starts.
    case endBeforeStart
}
