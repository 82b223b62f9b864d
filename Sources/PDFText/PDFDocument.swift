import CPoppler
import Foundation

/// An open PDF document. Owns its `PopplerDocument` and releases it when it goes away.
///
/// Not thread-safe: poppler documents must not be used from two threads at once.
public final class PDFDocument {
    private let document: OpaquePointer
    /// The path it was opened from, for messages.
    public let path: String
    public let pageCount: Int

    /// Opens the PDF at `path`. Throws `PDFError` saying what is wrong when it cannot.
    public init(path: String, password: String? = nil) throws {
        self.path = path
        try Self.checkReadableFile(at: path)

        var error: UnsafeMutablePointer<GError>?
        let absolutePath = URL(fileURLWithPath: path).standardizedFileURL.path
        guard let uri = g_filename_to_uri(absolutePath, nil, &error) else {
            defer { g_error_free(error) }
            throw PDFError.notPDF(path: path, detail: Self.message(of: error))
        }
        defer { g_free(uri) }

        guard let document = poppler_document_new_from_file(uri, password, &error) else {
            defer { if error != nil { g_error_free(error) } }
            if let error, error.pointee.domain == poppler_error_quark(),
               error.pointee.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) {
                throw password == nil ? PDFError.passwordRequired(path: path) : PDFError.wrongPassword(path: path)
            }
            throw PDFError.notPDF(path: path, detail: Self.message(of: error))
        }
        self.document = document
        self.pageCount = Int(poppler_document_get_n_pages(document))
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(document))
    }

    /// The page with this 1-based number.
    public func page(_ number: Int) throws -> PDFPage {
        guard number >= 1, number <= pageCount,
              let page = poppler_document_get_page(document, Int32(number - 1)) else {
            throw PDFError.pageOutOfRange(page: number, pageCount: pageCount)
        }
        return PDFPage(page, number: number)
    }

    /// The document's title from its metadata, if it has one.
    public var title: String? {
        guard let title = poppler_document_get_title(document) else { return nil }
        defer { g_free(title) }
        return String(cString: title)
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

    private static func message(of error: UnsafeMutablePointer<GError>?) -> String {
        guard let error, let message = error.pointee.message else { return "unknown error" }
        return String(cString: message)
    }
}
