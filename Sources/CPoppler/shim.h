#ifndef ITA_CPOPPLER_SHIM_H
#define ITA_CPOPPLER_SHIM_H
#include <poppler.h>
#endif
