/// Every tolerance the layout uses, named, with its default. Lengths are fractions of the
/// line height (the height of the glyph rectangles poppler gives, about 1.1–1.3 × the font
/// size), so the same settings work at 10 pt and at 20 pt.
public struct LayoutSettings: Sendable, Equatable {
    /// Two glyphs with the same scalar whose corners are this close are one glyph drawn twice
    /// (shadow and outline effects, doubled marks). Default 0.12: a shadow offset is 1–2 pt,
    /// while two identical letters in a row stand a full letter width apart.
    public var duplicateTolerance = 0.12

    /// Glyphs whose vertical midpoints are this close share a visual line. Default 0.3:
    /// different font sizes on one baseline stay together, the next line (≥ 1.0 away) does not.
    public var lineTolerance = 0.3

    /// A mark is attached to the base whose right edge is nearest to its origin, if that edge
    /// is at most this far. Default 1.0: Thai fonts draw a zero-width mark to the left of its
    /// origin, so its origin sits at or just after the right edge of the base it belongs to.
    public var markReach = 1.0

    /// A gap wider than this, beyond the line's own letter spacing, is a word space. Default 0.15:
    /// a space is 0.22–0.3 of the line height in Thai fonts, while kerning after a tall consonant
    /// with an upper vowel (ปี) leaves about 0.09, and must not split the word.
    public var wordGap = 0.15

    /// A gap wider than this is a column gap: the two sides are separate cells, written with a
    /// tab between them. Default 2.0: justified text stretches spaces to about 1.9 in narrow
    /// table cells; cells of one table row stand further apart. Also the narrowest gap between
    /// the columns of a table ruled with horizontal lines only, which are read from its text: a
    /// number and its unit (`563,199,600 บาท`) stand about 0.7 apart, and are one cell.
    public var columnGap = 2.0

    /// An empty vertical channel this wide, running down at least four lines that have words
    /// on both sides of it, separates the columns of a table drawn without rulings. Default
    /// 0.15: LibreOffice pads cells by little more than a word space (about 0.25). A channel
    /// narrower than 0.4 must also have the text after it line up (`UnruledTableFinder`), which
    /// the words after a space in prose do not.
    public var unruledColumnGap = 0.15

    /// In a table drawn without rulings, a gap between two lines this much wider than the
    /// table's usual gap between lines (in line heights) separates two rows. Default 0.25.
    public var unruledRowGap = 0.25

    /// In a table without rulings, lines whose tops are closer than this (in line heights)
    /// stand side by side at other heights (a cell centred beside another's lines, half a
    /// line off), not one below the other (a line apart or more). Default 0.8.
    public var sideBySideStep = 0.8

    /// How many of a table's first lines (without rulings) may be a header whose cells span
    /// columns, crossing channels the rows leave open. Default 3.
    public var spanningHeaderLines = 3

    /// How many lines must have cells on both sides of a channel that only a spanning header
    /// closes for it to be a column edge. Default 4.
    public var minimumAlignedRows = 4

    /// How many columns a table must have (found without its header) for a spanning header to
    /// be looked for. Default 5.
    public var spanningHeaderMinimumColumns = 5

    /// A line right above a table without rulings, in one of its columns and no further from
    /// the next line than this (in line heights), is a heading stacked in a narrow column.
    /// Default 0.35.
    public var stackedHeadingGap = 0.35

    /// A vertical gap between two lines larger than this starts a new paragraph, written as an
    /// empty line. Default 0.6. Also how much further apart than a table's ruled rows a line
    /// below a table ruled with horizontal lines only may stand and still be a row of it.
    public var paragraphGap = 0.6

    /// Table rulings that come this close (in points, not line heights: rulings have no font)
    /// touch. Default 2.0.
    public var ruleTolerance = 2.0

    /// A table ruled with horizontal lines only (`HorizontalRuleTableFinder`) has at most this
    /// many lines of text between two of its rules. Default 10: such tables rule off a header and
    /// a few rows (one or two lines in the budget volume); rules further apart frame a page or a
    /// box of prose, whose lines could leave a gap open by chance.
    public var ruledBandLines = 10

    /// A table ruled with horizontal lines only that has at least this many bands of text held
    /// tight between two rules is ruled row by row (a word processor's "horizontal borders
    /// only"): each band is a row, however many lines its cells wrap to. Default 3: a budget
    /// summary rules off its header and its body, two bands.
    public var rowRuledTableRows = 3

    /// Text within this many line heights of the rules above and below it is held tight between
    /// them, as a cell's padding holds it (LibreOffice and Word pad cells by about 0.4); a
    /// heading between two tables stands off the rules by a paragraph's spacing. Default 0.8.
    public var rowRulePadding = 0.8

    /// A band of a table ruled row by row is padded as the table's other bands are, within
    /// this many line heights above and below its text: its cells are padded alike. Default
    /// 0.15 (rows measured 0.10 and 0.27; a heading between two tables -0.03 and 0.53).
    public var rowPaddingTolerance = 0.15

    /// The narrowest gap between two columns of a table ruled row by row, in line heights (a
    /// line's height takes in its marks): all its lines, over several rows, leave it open, and a
    /// gap narrower than its word spaces must have the next column's text line up. Default
    /// 0.15, as `unruledColumnGap`: cells padded by little more than a word space.
    public var rowRuledColumnGap = 0.15

    /// A ruled table has a row ruled across at least this share of its columns' edges (the grid
    /// every row is read onto, all the edges of all rows). Default 0.5: a table's body rows are
    /// ruled across all its columns, and a two-level header or a total over merged cells does not
    /// count against it; boxes joined by connector lines (an organisation chart) stand each on
    /// edges of their own, so that no row crosses more than a few of all of them.
    public var ruledRowShare = 0.5

    /// A ruled row's only line of numbers, with text above it, starts a row of its own (an
    /// outcome's label, then its one indicator with the indicator's numbers; `StackedRows`) when
    /// it stands at least this far (in line heights) off the middle of the row's lines... Default
    /// 0.5: an item below a label puts its numbers half a line pitch (0.6–0.8 line heights) or
    /// more off the middle, while numbers centred in a tall row stand within a few points of it.
    public var stackedOffCentre = 0.5

    /// ...and the line of text beside those numbers is indented this much more or less than the
    /// line above it (in line heights): it starts a paragraph, not a wrapped label's next line,
    /// which starts where the line above does. Default 0.5: an indicator's dash is indented about
    /// a line height under its outcome.
    public var stackedIndent = 0.5

    /// Text whose last line stands in this lowest share of the page's height runs to the page's
    /// foot, where a table may be only the start of one that the next page carries on, and needs
    /// fewer lines to be found (`UnruledTableFinder.minimumSpanningLinesAtFoot`). Default 0.25:
    /// a page's bottom margin is 5–12% of its height, and a row too tall for what is left of the
    /// page leaves a gap above it; a short table ending high on a page (a contents page) does not
    /// qualify.
    public var footShare = 0.25

    /// At most this many short lines (a running header, a page number) may stand between a
    /// table at the foot of one page and its continuation at the top of the next. Default 2.
    public var furnitureLines = 2

    /// A line longer than this many characters is prose, not page furniture. Default 40.
    public var furnitureLength = 40

    public init() {}
}
