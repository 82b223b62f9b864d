/// Reads dates, periods and clock times from Thai text: "1 ตุลาคม 2568", "1 ต.ค. 68",
/// "๑ ตุลาคม ๒๕๖๘", "1 ตุลาคม 2568 – 30 กันยายน 2569", "ปีงบประมาณ พ.ศ. 2569", "13.30 น.".
///
/// Years are read as the Buddhist Era (พ.ศ.) that Thai official documents use and given
/// back Gregorian. The text is normalised first (`ThaiNormalizer`), so that PDF damage to
/// the marks of a month name does not hide it. Never traps on any input: numbers of any
/// length, any scalars.
public struct ThaiDateParser: Sendable {
    public init() {}

    /// The first date (day, month and year) in `text`, or nil when there is none.
    ///
    /// A day and month without a year is passed over ("14 มกราคม · 🌐", a social-media
    /// caption) unless it starts a period whose end gives the year ("1 ต.ค. – 31 ธ.ค. 2568"
    /// gives 1 October 2568). A month with a year but no day is not a date here.
    /// Throws `noSuchDay` for "31 กันยายน 2568" and `unreadable` for a day and month
    /// followed by a number that is no year ("1 ตุลาคม 256").
    public func date(in text: String) throws -> ThaiDate? {
        let reader = Self.reader(for: text)
        var index = 0
        while index < reader.tokens.count {
            if let (date, next) = try reader.date(at: index) {
                if date.day != nil, date.buddhistYear != nil { return try date.firstDay() }
                if date.day != nil, let (start, _) = try sharedYearPeriod(startingWith: date, after: next, in: reader) {
                    return start
                }
                index = next
            } else if let (day, next) = reader.bareDay(at: index),
                      let (start, _) = try sharedYearPeriod(startingWith: day, after: next, in: reader) {
                return start
            } else {
                index += 1
            }
        }
        return nil
    }

    /// The first period in `text`, or nil when it holds no date at all.
    ///
    /// - Two dates joined by a dash (– — -) or ถึง/จนถึง, or by nothing when both have a day
    ///   ("1 มีนาคม 30 กันยายน 2567", a ถึง left out); the first may leave out the year,
    ///   or the month and year, that the second gives ("1 ต.ค. – 31 ธ.ค. 2568",
    ///   "1 – 31 ตุลาคม 2568"), and then starts in the year before when its month comes
    ///   later ("1 ต.ค. – 30 ก.ย. 2569" starts in 2568).
    /// - Months without days stand for whole months: "ตุลาคม 2568 – กันยายน 2569" is
    ///   2025-10-01 to 2026-09-30.
    /// - One date alone is a period of that day (or month); after ตั้งแต่, or before a dash
    ///   with nothing after it, it is only a start; after ถึง or ภายใน, only an end.
    /// - Without any such date, ปีงบประมาณ (พ.ศ.) 2569 is the fiscal year 2569:
    ///   1 October 2568 to 30 September 2569 (2025-10-01 to 2026-09-30).
    ///
    /// Throws `noSuchDay` for impossible days, `unreadable` for a date with no year at all
    /// or a year that is no year, and `endBeforeStart`.
    public func period(in text: String) throws -> ThaiDateRange? {
        let reader = Self.reader(for: text)
        var index = 0
        while index < reader.tokens.count {
            if let (date, next) = try reader.date(at: index) {
                if let (start, end) = try sharedYearPeriod(startingWith: date, after: next, in: reader) {
                    return ThaiDateRange(start: start, end: end)
                }
                if date.day == nil, date.buddhistYear == nil, !date.hasUnreadableYear {
                    // A month name alone is no date (ก.พ. is also the Civil Service Commission).
                    index = next
                    continue
                }
                guard date.buddhistYear != nil else { throw ThaiDateError.unreadable(date.fragment) }
                let before = index > 0 ? reader.tokens[index - 1].kind : nil
                if before == .until || before == .within {
                    return ThaiDateRange(start: nil, end: try date.lastDay())
                }
                if before == .since || reader.joiner(at: next) != nil {
                    return ThaiDateRange(start: try date.firstDay(), end: nil)
                }
                return ThaiDateRange(start: try date.firstDay(), end: try date.lastDay())
            }
            if let (day, next) = reader.bareDay(at: index),
               let (start, end) = try sharedYearPeriod(startingWith: day, after: next, in: reader) {
                return ThaiDateRange(start: start, end: end)
            }
            index += 1
        }
        return try fiscalYearPeriod(in: reader)
    }

    /// The first clock time in `text`: "13.30 น." → (13, 30). See `ClockTimeReader`.
    public func time(in text: String) -> (hour: Int, minute: Int)? {
        ClockTimeReader().time(in: Array(ThaiNormalizer().normalize(text).unicodeScalars))
    }

    // MARK: -

    private static func reader(for text: String) -> DatePhraseReader {
        let scalars = Array(ThaiNormalizer().normalize(text).unicodeScalars)
        return DatePhraseReader(tokens: DateTokenizer().tokens(in: scalars), scalars: scalars)
    }

    /// `start`, a dash or ถึง at `index`, and a date: the period they make, or nil when no
    /// second date follows. Reports leave the ถึง out ("1 มีนาคม 30 กันยายน 2567"); without
    /// it both dates need a day, so that a month name next to a date (ก.พ. is also the Civil
    /// Service Commission) makes no period.
    private func sharedYearPeriod(startingWith start: WrittenDate, after index: Int,
                                  in reader: DatePhraseReader) throws -> (ThaiDate, ThaiDate)? {
        let endIndex: Int
        if let afterJoiner = reader.joiner(at: index) {
            endIndex = afterJoiner
        } else if start.day != nil, reader.startsDayAndMonth(at: index) {
            endIndex = index
        } else {
            return nil
        }
        guard let (end, _) = try reader.date(at: endIndex) else { return nil }
        return try Self.resolve(start: start, end: end)
    }

    /// Fills in what one end of a period leaves out from the other, then checks the order.
    private static func resolve(start: WrittenDate, end: WrittenDate) throws -> (ThaiDate, ThaiDate) {
        var start = start, end = end
        if start.hasUnreadableYear { throw ThaiDateError.unreadable(start.fragment) }
        if end.hasUnreadableYear { throw ThaiDateError.unreadable(end.fragment) }
        switch (start.buddhistYear, end.buddhistYear) {
        case (nil, nil):
            throw ThaiDateError.unreadable(start.fragment + " – " + end.fragment)
        case (nil, let year?):
            let hasOwnMonth = start.month != nil
            start.month = start.month ?? end.month
            start.buddhistYear = hasOwnMonth && start.comesAfter(end) ? year - 1 : year
        case (let year?, nil):
            end.buddhistYear = start.comesAfter(end) ? year + 1 : year
        default:
            break
        }
        let first = try start.firstDay(), last = try end.lastDay()
        guard first <= last else { throw ThaiDateError.endBeforeStart }
        return (first, last)
    }

    private func fiscalYearPeriod(in reader: DatePhraseReader) throws -> ThaiDateRange? {
        for index in reader.tokens.indices {
            guard let (first, last, _) = try reader.fiscalYears(at: index) else { continue }
            // Fiscal year N runs from 1 October of N − 1 to 30 September of N.
            guard let start = ThaiDate(buddhistYear: first - 1, month: 10, day: 1),
                  let end = ThaiDate(buddhistYear: last, month: 9, day: 30) else {
                throw ThaiDateError.unreadable(reader.fragment(from: index, to: index + 1))
            }
            guard start <= end else { throw ThaiDateError.endBeforeStart }
            return ThaiDateRange(start: start, end: end)
        }
        return nil
    }
}
