// tesseract's C API (libtesseract-dev) and leptonica, the image library it works on
// (libleptonica-dev), for the OCR of scanned pages.
#include <tesseract/capi.h>
#include <leptonica/allheaders.h>

// Debian's tesseract is built with OpenMP and asks for 4 threads inside each page; ita reads
// pages in parallel, one tesseract per core, and the extra threads only fight over the cores
// (two pages at a time took three times as long). libgomp's own call, declared here since
// its header lives in the compiler's folder; its setting holds for the thread that calls it.
void omp_set_max_active_levels(int max_levels);
