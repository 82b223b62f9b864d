import PDFText
import ThaiText

/// Reads a PDF page's layout rebuilt from glyph geometry, and holds the clean-up
/// `ThaiNormalizer` does on any Thai text read from it (PUA glyph variants, split SARA AM, …),
/// since many PDFs carry such damage in their text layer itself, and the dictionary-guided
/// `ThaiRepairer` after it (a lost SARA AM, …) unless `repair` is false.
public struct PDFTextReader: Sendable {
    public var builder: PageLayoutBuilder
    public var normalizer: ThaiNormalizer
    /// Nil when repair is off, or when no Thai dictionary is installed.
    public var repairer: ThaiRepairer?

    public init(settings: LayoutSettings = LayoutSettings(), repair: Bool = true) {
        self.builder = PageLayoutBuilder(settings: settings)
        self.normalizer = ThaiNormalizer()
        self.repairer = repair ? ThaiRepairer() : nil
    }

    /// `text` normalised, then repaired; `changes` gets each repair.
    public func clean(_ text: String, changes: ((ThaiRepairer.Change) -> Void)? = nil) -> String {
        let normalized = normalizer.normalize(text)
        guard let repairer else { return normalized }
        let (repaired, made) = repairer.repairWithChanges(normalized)
        if let changes { made.forEach(changes) }
        return repaired
    }

    /// `previous` is the layout of the page before, if it was read: a table drawn without
    /// rulings that ends it keeps its columns here.
    public func layout(of page: PDFPage, after previous: PageLayout? = nil) -> PageLayout {
        layout(of: page, continuing: previous?.unruledChannelsAtFoot ?? [])
    }

    /// `channels`: the columns of a table drawn without rulings that ends the page before
    /// (`PageLayout.unruledChannelsAtFoot`).
    /// `following`: the columns of a table drawn without rulings that starts the next page
    /// (`PageLayout.unruledChannelsAtHead`).
    public func layout(of page: PDFPage, continuing channels: [ClosedRange<Double>],
                       followedBy following: [ClosedRange<Double>] = []) -> PageLayout {
        builder.build(glyphs: page.glyphs, rules: page.rules, pageNumber: page.number, pageHeight: page.height,
                      continuing: channels, followedBy: following)
    }
}
