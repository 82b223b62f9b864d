// tesseract's C API (libtesseract-dev) and leptonica, the image library it works on
// (libleptonica-dev), for the OCR of scanned pages.
//
// Neither is linked into ita: with their own libraries (curl, NSS, Kerberos, LDAP, libarchive,
// the image formats) they took about 10 ms of every start, and only a page read by OCR needs
// them. TesseractLoader.c defines the functions ita calls, each passing on to the library's
// own, loaded with dlopen the first time one is called; when it cannot be loaded they answer
// as on failure (NULL, -1, FALSE), which ita reports as OCR being unavailable.
#ifndef ITA_CTESSERACT_H
#define ITA_CTESSERACT_H
#include <tesseract/capi.h>
#include <leptonica/allheaders.h>

// Debian's tesseract is built with OpenMP and asks for 4 threads inside each page; ita reads
// pages in parallel, one tesseract per core, and the extra threads only fight over the cores
// (two pages at a time took three times as long). libgomp's own call, declared here since
// its header lives in the compiler's folder; its setting holds for the thread that calls it.
void omp_set_max_active_levels(int max_levels);

#endif
