/// The tolerances of reading and checking a results list, named, with their defaults.
public struct ResultsListSettings: Sendable, Equatable {
    /// A table is a results list from this many agency rows.
    public var minimumRows = 3
    /// Tools printed as points add up to the total within this much: each of the three and
    /// the total are written to two decimals (± 0.005 each). Default 0.02.
    public var pointsSumTolerance = 0.02
    /// Scores give the total through the year's weights within this much: the total ± 0.005,
    /// the weighted tools ± 0.005 in all (the weights add up to 1). Default 0.01.
    public var weightedSumTolerance = 0.01
    /// A figure printed as points may exceed its tool's weight × 100 by this much (rounding).
    public var pointsMaximumSlack = 0.005
    /// How many header rows a list's table may start with (a spreadsheet's header of two or
    /// three rows, a tool's label on the middle row of its merged cell).
    public var headerSearch = 4

    /// A level name OCR read is taken for a level when it is this near to it (an edit of a
    /// letter costs 1, of a mark `markEditCost`), and nearer by `levelSpellingMargin` than to
    /// any other level. Defaults 1.2 (a letter and a mark) and 0.5.
    public var levelSpellingTolerance = 1.2
    public var levelSpellingMargin = 0.5
    /// What an edit of a Thai mark above or below a letter costs, against a letter's 1: OCR
    /// drops, adds and swaps marks far more often than letters. Default 0.34.
    public var markEditCost = 0.34

    public init() {}
}
