// The tesseract, leptonica and libgomp functions ita calls (CTesseract.h), each passing on to
// the library's own, which is loaded with dlopen on the first call rather than linked.
#include "CTesseract.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>

// Tried in turn: Debian 12's soname, then the development link.
static const char *const libraryNames[] = {"libtesseract.so.5", "libtesseract.so"};

static void *library;
static pthread_once_t loadOnce = PTHREAD_ONCE_INIT;

static void load(void) {
    for (size_t i = 0; i < sizeof libraryNames / sizeof *libraryNames && !library; ++i)
        library = dlopen(libraryNames[i], RTLD_NOW | RTLD_LOCAL);
}

// The library's own definition of `name` (dlsym on its handle also searches the libraries it
// loaded: leptonica and libgomp), or NULL when it cannot be loaded.
static void *symbol(const char *name) {
    pthread_once(&loadOnce, load);
    return library ? dlsym(library, name) : NULL;
}

// Defines `name` as a function that looks the library's up once and calls it; `failure` is
// returned when it is not there. Threads may look it up at once: they find the same address.
#define FORWARD(type, name, failure, parameters, arguments)                                     \
    type name parameters {                                                                       \
        static type(*function) parameters;                                                       \
        type(*found) parameters = __atomic_load_n(&function, __ATOMIC_ACQUIRE);                  \
        if (!found) {                                                                            \
            found = (type(*) parameters)symbol(#name);                                           \
            __atomic_store_n(&function, found, __ATOMIC_RELEASE);                                \
        }                                                                                        \
        if (!found) return failure;                                                              \
        return found arguments;                                                                  \
    }
#define FORWARD_VOID(name, parameters, arguments)                                                \
    void name parameters {                                                                       \
        static void(*function) parameters;                                                       \
        void(*found) parameters = __atomic_load_n(&function, __ATOMIC_ACQUIRE);                  \
        if (!found) {                                                                            \
            found = (void(*) parameters)symbol(#name);                                           \
            __atomic_store_n(&function, found, __ATOMIC_RELEASE);                                \
        }                                                                                        \
        if (found) found arguments;                                                              \
    }

FORWARD(TessBaseAPI *, TessBaseAPICreate, NULL, (void), ())
FORWARD_VOID(TessBaseAPIDelete, (TessBaseAPI *handle), (handle))
FORWARD_VOID(TessBaseAPIEnd, (TessBaseAPI *handle), (handle))
FORWARD_VOID(TessBaseAPIClear, (TessBaseAPI *handle), (handle))
FORWARD(int, TessBaseAPIInit2, -1,
        (TessBaseAPI *handle, const char *datapath, const char *language, TessOcrEngineMode oem),
        (handle, datapath, language, oem))
FORWARD(BOOL, TessBaseAPISetVariable, FALSE, (TessBaseAPI *handle, const char *name, const char *value),
        (handle, name, value))
FORWARD_VOID(TessBaseAPISetPageSegMode, (TessBaseAPI *handle, TessPageSegMode mode), (handle, mode))
FORWARD(TessPageSegMode, TessBaseAPIGetPageSegMode, PSM_AUTO, (const TessBaseAPI *handle), (handle))
FORWARD_VOID(TessBaseAPISetRectangle, (TessBaseAPI *handle, int left, int top, int width, int height),
             (handle, left, top, width, height))
FORWARD_VOID(TessBaseAPISetSourceResolution, (TessBaseAPI *handle, int ppi), (handle, ppi))
FORWARD_VOID(TessBaseAPISetImage,
             (TessBaseAPI *handle, const unsigned char *imagedata, int width, int height, int bytes_per_pixel,
              int bytes_per_line),
             (handle, imagedata, width, height, bytes_per_pixel, bytes_per_line))
FORWARD(int, TessBaseAPIRecognize, -1, (TessBaseAPI *handle, ETEXT_DESC *monitor), (handle, monitor))
FORWARD(TessResultIterator *, TessBaseAPIGetIterator, NULL, (TessBaseAPI *handle), (handle))
FORWARD(BOOL, TessResultIteratorNext, FALSE, (TessResultIterator *handle, TessPageIteratorLevel level),
        (handle, level))
FORWARD(char *, TessResultIteratorGetUTF8Text, NULL, (const TessResultIterator *handle, TessPageIteratorLevel level),
        (handle, level))
FORWARD(TessPageIterator *, TessResultIteratorGetPageIterator, NULL, (TessResultIterator *handle), (handle))
FORWARD(float, TessResultIteratorConfidence, 0, (const TessResultIterator *handle, TessPageIteratorLevel level),
        (handle, level))
FORWARD_VOID(TessResultIteratorDelete, (TessResultIterator *handle), (handle))
FORWARD(BOOL, TessPageIteratorIsAtBeginningOf, FALSE, (const TessPageIterator *handle, TessPageIteratorLevel level),
        (handle, level))
FORWARD(BOOL, TessPageIteratorBoundingBox, FALSE,
        (const TessPageIterator *handle, TessPageIteratorLevel level, int *left, int *top, int *right, int *bottom),
        (handle, level, left, top, right, bottom))
FORWARD_VOID(TessDeleteText, (const char *text), (text))

FORWARD(PIX *, pixCreate, NULL, (l_int32 width, l_int32 height, l_int32 depth), (width, height, depth))
FORWARD_VOID(pixDestroy, (PIX **ppix), (ppix))
FORWARD(l_int32, pixGetWidth, 0, (const PIX *pix), (pix))
FORWARD(l_int32, pixGetHeight, 0, (const PIX *pix), (pix))
FORWARD(l_int32, pixGetDepth, 0, (const PIX *pix), (pix))
FORWARD(l_int32, pixGetWpl, 0, (const PIX *pix), (pix))
FORWARD(l_uint32 *, pixGetData, NULL, (PIX *pix), (pix))
FORWARD(PIX *, pixFindSkewAndDeskew, NULL, (PIX *pixs, l_int32 redsearch, l_float32 *pangle, l_float32 *pconf),
        (pixs, redsearch, pangle, pconf))

FORWARD(PIX *, pixReadMem, NULL, (const l_uint8 *data, size_t size), (data, size))
FORWARD(PIX *, pixRemoveAlpha, NULL, (PIX *pixs), (pixs))
FORWARD(PIX *, pixConvertTo8, NULL, (PIX *pixs, l_int32 cmapflag), (pixs, cmapflag))
FORWARD(PIX *, pixScaleGrayLI, NULL, (PIX *pixs, l_float32 scalex, l_float32 scaley), (pixs, scalex, scaley))

FORWARD_VOID(omp_set_max_active_levels, (int max_levels), (max_levels))
