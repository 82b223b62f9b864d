import PDFText
import ThaiText

/// Reads a PDF page's layout rebuilt from glyph geometry, and holds the clean-up
/// `ThaiNormalizer` does on any Thai text read from it (PUA glyph variants, split SARA AM, …),
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
}
