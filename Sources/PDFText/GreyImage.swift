/// A picture as 8-bit grey pixels (0 black, 255 white), one byte per pixel, top row first: a
/// page drawn for OCR.
public struct GreyImage: Sendable {
    public let width: Int
    public let height: Int
    /// Dots per inch: how many pixels stand for 72 PDF points.
    public let dpi: Double
    public var pixels: [UInt8]

    public init(width: Int, height: Int, dpi: Double, pixels: [UInt8]) {
        precondition(pixels.count == width * height, "a grey image holds one byte per pixel")
        self.width = width
        self.height = height
        self.dpi = dpi
        self.pixels = pixels
    }

    /// PDF points per pixel.
    public var pointsPerPixel: Double { 72 / dpi }

    public subscript(x: Int, y: Int) -> UInt8 {
        get { pixels[y * width + x] }
        set { pixels[y * width + x] = newValue }
    }

    /// Paints the pixels in `x` × `y` (clamped to the image) white.
    public mutating func whiten(x: Range<Int>, y: Range<Int>) {
        let columns = x.clamped(to: 0..<width), rows = y.clamped(to: 0..<height)
        let width = width
        pixels.withUnsafeMutableBufferPointer { pixels in
            for row in rows { for column in columns { pixels[row * width + column] = 255 } }
        }
    }

    /// The part of the image inside `rect` (in pixels, clamped to the image).
    public func cropped(x0: Int, y0: Int, x1: Int, y1: Int) -> GreyImage {
        let left = max(0, min(x0, width)), right = max(left, min(x1, width))
        let top = max(0, min(y0, height)), bottom = max(top, min(y1, height))
        var out: [UInt8] = []
        out.reserveCapacity((right - left) * (bottom - top))
        for y in top..<bottom { out += pixels[(y * width + left)..<(y * width + right)] }
        return GreyImage(width: right - left, height: bottom - top, dpi: dpi, pixels: out)
    }
}
