/// A piece of text that matters for reading dates. White space and filler words (วันที่,
/// เดือน) make no token; everything else that is not part of a date becomes `.other`,
/// which keeps a day, month and year apart when text stands between them.
struct DateToken: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        /// A run of digits. `value` is nil when there are too many digits to be a day or a
        /// year: a huge digit string must not overflow.
        case number(value: Int?, digits: Int)
        case month(Int)
        case era(CalendarEra)
        /// ปีงบประมาณ: the fiscal year (1 October to 30 September) named by the year after it.
        case fiscalYear
        /// A dash between the two ends of a period.
        case dash
        /// ถึง, จนถึง: "until", between the two ends or before an end alone.
        case until
        /// ตั้งแต่: "from", before a start alone.
        case since
        /// ภายใน: "by", before an end alone.
        case within
        case other
    }

    let kind: Kind
    /// Where the token is, in the normalised text's scalars.
    let range: Range<Int>
}

/// The era a year is counted in.
enum CalendarEra: Equatable, Sendable {
    /// พ.ศ., the Buddhist Era of Thai official documents.
    case buddhist
    /// ค.ศ.
    case christian
}
