import CPoppler
import Foundation

/// Draws one page of a PDF as a PNG, through poppler and cairo, with rectangles outlined on it
/// (PDF points, origin top-left, as the diagnostics give them). Run only in a child process
/// (`ita serve --render-page`), never in the server: poppler may crash on a hostile file.
public enum PageRenderer {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// - Parameters:
    ///   - page: 1-based.
    ///   - outlines: rectangles [x0, y0, x1, y1] drawn in orange.
    ///   - focus: the rectangles of the finding looked at (one, or each place of a finding
    ///     about two), drawn in red, thicker, with a tinted fill.
    ///   - scale: pixels per PDF point.
    public static func png(file: String, password: String?, page: Int, outlines: [[Double]],
                           focus: [[Double]], scale: Double = 1.5) throws -> Data {
        var error: UnsafeMutablePointer<GError>?
        let uri = URL(fileURLWithPath: file).absoluteString
        guard let document = poppler_document_new_from_file(uri, password, &error) else {
            let message = error.map { String(cString: $0.pointee.message) } ?? "cannot open"
            if let error { g_error_free(error) }
            throw Failure(description: message)
        }
        defer { g_object_unref(UnsafeMutableRawPointer(document)) }
        let count = Int(poppler_document_get_n_pages(document))
        guard page >= 1, page <= count, let popplerPage = poppler_document_get_page(document, Int32(page - 1)) else {
            throw Failure(description: "no page \(page) of \(count)")
        }
        defer { g_object_unref(UnsafeMutableRawPointer(popplerPage)) }
        var width = 0.0, height = 0.0
        poppler_page_get_size(popplerPage, &width, &height)
        let pixelsWide = Int32(max(1, min(4000, (width * scale).rounded())))
        let pixelsHigh = Int32(max(1, min(6000, (height * scale).rounded())))
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, pixelsWide, pixelsHigh) else {
            throw Failure(description: "no surface")
        }
        defer { cairo_surface_destroy(surface) }
        guard let cairo = cairo_create(surface) else { throw Failure(description: "no cairo context") }
        defer { cairo_destroy(cairo) }
        cairo_set_source_rgb(cairo, 1, 1, 1)
        cairo_paint(cairo)
        cairo_scale(cairo, scale, scale)
        poppler_page_render(popplerPage, cairo)
        for rect in outlines where rect.count == 4 {
            cairo_set_source_rgba(cairo, 0.95, 0.55, 0.0, 0.9)
            cairo_set_line_width(cairo, 1.5)
            outline(cairo, rect, margin: 2)
            cairo_stroke(cairo)
        }
        for focus in focus where focus.count == 4 {
            cairo_set_source_rgba(cairo, 0.85, 0.1, 0.1, 0.15)
            outline(cairo, focus, margin: 3)
            cairo_fill(cairo)
            cairo_set_source_rgba(cairo, 0.85, 0.1, 0.1, 1)
            cairo_set_line_width(cairo, 2.5)
            outline(cairo, focus, margin: 3)
            cairo_stroke(cairo)
        }
        cairo_surface_flush(surface)
        let sink = PNGSink()
        let status = cairo_surface_write_to_png_stream(surface, { closure, bytes, length in
            guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
            let sink = Unmanaged<PNGSink>.fromOpaque(closure).takeUnretainedValue()
            sink.data.append(bytes, count: Int(length))
            return CAIRO_STATUS_SUCCESS
        }, Unmanaged.passUnretained(sink).toOpaque())
        guard status == CAIRO_STATUS_SUCCESS else { throw Failure(description: "PNG not written") }
        return sink.data
    }

    private static func outline(_ cairo: OpaquePointer, _ rect: [Double], margin: Double) {
        cairo_rectangle(cairo, rect[0] - margin, rect[1] - margin,
                        rect[2] - rect[0] + 2 * margin, rect[3] - rect[1] + 2 * margin)
    }

    private final class PNGSink { var data = Data() }
}
