import PDFText
import ThaiText

/// Reads a PDF page as Thai-correct text: the layout rebuilt from glyph geometry, then the
/// clean-up `ThaiNormalizer` does on any Thai text (PUA glyph variants, split SARA AM, …),
/// since many PDFs carry such damage in their text layer itself.
public struct PDFTextReader: Sendable {
    public var builder: PageLayoutBuilder
    public var normalizer: ThaiNormalizer

    public init(settings: LayoutSettings = LayoutSettings()) {
        self.builder = PageLayoutBuilder(settings: settings)
        self.normalizer = ThaiNormalizer()
    }

    public func layout(of page: PDFPage) -> PageLayout {
        builder.build(glyphs: page.glyphs, rules: page.rules, pageNumber: page.number)
    }

    /// The page's text: one line per visual line, a tab between cells, an empty line between
    /// paragraphs.
    public func text(of page: PDFPage) -> String {
        normalizer.normalize(layout(of: page).text)
    }
}
