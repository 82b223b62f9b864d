// A C interface over poppler's core (not poppler-glib) that reports every glyph a page draws,
// in content-stream order, with its rectangle.
//
// Why not poppler-glib's poppler_page_get_text_layout: its text engine merges and reorders
// words before it reports them, and on Thai text it loses marks (on the sample report, 93 of
// 998 MAI THO, mostly at line ends: ขึ้น comes out ขึน). Taking the glyphs as they are drawn
// loses nothing; ita rebuilds lines and words itself.
#ifndef ITA_CPOPPLERGLYPHS_H
#define ITA_CPOPPLERGLYPHS_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ita_pdf ita_pdf;

/// Why a document did not open.
typedef enum {
    ITA_PDF_OK = 0,
    ITA_PDF_OPEN_FAILED = 1,  // the file could not be opened
    ITA_PDF_DAMAGED = 2,      // not a PDF, or too damaged to repair
    ITA_PDF_ENCRYPTED = 3,    // a password is needed, or the one given is wrong
} ita_pdf_status;

/// Glyph flags.
enum {
    ITA_GLYPH_INVISIBLE = 1,  // drawn with text render mode 3 (the text layer of a scanned page)
    ITA_GLYPH_UNMAPPED = 2,   // the font gives this glyph no Unicode value; codepoint is 0
    ITA_GLYPH_VERTICAL = 4,   // its line runs up or down the page (text turned a quarter turn)
};

typedef struct {
    uint32_t codepoint;
    uint32_t flags;
    /// Page coordinates in points, origin top-left, y down, after the page's rotation.
    double x0, y0, x1, y1;
    /// The pen position where the glyph is drawn (its origin), in the same coordinates.
    double originX, originY;
    double fontSize;
} ita_glyph;

/// A straight horizontal or vertical line the page draws (a table ruling, an underline):
/// from a stroked path, or a filled rectangle thinner than 3 points. x0 <= x1, y0 <= y1.
typedef struct {
    double x0, y0, x1, y1;
} ita_rule;

/// A picture the page draws (a scan, a screenshot): the rectangle it covers, in points, and its
/// own size in pixels, which says how finely it was scanned whatever size the page says it is.
typedef struct {
    double x0, y0, x1, y1;
    int pixelWidth, pixelHeight;
} ita_image;

/// Opens a PDF. `password` may be NULL. On failure returns NULL and sets `*status`.
ita_pdf *ita_pdf_open(const char *path, const char *password, ita_pdf_status *status);
void ita_pdf_close(ita_pdf *pdf);
int ita_pdf_page_count(ita_pdf *pdf);
/// The page's size in points after its rotation (1-based page number).
void ita_pdf_page_size(ita_pdf *pdf, int page, double *width, double *height);
/// Every glyph the page draws, in drawing order, and every straight line. `*glyphs` and `*rules`
/// are to be freed with `free`. Returns 0, or -1 when the page number is out of range.
/// `*images` gets every picture the page draws (a scan, a screenshot).
int ita_pdf_page_content(ita_pdf *pdf, int page, ita_glyph **glyphs, size_t *glyphCount,
                         ita_rule **rules, size_t *ruleCount, ita_image **images, size_t *imageCount);
/// The page drawn as 8-bit grey (0 black, 255 white) at `dpi`, one byte per pixel, rows of
/// `*width` bytes, top row first; `*pixels` is to be freed with `free`. Returns 0, or -1.
int ita_pdf_render_gray(ita_pdf *pdf, int page, double dpi, unsigned char **pixels, int *width, int *height);

/// Gives the calling thread an alternate signal stack (for the fatal-signal handler, which runs
/// on it); returns what `ita_thread_signal_stack_end` takes back, NULL when none was set.
void *ita_thread_signal_stack_begin(void);
/// Takes the calling thread's alternate signal stack away and frees it.
void ita_thread_signal_stack_end(void *stack);

#ifdef __cplusplus
}
#endif

#endif
