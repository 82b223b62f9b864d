/// A day of the Gregorian calendar, read from Thai text (where years are Buddhist Era).
///
/// Only real days can be made: `init?` and decoding refuse 31 September or 29 February of
/// a common year, so a `ThaiDate` in hand needs no further checking.
public struct ThaiDate: Equatable, Hashable, Sendable {
    /// Gregorian (ค.ศ.): the Buddhist Era year less 543.
    public let year: Int
    public let month: Int
    public let day: Int

    /// The date, or nil when the day does not exist in that month of that year.
    public init?(year: Int, month: Int, day: Int) {
        guard let last = Self.lastDay(ofMonth: month, year: year), (1...last).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date in the Buddhist Era (พ.ศ.), as Thai documents write it.
    public init?(buddhistYear: Int, month: Int, day: Int) {
        guard buddhistYear > Int.min + Self.buddhistEraOffset else { return nil }
        self.init(year: buddhistYear - Self.buddhistEraOffset, month: month, day: day)
    }

    /// พ.ศ. = ค.ศ. + 543.
    public static let buddhistEraOffset = 543

    public var buddhistYear: Int { year + Self.buddhistEraOffset }

    /// ISO 8601, as the JSON contract writes dates: "2025-10-01".
    public var iso: String {
        let yearText = year >= 0 ? Self.padded(year, to: 4) : "-" + Self.padded(-year, to: 4)
        return "\(yearText)-\(Self.padded(month, to: 2))-\(Self.padded(day, to: 2))"
    }

    /// The number of days in `month` of the Gregorian `year`, or nil for a month outside
    /// 1...12.
    public static func lastDay(ofMonth month: Int, year: Int) -> Int? {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: return 31
        case 4, 6, 9, 11: return 30
        case 2: return isLeapYear(year) ? 29 : 28
        default: return nil
        }
    }

    /// Gregorian leap years: every fourth year, except centuries not divisible by 400.
    public static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    private static func padded(_ value: Int, to width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

extension ThaiDate: Comparable {
    public static func < (a: ThaiDate, b: ThaiDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}

/// Encoded as its ISO 8601 string, the form the JSON contract gives every date.
extension ThaiDate: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = ThaiDate(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an ISO 8601 day: \(text)")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }

    /// Reads "2025-10-01" (four-digit year); nil for anything else or a day that does not exist.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { ("0"..."9").contains($0) } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }
}
