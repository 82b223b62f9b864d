import PDFText
import ThaiText

/// Rebuilds a page's text from its glyphs: duplicates dropped, bases grouped into lines, marks
/// put on the bases they are drawn over, words and cells split by the gaps between them.
public struct PageLayoutBuilder: Sendable {
    public var settings: LayoutSettings

    public init(settings: LayoutSettings = LayoutSettings()) {
        self.settings = settings
    }

    public func build(glyphs: [Glyph], pageNumber: Int) -> PageLayout {
        let unique = DuplicateGlyphFilter(tolerance: settings.duplicateTolerance).filter(glyphs)
        // Spaces are ignored: poppler invents them from gaps with its own, Thai-blind rule.
        let visible = unique.filter { !$0.scalar.properties.isWhitespace && $0.rect.height > 0 }
        let marks = visible.filter { ThaiCharacter.isCombiningMark($0.scalar) }
        let bases = visible.filter { !ThaiCharacter.isCombiningMark($0.scalar) }

        let baseLines = LineGrouper(tolerance: settings.lineTolerance).group(bases)
        let clusterLines = MarkAttacher(reach: settings.markReach).attach(marks, to: baseLines)
        let spacer = WordSpacer(wordGap: settings.wordGap, columnGap: settings.columnGap)
        let lines = clusterLines.filter { !$0.isEmpty }.map(spacer.split)
        return PageLayout(number: pageNumber, lines: lines, paragraphStarts: paragraphStarts(of: lines))
    }

    private func paragraphStarts(of lines: [TextLine]) -> Set<Int> {
        var starts: Set<Int> = []
        for index in lines.indices.dropFirst() {
            let above = lines[index - 1].rect, below = lines[index].rect
            let height = min(above.height, below.height)
            if below.y0 - above.y1 > settings.paragraphGap * height { starts.insert(index) }
        }
        return starts
    }
}
