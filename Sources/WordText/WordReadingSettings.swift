/// Every limit the Word reader keeps, named, with its default. A .docx is a zip of XML parts:
/// what it says about its own sizes cannot be trusted, so the reader counts what it inflates
/// and how deep the XML nests, and stops with a clear error past these.
public struct WordReadingSettings: Sendable, Equatable {
    /// The most bytes one part (word/document.xml, a header, numbering.xml) may inflate to.
    /// Default 64 MiB: a 300-page report with many tables is about 10 MiB of document.xml,
    /// while a zip bomb inflates a few kilobytes to gigabytes.
    public var maxPartBytes = 64 * 1024 * 1024

    /// The most bytes all the parts read may inflate to together. Default 256 MiB.
    public var maxTotalBytes = 256 * 1024 * 1024

    /// The deepest the XML of a part may nest. Default 200, under libxml2's own limit (256), so that
    /// the person is told what is wrong rather than that the XML is damaged. Word's deepest
    /// structures (a text box in a table in a text box, content controls around them) stay
    /// under 60 levels, and each level costs the reader stack and memory.
    public var maxNestingDepth = 200

    /// The most header and footer parts read. Default 48: Word writes at most three headers
    /// and three footers per section (first page, even pages, the rest).
    public var maxHeaderFooterParts = 48

    /// The most grid columns a table may have, and a cell may span. Default 256: Word allows
    /// 63; a number from a damaged file must not make the reader build an enormous grid.
    public var maxTableColumns = 256

    /// The most grid cells (rows × columns) one table may have. Default 500 000, a table of
    /// 50 000 rows of ten columns: a report's largest tables have a few thousand cells, while a
    /// few megabytes of rows claiming 256 columns each would make a grid of gigabytes.
    public var maxTableCells = 500_000

    /// The most entries the zip's directory may list. Default 10 000: a Word document has
    /// a few dozen parts, and a few hundred with many pictures.
    public var maxEntries = 10_000

    /// The most pictures of the body read for OCR (`WordDocument.pictures`). Default 50: a
    /// draft pastes a screenshot or two of the NACC's results; a photo album is not a report.
    public var maxPictures = 50

    public init() {}
}
