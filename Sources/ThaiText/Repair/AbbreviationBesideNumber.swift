/// A month abbreviation written without its dots beside a number, as item-level reports write
/// periods: `1 มค 67 ถึง 31 มีค 67`, `มค.67`. Its letters look like a word that lost a mark
/// (`มค` → มัค, `สค` → สัค, `เมย` → เมย์), but beside a number they are a date's, so the
/// repairer leaves the run alone.
///
/// Only the month abbreviations `ThaiDateParser` reads, and only with a digit next to them
/// (across spaces, or the dot after them): elsewhere the same letters may be a damaged word,
/// and a damaged word beside a number (`บริกำร 2 ครั้ง`) is still repaired.
enum AbbreviationBesideNumber {
    private static let abbreviations: Set<[Unicode.Scalar]> =
        Set(ThaiMonthName.abbreviations.map { Array($0.parts.joined().unicodeScalars) })

    /// `span` without such an abbreviation at either end (only an end can have a number
    /// beside it: digits end a span), or nil when nothing is left.
    static func trimmed(_ span: ThaiSpanFinder.Span, in scalars: [Unicode.Scalar]) -> ThaiSpanFinder.Span? {
        var runs = span.runs
        if let first = runs.first, isAbbreviation(first, in: scalars) { runs.removeFirst() }
        if let last = runs.last, isAbbreviation(last, in: scalars) { runs.removeLast() }
        return runs.isEmpty ? nil : ThaiSpanFinder.Span(runs: runs)
    }

    static func isAbbreviation(_ run: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        guard abbreviations.contains(Array(scalars[run])) else { return false }
        var before = run.lowerBound - 1
        while before >= 0, isSpace(scalars[before]) { before -= 1 }
        if before >= 0, DateDigit.isDigit(scalars[before]) { return true }
        var after = run.upperBound
        if after < scalars.count, scalars[after] == "." { after += 1 }
        while after < scalars.count, isSpace(scalars[after]) { after += 1 }
        return after < scalars.count && DateDigit.isDigit(scalars[after])
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\u{00A0}"
    }
}
