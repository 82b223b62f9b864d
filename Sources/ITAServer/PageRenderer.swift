import Foundation

/// Draws one page of a PDF as a PNG, through poppler-glib and cairo (loaded only then:
/// `PopplerGlib`), with rectangles outlined on it (PDF points, origin top-left, as the
/// diagnostics give them). Run only in a child process (`ita serve --render-page`), never in the
/// server: poppler may crash on a hostile file.
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
        let glib = try PopplerGlib.load()
        var error: UnsafeMutableRawPointer?
        let uri = URL(fileURLWithPath: file).absoluteString
        guard let document = glib.documentNewFromFile(uri, password, &error) else {
            let message = error.map(PopplerGlib.message(of:)) ?? "cannot open"
            if let error { glib.errorFree(error) }
            throw Failure(description: message)
        }
        defer { glib.objectUnref(UnsafeMutableRawPointer(document)) }
        let count = Int(glib.documentPageCount(document))
        guard page >= 1, page <= count, let popplerPage = glib.documentPage(document, Int32(page - 1)) else {
            throw Failure(description: "no page \(page) of \(count)")
        }
        defer { glib.objectUnref(UnsafeMutableRawPointer(popplerPage)) }
        var width = 0.0, height = 0.0
        glib.pageSize(popplerPage, &width, &height)
        let pixelsWide = Int32(max(1, min(4000, (width * scale).rounded())))
        let pixelsHigh = Int32(max(1, min(6000, (height * scale).rounded())))
        guard let surface = glib.imageSurfaceCreate(PopplerGlib.formatRGB24, pixelsWide, pixelsHigh) else {
            throw Failure(description: "no surface")
        }
        defer { glib.surfaceDestroy(surface) }
        guard let cairo = glib.create(surface) else { throw Failure(description: "no cairo context") }
        defer { glib.destroy(cairo) }
        glib.setSourceRGB(cairo, 1, 1, 1)
        glib.paint(cairo)
        glib.scale(cairo, scale, scale)
        glib.pageRender(popplerPage, cairo)
        for rect in outlines where rect.count == 4 {
            glib.setSourceRGBA(cairo, 0.95, 0.55, 0.0, 0.9)
            glib.setLineWidth(cairo, 1.5)
            outline(glib, cairo, rect, margin: 2)
            glib.stroke(cairo)
        }
        for focus in focus where focus.count == 4 {
            glib.setSourceRGBA(cairo, 0.85, 0.1, 0.1, 0.15)
            outline(glib, cairo, focus, margin: 3)
            glib.fill(cairo)
            glib.setSourceRGBA(cairo, 0.85, 0.1, 0.1, 1)
            glib.setLineWidth(cairo, 2.5)
            outline(glib, cairo, focus, margin: 3)
            glib.stroke(cairo)
        }
        glib.surfaceFlush(surface)
        let sink = PNGSink()
        let status = glib.surfaceWriteToPNGStream(surface, { closure, bytes, length in
            guard let closure, let bytes else { return PopplerGlib.statusWriteError }
            let sink = Unmanaged<PNGSink>.fromOpaque(closure).takeUnretainedValue()
            sink.data.append(bytes, count: Int(length))
            return PopplerGlib.statusSuccess
        }, Unmanaged.passUnretained(sink).toOpaque())
        guard status == PopplerGlib.statusSuccess else { throw Failure(description: "PNG not written") }
        return sink.data
    }

    private static func outline(_ glib: PopplerGlib, _ cairo: PopplerGlib.Cairo, _ rect: [Double], margin: Double) {
        glib.rectangle(cairo, rect[0] - margin, rect[1] - margin,
                       rect[2] - rect[0] + 2 * margin, rect[3] - rect[1] + 2 * margin)
    }

    private final class PNGSink { var data = Data() }
}
