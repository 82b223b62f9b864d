import CTesseract
import PDFText

extension GreyImage {
    /// The image scaled by `factor` with leptonica's linear interpolation of grey, its dpi
    /// scaled with it; nil when leptonica cannot.
    func scaled(by factor: Double) -> GreyImage? {
        guard width > 0, height > 0, let pix = PageDeskewer.pix(from: self) else { return nil }
        var original: UnsafeMutablePointer<Pix>? = pix
        defer { pixDestroy(&original) }
        guard let result = pixScaleGrayLI(pix, Float(factor), Float(factor)) else { return nil }
        var scaled: UnsafeMutablePointer<Pix>? = result
        defer { pixDestroy(&scaled) }
        return PageDeskewer.image(from: result, dpi: dpi * factor)
    }
}
