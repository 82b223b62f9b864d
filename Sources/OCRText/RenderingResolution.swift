import PDFText

extension OCRSettings {
    /// How many times larger than its paper a page of this size (inches) is: 1 for any page
    /// that fits on paper, else its longer side over `oversizedPagePaper`.
    public func paperScale(width: Double, height: Double) -> Double {
        let longer = max(width, height)
        return longer > largestPaper ? longer / oversizedPagePaper : 1
    }

    /// The dots per inch of the page (its points) that `page` is drawn at for OCR: `dpi` of its
    /// paper (`paperScale`), and no more than its scan's own resolution `maximumUpscale` times.
    public func renderingDPI(for page: PDFPage) -> Double {
        let paperDPI = dpi / paperScale(width: page.width / 72, height: page.height / 72)
        let pageArea = page.width * page.height
        let scans = zip(page.images, page.imageDPIs).filter { picture, resolution in
            resolution > 0 && (picture.x1 - picture.x0) * (picture.y1 - picture.y0) >= pageArea * scanCoverShare
        }
        guard let finest = scans.map(\.1).max() else { return paperDPI }
        return min(paperDPI, (finest * maximumUpscale).rounded())
    }
}
