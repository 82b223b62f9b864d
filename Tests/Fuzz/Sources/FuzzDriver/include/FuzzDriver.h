// libFuzzer's driver, called from each harness's own entry point: SwiftPM gives an executable
// target's main another name, so libFuzzer's main is not the one that runs.
#ifndef ITA_FUZZ_DRIVER_H
#define ITA_FUZZ_DRIVER_H

#include <stddef.h>
#include <stdint.h>

typedef int (*ita_fuzz_callback)(const uint8_t *data, size_t size);

/// Runs libFuzzer with the process's arguments and `callback` as LLVMFuzzerTestOneInput.
int ita_fuzz_run(int argc, char **argv, ita_fuzz_callback callback);

#endif
