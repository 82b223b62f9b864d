/// One Unicode scalar a page draws, with its rectangle: from the pen position to the end of its
/// advance across, and the font's ascent to its descent down. A Thai mark has no advance, so
/// its rectangle has no width and stands where the pen was when it was drawn.
public struct Glyph: Equatable, Sendable {
    public var scalar: Unicode.Scalar
    public var rect: Rect

    public init(_ scalar: Unicode.Scalar, _ rect: Rect) {
        self.scalar = scalar
        self.rect = rect
    }
}
