import CTesseract
import Foundation
import PDFText

/// Turns a scanned page straight. A page scanned a degree askew drifts a whole line's height
/// across an A4 width, which would run one line's words into the next and break every table
/// ruling into short steps; leptonica finds the angle from the text lines.
public struct PageDeskewer: Sendable {
    public var minimumAngle: Double

    public init(minimumAngle: Double = OCRSettings().minimumDeskewAngle) {
        self.minimumAngle = minimumAngle
    }

    /// The image turned straight, and the angle in degrees it was turned by (0 when it was
    /// already straight or no angle could be found).
    public func straightened(_ image: GreyImage) -> (image: GreyImage, angle: Double) {
        guard image.width > 0, image.height > 0, let pix = Self.pix(from: image) else { return (image, 0) }
        var original: UnsafeMutablePointer<Pix>? = pix
        defer { pixDestroy(&original) }
        var angle: Float = 0, confidence: Float = 0
        guard let turned = pixFindSkewAndDeskew(pix, 2, &angle, &confidence) else { return (image, 0) }
        var straightened: UnsafeMutablePointer<Pix>? = turned
        defer { pixDestroy(&straightened) }
        // leptonica gives the angle and confidence 0 when it is not sure enough to turn.
        guard abs(Double(angle)) >= minimumAngle, confidence > 0,
              pixGetWidth(turned) == Int32(image.width), pixGetHeight(turned) == Int32(image.height)
        else { return (image, 0) }
        return (Self.image(from: turned, dpi: image.dpi), Double(angle))
    }

    // leptonica keeps 8-bit pixels in 32-bit words, the first pixel in the word's top byte: on
    // a little-endian machine pixel x of a row is byte x ^ 3.
    static func pix(from image: GreyImage) -> UnsafeMutablePointer<Pix>? {
        guard let pix = pixCreate(Int32(image.width), Int32(image.height), 8), let data = pixGetData(pix) else { return nil }
        let rowBytes = Int(pixGetWpl(pix)) * 4
        let bytes = UnsafeMutableRawPointer(data).assumingMemoryBound(to: UInt8.self)
        image.pixels.withUnsafeBufferPointer { source in
            for y in 0..<image.height {
                let row = bytes + y * rowBytes, from = y * image.width
                for x in 0..<image.width { row[x ^ 3] = source[from + x] }
            }
        }
        return pix
    }

    static func image(from pix: UnsafeMutablePointer<Pix>, dpi: Double) -> GreyImage {
        let width = Int(pixGetWidth(pix)), height = Int(pixGetHeight(pix))
        guard pixGetDepth(pix) == 8, let data = pixGetData(pix) else {
            return GreyImage(width: 0, height: 0, dpi: dpi, pixels: [])
        }
        let rowBytes = Int(pixGetWpl(pix)) * 4
        let bytes = UnsafeRawPointer(data).assumingMemoryBound(to: UInt8.self)
        var pixels = [UInt8](repeating: 255, count: width * height)
        pixels.withUnsafeMutableBufferPointer { out in
            for y in 0..<height {
                let row = bytes + y * rowBytes, to = y * width
                for x in 0..<width { out[to + x] = row[x ^ 3] }
            }
        }
        return GreyImage(width: width, height: height, dpi: dpi, pixels: pixels)
    }
}
