#ifndef ITA_CPOPPLER_SHIM_H
#define ITA_CPOPPLER_SHIM_H
// Only for the header path of poppler's core (its pkg-config flags), which CPopplerGlyphs
// includes; poppler-glib is loaded at run time by ITAServer's PageRenderer (PopplerGlib).
#include <poppler-config.h>
#endif
