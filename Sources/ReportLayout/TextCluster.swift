import PDFText
import ThaiText

/// One base character with the marks drawn on it: what a reader sees as one letter.
///
/// The rectangle is the base's: zero-width marks add nothing to it. A cluster can lack a base
/// when a page draws a mark with no letter near it; its text is then the mark alone.
public struct TextCluster: Equatable, Sendable {
    public var base: Glyph?
    /// Marks in the order they were drawn; `scalars` puts them in canonical order.
    public var marks: [Glyph]
    public var rect: Rect

    public init(base: Glyph) {
        self.base = base
        self.marks = []
        self.rect = base.rect
    }

    public init(loneMark: Glyph) {
        self.base = nil
        self.marks = [loneMark]
        self.rect = loneMark.rect
    }

    /// Base first, then the marks in the order Thai is stored.
    public var scalars: [Unicode.Scalar] {
        var result = String.UnicodeScalarView()
        append(to: &result)
        return Array(result)
    }

    /// Appends `scalars` to `text` without building an array: this runs once per letter.
    func append(to text: inout String.UnicodeScalarView) {
        if let base { text.append(base.scalar) }
        switch marks.count {
        case 0: break
        case 1: text.append(marks[0].scalar)
        default: text.append(contentsOf: ThaiCharacter.canonicalMarkOrder(marks.map(\.scalar)))
        }
    }
}
