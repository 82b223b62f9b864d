import CPopplerGlyphs
import Foundation

/// An open PDF document. Owns poppler's document and releases it when it goes away.
///
/// Not thread-safe: a poppler document must not be used from two threads at once; open one
/// document per thread instead.
public final class PDFDocument {
    private let pdf: OpaquePointer
    /// The path it was opened from, for messages.
    public let path: String
    public let pageCount: Int
    /// Kept to open the file again (`reopened`).
    private let password: String?

    /// Opens the PDF at `path`. Throws `PDFError` saying what is wrong when it cannot.
    public init(path: String, password: String? = nil) throws {
        self.path = path
        self.password = password
        try Self.checkReadableFile(at: path)
        var status = ITA_PDF_OK
        guard let pdf = ita_pdf_open(path, password, &status) else {
            switch status {
            case ITA_PDF_ENCRYPTED:
                throw password == nil ? PDFError.passwordRequired(path: path) : PDFError.wrongPassword(path: path)
            case ITA_PDF_OPEN_FAILED:
                throw PDFError.unreadable(path: path)
            default:
                throw PDFError.notPDF(path: path)
            }
        }
        self.pdf = pdf
        self.pageCount = Int(ita_pdf_page_count(pdf))
    }

    deinit {
        ita_pdf_close(pdf)
    }

    /// The same file opened again, with the same password: a poppler document of its own, for
    /// another thread (`ParallelPages`).
    public func reopened() throws -> PDFDocument {
        try PDFDocument(path: path, password: password)
    }

    /// The page with this 1-based number.
    public func page(_ number: Int) throws -> PDFPage {
        guard number >= 1, number <= pageCount else {
            throw PDFError.pageOutOfRange(page: number, pageCount: pageCount)
        }
        var width = 0.0, height = 0.0
        ita_pdf_page_size(pdf, Int32(number), &width, &height)
        var glyphs: UnsafeMutablePointer<ita_glyph>?
        var rules: UnsafeMutablePointer<ita_rule>?
        var images: UnsafeMutablePointer<ita_image>?
        var glyphCount = 0, ruleCount = 0, imageCount = 0
        guard ita_pdf_page_content(pdf, Int32(number), &glyphs, &glyphCount, &rules, &ruleCount, &images, &imageCount) == 0 else {
            throw PDFError.pageOutOfRange(page: number, pageCount: pageCount)
        }
        defer {
            free(glyphs)
            free(rules)
            free(images)
        }
        return PDFPage(
            number: number, width: width, height: height,
            drawnGlyphs: UnsafeBufferPointer(start: glyphs, count: glyphCount),
            drawnRules: UnsafeBufferPointer(start: rules, count: ruleCount),
            drawnImages: UnsafeBufferPointer(start: images, count: imageCount)
        )
    }

    /// The page drawn as grey pixels at `dpi` dots per inch, as pdftoppm -gray draws it, for OCR.
    public func image(ofPage number: Int, dpi: Double) throws -> GreyImage {
        guard number >= 1, number <= pageCount else {
            throw PDFError.pageOutOfRange(page: number, pageCount: pageCount)
        }
        var pixels: UnsafeMutablePointer<UInt8>?
        var width: Int32 = 0, height: Int32 = 0
        guard ita_pdf_render_gray(pdf, Int32(number), dpi, &pixels, &width, &height) == 0, let pixels else {
            throw PDFError.pageOutOfRange(page: number, pageCount: pageCount)
        }
        defer { free(pixels) }
        return GreyImage(width: Int(width), height: Int(height), dpi: dpi,
                         pixels: Array(UnsafeBufferPointer(start: pixels, count: Int(width) * Int(height))))
    }

    private static func checkReadableFile(at path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw PDFError.fileNotFound(path: path)
        }
        if isDirectory.boolValue { throw PDFError.isDirectory(path: path) }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw PDFError.unreadable(path: path)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        if size == 0 { throw PDFError.empty(path: path) }
    }
}
