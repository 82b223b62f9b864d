import Foundation
import PDFText

/// Makes a scanned page's upright lines upright again. A sheet that slid in a scanner's feeder
/// comes out sheared: once turned straight its lines of text and horizontal rulings lie level,
/// yet its vertical rulings lean (half a degree: 20 pixels over a table's height at 300 dpi).
/// A leaning ruling is no straight run of ink down any one column of pixels, so the table's
/// columns were not found and its cells ran together. The lean is the shear that stacks the
/// page's ink into the sharpest columns; each row of pixels is slid back by it.
public struct PageUnshearer: Sendable {
    public var settings: OCRSettings

    public init(settings: OCRSettings = OCRSettings()) {
        self.settings = settings
    }

    /// The page with its upright lines made upright, and the lean it had, in degrees (0 when
    /// it stood upright, or its columns are too faint to tell).
    public func upright(_ image: GreyImage) -> (image: GreyImage, lean: Double) {
        let lean = self.lean(of: image)
        guard lean != 0 else { return (image, 0) }
        let slope = tan(lean * .pi / 180)
        var out = image
        let width = image.width, middle = image.height / 2
        out.pixels.withUnsafeMutableBufferPointer { pixels in
            image.pixels.withUnsafeBufferPointer { source in
                for y in 0..<image.height {
                    let shift = Int((Double(y - middle) * slope).rounded())
                    guard shift != 0 else { continue }
                    let row = y * width
                    for x in 0..<width {
                        let from = x + shift
                        pixels[row + x] = from >= 0 && from < width ? source[row + from] : 255
                    }
                }
            }
        }
        return (out, lean)
    }

    /// The lean, in degrees, positive when the upright lines lean right going down; 0 unless
    /// shearing by it sharpens the page's columns of ink by `minimumShearGain` and it is at
    /// least `minimumShear`.
    func lean(of image: GreyImage) -> Double {
        guard image.width > 0, image.height > 0, settings.maximumShear > 0, settings.shearStep > 0 else { return 0 }
        // The pixels dark enough to be a ruling (often drawn light grey), every few rows:
        // enough to tell lines from letters.
        let rowStep = max(1, Int(image.dpi / 75))
        var ink: [(x: Int32, y: Int32)] = []
        image.pixels.withUnsafeBufferPointer { pixels in
            for y in stride(from: 0, to: image.height, by: rowStep) {
                let row = y * image.width
                for x in 0..<image.width where pixels[row + x] < settings.rulingInk { ink.append((Int32(x), Int32(y))) }
            }
        }
        guard ink.count > 1000 else { return 0 }
        let middle = Double(image.height / 2)
        func sharpness(_ degrees: Double) -> Double {
            let slope = tan(degrees * .pi / 180)
            var columns = [Int](repeating: 0, count: image.width)
            for pixel in ink {
                let x = Int(pixel.x) - Int((Double(pixel.y) - middle) * slope)
                if x >= 0 && x < columns.count { columns[x] += 1 }
            }
            return columns.reduce(0.0) { $0 + Double($1 * $1) }
        }
        let upright = sharpness(0)
        var best = (degrees: 0.0, sharpness: upright)
        let steps = Int((settings.maximumShear / settings.shearStep).rounded())
        for step in -steps...steps where step != 0 {
            let degrees = Double(step) * settings.shearStep
            let value = sharpness(degrees)
            if value > best.sharpness { best = (degrees, value) }
        }
        guard abs(best.degrees) >= settings.minimumShear, best.sharpness >= upright * settings.minimumShearGain else { return 0 }
        return best.degrees
    }
}
