/// Reads dates and periods from `DateToken`s.
///
/// A date is a day, a month and a year in that order ("1 ตุลาคม 2568", "1 ต.ค. พ.ศ. 2568"),
/// or a month and a year ("ตุลาคม 2568"). A period is two of them joined by a dash or ถึง
/// (left out between two days: "1 มีนาคม 30 กันยายน 2567"), where the first may borrow the
/// year (and month) of the second; or ปีงบประมาณ and a year.
struct DatePhraseReader {
    let tokens: [DateToken]
    let scalars: [Unicode.Scalar]

    /// The longest fragment quoted in an error.
    private static let maximumFragmentLength = 60

    /// The date that starts at token `index`, with the index after it, or nil when no date
    /// starts there. Throws when a day and a month are followed by a number that is no year;
    /// a month alone followed by one is marked `hasUnreadableYear` for the caller to judge.
    func date(at index: Int) throws -> (WrittenDate, next: Int)? {
        guard index < tokens.count else { return nil }
        var date = WrittenDate(fragment: "")
        var position = index
        if case .number(let value?, let digits) = tokens[position].kind, digits <= 2,
           position + 1 < tokens.count, case .month = tokens[position + 1].kind {
            date.day = value
            position += 1
        }
        guard case .month(let month) = tokens[position].kind else { return nil }
        date.month = month
        position += 1
        var era: CalendarEra?
        if position < tokens.count, case .era(let written) = tokens[position].kind {
            era = written
            position += 1
        }
        // "1 มีนาคม 30 กันยายน 2567": a number with a month after it is the day of the next
        // date (the ถึง between them left out), not a two-digit year of this one.
        if position < tokens.count, case .number(let value, let digits) = tokens[position].kind,
           era != nil || !startsDayAndMonth(at: position) {
            if let year = Self.buddhistYear(value: value, digits: digits, era: era) {
                date.buddhistYear = year
                position += 1
            } else if date.day != nil || era != nil {
                // "1 ตุลาคม 256", "ตุลาคม พ.ศ. 5": meant as a date, but the year is no year.
                throw ThaiDateError.unreadable(fragment(from: index, to: position + 1))
            } else if digits >= 3 {
                // "ตุลาคม 256" in a period is a mistyped year; "ก.พ. 500 คน" in running
                // text is a count after the Civil Service Commission.
                date.hasUnreadableYear = true
                position += 1
            }
            // Otherwise a month and a small count ("ก.พ. 2 ครั้ง"): the month stands alone.
        } else if era != nil, date.day != nil {
            throw ThaiDateError.unreadable(fragment(from: index, to: position))
        }
        date.fragment = fragment(from: index, to: position)
        return (date, position)
    }

    /// Whether a day and its month start at `index`: a number from 1 to 31 with a month
    /// right after it ("30 กันยายน", "31มี.ค.").
    func startsDayAndMonth(at index: Int) -> Bool {
        guard index + 1 < tokens.count, case .number(let value?, let digits) = tokens[index].kind, digits <= 2,
              (1...31).contains(value), case .month = tokens[index + 1].kind else { return false }
        return true
    }

    /// A bare day before a dash or ถึง and a date with a month: the 1 of "1 – 31 ตุลาคม 2568".
    func bareDay(at index: Int) -> (WrittenDate, next: Int)? {
        guard index + 2 < tokens.count, case .number(let value?, let digits) = tokens[index].kind, digits <= 2,
              Self.isJoiner(tokens[index + 1].kind) else { return nil }
        let date = WrittenDate(day: value, fragment: fragment(from: index, to: index + 1))
        return (date, index + 1)
    }

    /// ปีงบประมาณ [พ.ศ.] 2569, or a run of them: ปีงบประมาณ 2569 – 2570.
    func fiscalYears(at index: Int) throws -> (first: Int, last: Int, next: Int)? {
        guard index < tokens.count, tokens[index].kind == .fiscalYear else { return nil }
        guard let (first, afterFirst) = try year(at: index + 1, from: index) else { return nil }
        var position = afterFirst
        var last = first
        if position < tokens.count, Self.isJoiner(tokens[position].kind) {
            var next = position + 1
            if next < tokens.count, tokens[next].kind == .fiscalYear { next += 1 }
            if let (end, afterEnd) = try year(at: next, from: index) {
                last = end
                position = afterEnd
            }
        }
        return (first, last, position)
    }

    /// [era] year at `index`.
    private func year(at index: Int, from start: Int) throws -> (Int, next: Int)? {
        var position = index
        var era: CalendarEra?
        if position < tokens.count, case .era(let written) = tokens[position].kind {
            era = written
            position += 1
        }
        guard position < tokens.count, case .number(let value, let digits) = tokens[position].kind else { return nil }
        guard let year = Self.buddhistYear(value: value, digits: digits, era: era) else {
            // ปีงบประมาณ 256: meant as a year. One digit is some count, not a year.
            if era != nil || digits >= 3 { throw ThaiDateError.unreadable(fragment(from: start, to: position + 1)) }
            return nil
        }
        return (year, position + 1)
    }

    /// The index after a dash, ถึง, or both ("– ถึง"), when one is at `index`.
    func joiner(at index: Int) -> Int? {
        var position = index
        while position < tokens.count, Self.isJoiner(tokens[position].kind) { position += 1 }
        return position > index ? position : nil
    }

    static func isJoiner(_ kind: DateToken.Kind) -> Bool {
        kind == .dash || kind == .until
    }

    /// A year as written, counted in the Buddhist Era. Two digits are the last two of a
    /// Buddhist year (68 → 2568), as Thai official writing abbreviates it; four digits
    /// with no era are Buddhist from 2400 on and Gregorian below (1800–2399: "2025").
    /// Anything else is no year.
    static func buddhistYear(value: Int?, digits: Int, era: CalendarEra?) -> Int? {
        guard let value else { return nil }
        let offset = ThaiDate.buddhistEraOffset
        switch (digits, era) {
        case (2, .christian): return 2000 + value + offset
        case (2, _): return 2500 + value
        case (4, .christian): return value + offset
        case (4, .buddhist): return value
        case (4, nil):
            if value >= 2400 { return value }
            if value >= 1800 { return value + offset }
            return nil
        default: return nil
        }
    }

    func fragment(from first: Int, to end: Int) -> String {
        guard first < end, end <= tokens.count else { return "" }
        let lower = tokens[first].range.lowerBound
        let upper = min(tokens[end - 1].range.upperBound, lower + Self.maximumFragmentLength)
        return String(String.UnicodeScalarView(scalars[lower..<upper]))
    }
}
