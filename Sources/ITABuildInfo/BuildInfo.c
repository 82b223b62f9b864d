// A C target because only C can take a value from the build (Package.swift defines
// ITA_COMMIT for this file); Swift's conditions are names without values.
#include "ITABuildInfo.h"

#ifndef ITA_COMMIT
#define ITA_COMMIT ""
#endif

const char *ita_build_commit(void) { return ITA_COMMIT; }
