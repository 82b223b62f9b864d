#include "CPopplerGlyphs.h"

#include <GlobalParams.h>
#include <PDFDoc.h>
#include <OutputDev.h>
#include <GfxState.h>
#include <GfxFont.h>
#include <goo/GooString.h>
#include <Error.h>
#include <ErrorCodes.h>
#include <UTF.h>
#include <SplashOutputDev.h>
#include <splash/SplashBitmap.h>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <vector>

struct ita_pdf {
    std::unique_ptr<PDFDoc> doc;
};

namespace {

std::once_flag setupOnce;

void setUp() {
    std::call_once(setupOnce, [] {
        if (!globalParams) globalParams = std::make_unique<GlobalParams>();
        // Poppler prints parse warnings to stderr; ita reports problems in its own words.
        setErrorCallback([](ErrorCategory, Goffset, const char *) {});
    });
}

// Receives each glyph as the page is drawn and keeps its code point and rectangle.
class GlyphCollector : public OutputDev {
public:
    std::vector<ita_glyph> glyphs;

    // Producers (LibreOffice among them) wrap glyph runs whose font mapping is wrong or
    // ambiguous in an /ActualText span that says what the run really reads: the glyphs of
    // `สู่` map to ่ ่, the span says ู่. Glyphs drawn inside a span are held back and the span's
    // text is emitted over them when it ends.
    bool inActualText = false;
    std::vector<Unicode> actualText;
    std::vector<ita_glyph> spanGlyphs;

    void beginActualText(GfxState *, const GooString *text) override {
        flushActualText();
        inActualText = true;
        actualText.clear();
        spanGlyphs.clear();
        if (!text) return;
        Unicode *ucs4 = nullptr;
        int length = TextStringToUCS4(text->toStr(), &ucs4);
        actualText.assign(ucs4, ucs4 + length);
        gfree(ucs4);
    }

    void endActualText(GfxState *) override { flushActualText(); }

    void flushActualText() {
        if (!inActualText) return;
        inActualText = false;
        if (spanGlyphs.empty()) return;
        emitActualText();
        spanGlyphs.clear();
    }

    bool upsideDown() override { return true; }
    bool useDrawChar() override { return true; }
    bool interpretType3Chars() override { return false; }
    bool needNonText() override { return true; }

    std::vector<ita_rule> rules;

    void stroke(GfxState *state) override { collectRules(state, false); }
    void fill(GfxState *state) override { collectRules(state, true); }
    void eoFill(GfxState *state) override { collectRules(state, true); }

    // Where the page draws pictures: a scanned page is one, and a born-digital page may hold a
    // screenshot of a score table. An image fills the unit square under the current matrix.
    std::vector<ita_image> images;

    // Each passes on to OutputDev's own, which skips an inline image's data in the stream.
    void drawImage(GfxState *state, Object *ref, Stream *str, int width, int height, GfxImageColorMap *colorMap,
                   bool interpolate, const int *maskColors, bool inlineImg) override {
        collectImage(state, width, height);
        OutputDev::drawImage(state, ref, str, width, height, colorMap, interpolate, maskColors, inlineImg);
    }
    void drawMaskedImage(GfxState *state, Object *ref, Stream *str, int width, int height, GfxImageColorMap *colorMap,
                         bool interpolate, Stream *maskStr, int maskWidth, int maskHeight, bool maskInvert,
                         bool maskInterpolate) override {
        collectImage(state, width, height);
        OutputDev::drawMaskedImage(state, ref, str, width, height, colorMap, interpolate, maskStr, maskWidth, maskHeight,
                                   maskInvert, maskInterpolate);
    }
    void drawSoftMaskedImage(GfxState *state, Object *ref, Stream *str, int width, int height,
                             GfxImageColorMap *colorMap, bool interpolate, Stream *maskStr, int maskWidth,
                             int maskHeight, GfxImageColorMap *maskColorMap, bool maskInterpolate) override {
        collectImage(state, width, height);
        OutputDev::drawSoftMaskedImage(state, ref, str, width, height, colorMap, interpolate, maskStr, maskWidth,
                                       maskHeight, maskColorMap, maskInterpolate);
    }

    void collectImage(GfxState *state, int width, int height) {
        double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        const double corners[4][2] = {{0, 0}, {1, 0}, {0, 1}, {1, 1}};
        for (int i = 0; i < 4; ++i) {
            double x, y;
            state->transform(corners[i][0], corners[i][1], &x, &y);
            if (i == 0 || x < x0) x0 = x;
            if (i == 0 || x > x1) x1 = x;
            if (i == 0 || y < y0) y0 = y;
            if (i == 0 || y > y1) y1 = y;
        }
        images.push_back({x0, y0, x1, y1, width, height});
    }

    // Keeps the straight horizontal and vertical pieces of a path: table rulings are drawn as
    // stroked lines or as thin filled rectangles, depending on the producer.
    void collectRules(GfxState *state, bool filled) {
        const double straight = 0.5, thin = 3.0;
        const GfxPath *path = state->getPath();
        for (int i = 0; i < path->getNumSubpaths(); ++i) {
            const GfxSubpath *sub = path->getSubpath(i);
            int n = sub->getNumPoints();
            std::vector<std::pair<double, double>> points;
            bool curved = false;
            for (int j = 0; j < n; ++j) {
                if (sub->getCurve(j)) curved = true;
                double x, y;
                state->transform(sub->getX(j), sub->getY(j), &x, &y);
                points.emplace_back(x, y);
            }
            if (curved || points.size() < 2) continue;
            if (filled) {
                double x0 = points[0].first, x1 = x0, y0 = points[0].second, y1 = y0;
                for (auto &p : points) {
                    x0 = std::min(x0, p.first); x1 = std::max(x1, p.first);
                    y0 = std::min(y0, p.second); y1 = std::max(y1, p.second);
                }
                if (y1 - y0 <= thin && x1 - x0 > y1 - y0) rules.push_back({x0, (y0 + y1) / 2, x1, (y0 + y1) / 2});
                else if (x1 - x0 <= thin && y1 - y0 > x1 - x0) rules.push_back({(x0 + x1) / 2, y0, (x0 + x1) / 2, y1});
                continue;
            }
            for (size_t j = 1; j < points.size(); ++j) {
                auto a = points[j - 1], b = points[j];
                if (std::fabs(a.second - b.second) <= straight && std::fabs(a.first - b.first) > straight)
                    rules.push_back({std::min(a.first, b.first), a.second, std::max(a.first, b.first), a.second});
                else if (std::fabs(a.first - b.first) <= straight && std::fabs(a.second - b.second) > straight)
                    rules.push_back({a.first, std::min(a.second, b.second), a.first, std::max(a.second, b.second)});
            }
        }
    }

    void drawChar(GfxState *state, double x, double y, double dx, double dy, double originX, double originY,
                  CharCode code, int nBytes, const Unicode *u, int uLen) override {
        (void)originX; (void)originY; (void)code; (void)nBytes;
        const auto &font = state->getFont();
        double fontSize = state->getTransformedFontSize();
        if (!(fontSize > 0) || !std::isfinite(fontSize)) return;

        // The advance, less character and word spacing, so that justification shows as gaps
        // between glyphs rather than as wider glyphs.
        double spacing = state->getCharSpace();
        if (nBytes == 1 && code == 0x20) spacing += state->getWordSpace();
        double sx, sy;
        state->textTransformDelta(spacing * state->getHorizScaling(), 0, &sx, &sy);
        double ax, ay;
        state->transformDelta(dx - sx, dy - sy, &ax, &ay);

        double ox, oy;
        state->transform(x, y, &ox, &oy);

        // Same defaults as poppler's own text engine for fonts with implausible metrics.
        double ascent = font ? font->getAscent() : 0.95;
        double descent = font ? font->getDescent() : -0.35;
        if (ascent > 1.1 || ascent < 0.1) ascent = 0.95;
        if (descent < -0.5 || descent > 0) descent = -0.35;

        ita_glyph glyph;
        std::memset(&glyph, 0, sizeof glyph);
        glyph.fontSize = fontSize;
        glyph.originX = ox;
        glyph.originY = oy;
        glyph.x0 = std::min(ox, ox + ax);
        glyph.x1 = std::max(ox, ox + ax);
        glyph.y0 = oy - ascent * fontSize;
        glyph.y1 = oy - descent * fontSize;

        // Text turned a quarter turn (a narrow column's header written up the page): the
        // advance runs along y, and the font's ascent and descent lie across x, on the side the
        // glyph's top faces.
        double bx, by, ux, uy;
        state->textTransformDelta(1, 0, &bx, &by);
        state->transformDelta(bx, by, &bx, &by);
        if (std::fabs(by) > std::fabs(bx)) {
            state->textTransformDelta(0, 1, &ux, &uy);
            state->transformDelta(ux, uy, &ux, &uy);
            double top = ux < 0 ? -1 : 1;
            glyph.flags |= ITA_GLYPH_VERTICAL;
            glyph.x0 = std::min(ox + top * ascent * fontSize, ox + top * descent * fontSize);
            glyph.x1 = std::max(ox + top * ascent * fontSize, ox + top * descent * fontSize);
            glyph.y0 = std::min(oy, oy + ay);
            glyph.y1 = std::max(oy, oy + ay);
        }
        if (state->getRender() == 3) glyph.flags |= ITA_GLYPH_INVISIBLE;

        if (inActualText) {
            spanGlyphs.push_back(glyph);
            return;
        }
        if (uLen <= 0 || u == nullptr) {
            glyph.flags |= ITA_GLYPH_UNMAPPED;
            glyphs.push_back(glyph);
            return;
        }
        // Several code points for one glyph (a ligature): share the advance among them.
        double width = (glyph.x1 - glyph.x0) / uLen;
        double start = glyph.x0;
        for (int i = 0; i < uLen; ++i) {
            ita_glyph part = glyph;
            part.codepoint = u[i];
            part.x0 = start + width * i;
            part.x1 = start + width * (i + 1);
            glyphs.push_back(part);
        }
    }

private:
    static bool isThaiMark(Unicode u) {
        return u == 0x0E31 || (u >= 0x0E34 && u <= 0x0E3A) || (u >= 0x0E47 && u <= 0x0E4E);
    }

    // Gives each scalar of the span's text a rectangle from the span's glyphs: letters take the
    // glyphs that advance the pen, marks the ones that do not, in order. When the counts
    // differ, letters share the advancing width and a mark stands where the letters before it
    // in the span end (at the span's start when none do: it belongs to the letter before).
    void emitActualText() {
        std::vector<const ita_glyph *> advancing, still;
        for (const auto &g : spanGlyphs) (g.x1 - g.x0 > 0.01 ? advancing : still).push_back(&g);
        size_t letters = 0, marks = 0;
        for (Unicode u : actualText) (isThaiMark(u) ? marks : letters)++;

        ita_glyph box = spanGlyphs.front();
        for (const auto &g : spanGlyphs) {
            box.x0 = std::min(box.x0, g.x0);
            box.x1 = std::max(box.x1, g.x1);
            box.y0 = std::min(box.y0, g.y0);
            box.y1 = std::max(box.y1, g.y1);
        }
        bool matched = letters == advancing.size() && marks == still.size();
        double letterWidth = letters > 0 ? (box.x1 - box.x0) / letters : 0;
        size_t letter = 0, mark = 0;
        for (Unicode u : actualText) {
            ita_glyph out = box;
            out.flags &= ~ITA_GLYPH_UNMAPPED;
            out.codepoint = u;
            if (isThaiMark(u)) {
                if (matched) {
                    out = *still[mark];
                    out.codepoint = u;
                    out.flags &= ~ITA_GLYPH_UNMAPPED;
                } else {
                    out.x0 = out.x1 = box.x0 + letterWidth * letter;
                }
                ++mark;
            } else {
                if (matched) {
                    out = *advancing[letter];
                    out.codepoint = u;
                    out.flags &= ~ITA_GLYPH_UNMAPPED;
                } else {
                    out.x0 = box.x0 + letterWidth * letter;
                    out.x1 = out.x0 + letterWidth;
                }
                ++letter;
            }
            glyphs.push_back(out);
        }
    }
};

} // namespace

extern "C" ita_pdf *ita_pdf_open(const char *path, const char *password, ita_pdf_status *status) {
    setUp();
    std::optional<GooString> pw;
    if (password) pw = GooString(password);
    auto doc = std::make_unique<PDFDoc>(std::make_unique<GooString>(path), pw, pw);
    if (!doc->isOk()) {
        switch (doc->getErrorCode()) {
        case errOpenFile: *status = ITA_PDF_OPEN_FAILED; break;
        case errEncrypted: *status = ITA_PDF_ENCRYPTED; break;
        default: *status = ITA_PDF_DAMAGED; break;
        }
        return nullptr;
    }
    *status = ITA_PDF_OK;
    auto *pdf = new ita_pdf;
    pdf->doc = std::move(doc);
    return pdf;
}

extern "C" void ita_pdf_close(ita_pdf *pdf) { delete pdf; }

extern "C" int ita_pdf_page_count(ita_pdf *pdf) { return pdf->doc->getNumPages(); }

extern "C" void ita_pdf_page_size(ita_pdf *pdf, int page, double *width, double *height) {
    double w = pdf->doc->getPageCropWidth(page), h = pdf->doc->getPageCropHeight(page);
    int rotation = pdf->doc->getPageRotate(page);
    bool sideways = rotation == 90 || rotation == 270;
    *width = sideways ? h : w;
    *height = sideways ? w : h;
}

template <typename T> static T *copyOut(const std::vector<T> &items) {
    if (items.empty()) return nullptr;
    T *out = static_cast<T *>(std::malloc(items.size() * sizeof(T)));
    if (out) std::memcpy(out, items.data(), items.size() * sizeof(T));
    return out;
}

extern "C" int ita_pdf_page_content(ita_pdf *pdf, int page, ita_glyph **glyphs, size_t *glyphCount,
                                    ita_rule **rules, size_t *ruleCount, ita_image **images, size_t *imageCount) {
    *glyphs = nullptr;
    *rules = nullptr;
    *images = nullptr;
    *glyphCount = *ruleCount = *imageCount = 0;
    if (page < 1 || page > pdf->doc->getNumPages()) return -1;
    GlyphCollector collector;
    pdf->doc->displayPage(&collector, page, 72, 72, 0, false, true, false);
    collector.flushActualText();
    *glyphs = copyOut(collector.glyphs);
    *glyphCount = *glyphs ? collector.glyphs.size() : 0;
    *rules = copyOut(collector.rules);
    *ruleCount = *rules ? collector.rules.size() : 0;
    *images = copyOut(collector.images);
    *imageCount = *images ? collector.images.size() : 0;
    return 0;
}

extern "C" int ita_pdf_render_gray(ita_pdf *pdf, int page, double dpi, unsigned char **pixels, int *width,
                                   int *height) {
    *pixels = nullptr;
    *width = *height = 0;
    if (page < 1 || page > pdf->doc->getNumPages() || dpi <= 0) return -1;
    SplashColor paper;
    paper[0] = 255;
    // As pdftoppm -gray draws it: 8-bit grey, rows 4-byte aligned, anti-aliased.
    SplashOutputDev device(splashModeMono8, 4, false, paper);
    device.startDoc(pdf->doc.get());
    pdf->doc->displayPage(&device, page, dpi, dpi, 0, false, true, false);
    SplashBitmap *bitmap = device.getBitmap();
    if (!bitmap) return -1;
    int w = bitmap->getWidth(), h = bitmap->getHeight(), rowSize = bitmap->getRowSize();
    auto *out = static_cast<unsigned char *>(std::malloc(size_t(w) * size_t(h)));
    if (!out) return -1;
    const unsigned char *data = bitmap->getDataPtr();
    for (int y = 0; y < h; ++y) std::memcpy(out + size_t(y) * w, data + size_t(y) * rowSize, size_t(w));
    *pixels = out;
    *width = w;
    *height = h;
    return 0;
}
