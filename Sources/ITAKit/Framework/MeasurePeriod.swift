/// The period a report's measures (มาตรการส่งเสริมคุณธรรมและความโปร่งใส) are meant for:
/// the fiscal year after the one assessed, 1 ตุลาคม to 30 กันยายน. The seed, assessed in
/// 2568, plans for 1 ตุลาคม 2568 – 30 กันยายน 2569.
///
/// The template gives only that fiscal year; the dates follow from it, so they cannot be
/// mistyped.
public struct MeasurePeriod: Sendable, Decodable, Equatable {
    /// The Thai fiscal year (ปีงบประมาณ, พ.ศ.) of the measures.
    public let fiscalYear: Int
    /// ISO 8601, Gregorian: 1 October of the year before, e.g. "2025-10-01" for 2569.
    public let start: String
    /// ISO 8601, Gregorian: 30 September, e.g. "2026-09-30" for 2569.
    public let end: String
    public let source: SourceNote

    /// The period as Thai reports write it, e.g. "1 ตุลาคม 2568 – 30 กันยายน 2569".
    public var thaiText: String { "1 ตุลาคม \(fiscalYear - 1) – 30 กันยายน \(fiscalYear)" }

    /// Whether an ISO date ("2026-03-15") lies in the period. ISO dates compare as text.
    public func contains(_ isoDate: String) -> Bool {
        let day = String(isoDate.prefix(10))
        return start <= day && day <= end
    }

    init(fiscalYear: Int, source: SourceNote) {
        self.fiscalYear = fiscalYear
        self.source = source
        // A Thai fiscal year N runs from 1 October of N − 1 to 30 September of N (พ.ศ.);
        // ค.ศ. = พ.ศ. − 543.
        let gregorian = fiscalYear - 543
        start = Self.iso(year: gregorian - 1, month: 10, day: 1)
        end = Self.iso(year: gregorian, month: 9, day: 30)
    }

    /// Reads the template's `{"value": 2569, "source": …}`.
    public init(from decoder: any Decoder) throws {
        let year = try Sourced<Int>(from: decoder)
        guard Framework.plausibleYears.contains(year.value) else {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: decoder.codingPath,
                debugDescription: "\(year.value) is not a Buddhist Era fiscal year (such as 2569)"))
        }
        self.init(fiscalYear: year.value, source: year.source)
    }

    private static func iso(year: Int, month: Int, day: Int) -> String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}
