/// A date as far as the text gives it. One end of a period may leave out what the other end
/// says ("1 ต.ค. – 31 ธ.ค. 2568": the start has no year; "1 – 31 ตุลาคม 2568": no month
/// either), and a month alone ("ตุลาคม 2568") stands for the whole month.
struct WrittenDate: Equatable, Sendable {
    var day: Int?
    var month: Int?
    /// Buddhist Era, whatever era the text used.
    var buddhistYear: Int?
    /// The text it was read from, for error messages.
    var fragment: String
    /// A month followed by a number that cannot be a year ("ตุลาคม 256").
    var hasUnreadableYear = false

    /// The first day it can mean: the day itself, or the month's first day. Throws
    /// `unreadable` while the month or the year is missing, `noSuchDay` for a day the month
    /// does not have.
    func firstDay() throws -> ThaiDate {
        try resolved(day: day ?? 1)
    }

    /// The last day it can mean: the day itself, or the month's last day.
    func lastDay() throws -> ThaiDate {
        if let day { return try resolved(day: day) }
        guard let month, let buddhistYear, !hasUnreadableYear,
              let last = ThaiDate.lastDay(ofMonth: month, year: buddhistYear - ThaiDate.buddhistEraOffset) else {
            throw ThaiDateError.unreadable(fragment)
        }
        return try resolved(day: last)
    }

    private func resolved(day: Int) throws -> ThaiDate {
        guard let month, let buddhistYear, !hasUnreadableYear else { throw ThaiDateError.unreadable(fragment) }
        guard let date = ThaiDate(buddhistYear: buddhistYear, month: month, day: day) else {
            throw ThaiDateError.noSuchDay(day: day, month: month, year: buddhistYear)
        }
        return date
    }

    /// Whether this date falls after `other` within one year (month, then day; a missing
    /// month is taken from `other`): decides that "1 ต.ค. – 30 ก.ย. 2569" starts in the
    /// year before.
    func comesAfter(_ other: WrittenDate) -> Bool {
        let mine = (month ?? other.month ?? 0, day ?? 1)
        let theirs = (other.month ?? 0, other.day ?? 1)
        return mine > theirs
    }
}
