#ifndef ITA_BUILD_INFO_H
#define ITA_BUILD_INFO_H

/// The commit ita was built from, as Scripts/package.sh gave it (ITA_COMMIT in the
/// environment of `swift build`, through Package.swift), or "" for a build that was not told.
const char *ita_build_commit(void);

#endif
