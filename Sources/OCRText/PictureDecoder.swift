import CTesseract
import Foundation
import PDFText

/// Turns a picture's bytes (PNG, JPEG, TIFF, BMP or GIF, as leptonica reads them) into a grey
/// image OCR can read: its transparency laid on white, its colours made grey, and a small
/// picture scaled up. A screenshot of the NACC's results has letters 10–16 pixels high, and
/// tesseract reads letters 25–40 pixels high best.
public struct PictureDecoder: Sendable {
    /// A picture narrower than this (in pixels) is scaled up to it. Default 2400: the width of
    /// an A4 page's text at 300 dpi.
    public var targetWidth = 2400
    /// The most a picture is scaled up. Default 4: past it, a thumbnail's blur is only enlarged.
    public var largestScale = 4.0
    /// The resolution the picture is taken at once scaled, for OCR's tolerances (a picture in a
    /// Word draft has no page size). Default 300.
    public var dpi = 300.0
    /// The most pixels a picture may have (before scaling). Default 40 megapixels: a damaged or
    /// hostile file that claims more is not decoded.
    public var maxPixels = 40_000_000

    public init() {}

    /// The picture as a grey image, or nil when the bytes are no picture leptonica can read.
    public func grey(_ data: Data) -> GreyImage? {
        guard !data.isEmpty else { return nil }
        var read: UnsafeMutablePointer<Pix>? = data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return nil }
            return pixReadMem(base.assumingMemoryBound(to: UInt8.self), raw.count)
        }
        guard read != nil else { return nil }
        defer { pixDestroy(&read) }
        let width = Int(pixGetWidth(read)), height = Int(pixGetHeight(read))
        guard width > 0, height > 0, width * height <= maxPixels else { return nil }
        var opaque = pixRemoveAlpha(read)
        defer { pixDestroy(&opaque) }
        var grey = pixConvertTo8(opaque, 0)
        defer { pixDestroy(&grey) }
        guard grey != nil else { return nil }
        let scale = min(largestScale, max(1, Double(targetWidth) / Double(width)))
        guard scale > 1.01 else { return PageDeskewer.image(from: grey!, dpi: dpi) }
        // Scaled by `scale`, it stands at `dpi`.
        return PageDeskewer.image(from: grey!, dpi: dpi / scale).scaled(by: scale) ?? PageDeskewer.image(from: grey!, dpi: dpi)
    }
}
