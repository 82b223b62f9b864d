import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The few functions of poppler-glib and cairo that `PageRenderer` draws a page with, loaded
/// when a page is first drawn rather than linked into ita: they bring glib, gio, cairo and the
/// X11 libraries with them, and every run of every command paid for loading those (about 4 ms)
/// while only `ita serve`'s page pictures use them.
struct PopplerGlib: @unchecked Sendable {
    typealias Document = OpaquePointer
    typealias Page = OpaquePointer
    typealias Surface = OpaquePointer
    typealias Cairo = OpaquePointer
    /// cairo's callback that takes the PNG's bytes as they are written.
    typealias WriteFunction = @convention(c) (UnsafeMutableRawPointer?, UnsafePointer<UInt8>?, UInt32) -> Int32

    /// poppler-glib's shared library, which needs glib, gobject and cairo and so loads them.
    static let libraryNames = ["libpoppler-glib.so.8", "libpoppler-glib.so"]
    /// `CAIRO_FORMAT_RGB24`, `CAIRO_STATUS_SUCCESS` and `CAIRO_STATUS_WRITE_ERROR` (cairo.h).
    static let formatRGB24: Int32 = 1
    static let statusSuccess: Int32 = 0
    static let statusWriteError: Int32 = 11
    /// Where a `GError`'s message stands in it: after its domain (a 32-bit quark) and its code.
    static let errorMessageOffset = 8

    let documentNewFromFile: @convention(c) (UnsafePointer<CChar>?, UnsafePointer<CChar>?,
                                             UnsafeMutablePointer<UnsafeMutableRawPointer?>?) -> Document?
    let errorFree: @convention(c) (UnsafeMutableRawPointer?) -> Void
    let objectUnref: @convention(c) (UnsafeMutableRawPointer?) -> Void
    let documentPageCount: @convention(c) (Document?) -> Int32
    let documentPage: @convention(c) (Document?, Int32) -> Page?
    let pageSize: @convention(c) (Page?, UnsafeMutablePointer<Double>?, UnsafeMutablePointer<Double>?) -> Void
    let pageRender: @convention(c) (Page?, Cairo?) -> Void
    let imageSurfaceCreate: @convention(c) (Int32, Int32, Int32) -> Surface?
    let surfaceDestroy: @convention(c) (Surface?) -> Void
    let surfaceFlush: @convention(c) (Surface?) -> Void
    let surfaceWriteToPNGStream: @convention(c) (Surface?, WriteFunction?, UnsafeMutableRawPointer?) -> Int32
    let create: @convention(c) (Surface?) -> Cairo?
    let destroy: @convention(c) (Cairo?) -> Void
    let setSourceRGB: @convention(c) (Cairo?, Double, Double, Double) -> Void
    let setSourceRGBA: @convention(c) (Cairo?, Double, Double, Double, Double) -> Void
    let setLineWidth: @convention(c) (Cairo?, Double) -> Void
    let scale: @convention(c) (Cairo?, Double, Double) -> Void
    let rectangle: @convention(c) (Cairo?, Double, Double, Double, Double) -> Void
    let paint: @convention(c) (Cairo?) -> Void
    let stroke: @convention(c) (Cairo?) -> Void
    let fill: @convention(c) (Cairo?) -> Void

    /// Loads the libraries (once; they stay loaded), or says why not.
    static func load() throws -> PopplerGlib {
        try loaded.get()
    }

    private static let loaded = Result<PopplerGlib, Error> { try PopplerGlib() }

    private init() throws {
        guard let handle = Self.libraryNames.lazy.compactMap({ dlopen($0, RTLD_NOW) }).first else {
            throw PageRenderer.Failure(description: "poppler-glib is not installed (libpoppler-glib8)")
        }
        // dlsym on the handle also finds the symbols of the libraries it loaded (cairo, gobject).
        func function<F>(_ name: String) throws -> F {
            guard let symbol = dlsym(handle, name) else {
                throw PageRenderer.Failure(description: "\(name) not found in poppler-glib or cairo")
            }
            return unsafeBitCast(symbol, to: F.self)
        }
        documentNewFromFile = try function("poppler_document_new_from_file")
        errorFree = try function("g_error_free")
        objectUnref = try function("g_object_unref")
        documentPageCount = try function("poppler_document_get_n_pages")
        documentPage = try function("poppler_document_get_page")
        pageSize = try function("poppler_page_get_size")
        pageRender = try function("poppler_page_render")
        imageSurfaceCreate = try function("cairo_image_surface_create")
        surfaceDestroy = try function("cairo_surface_destroy")
        surfaceFlush = try function("cairo_surface_flush")
        surfaceWriteToPNGStream = try function("cairo_surface_write_to_png_stream")
        create = try function("cairo_create")
        destroy = try function("cairo_destroy")
        setSourceRGB = try function("cairo_set_source_rgb")
        setSourceRGBA = try function("cairo_set_source_rgba")
        setLineWidth = try function("cairo_set_line_width")
        scale = try function("cairo_scale")
        rectangle = try function("cairo_rectangle")
        paint = try function("cairo_paint")
        stroke = try function("cairo_stroke")
        fill = try function("cairo_fill")
    }

    /// The message of a `GError` poppler-glib set.
    static func message(of error: UnsafeMutableRawPointer) -> String {
        let message = error.load(fromByteOffset: errorMessageOffset, as: UnsafePointer<CChar>?.self)
        return message.map { String(cString: $0) } ?? "cannot open"
    }
}
