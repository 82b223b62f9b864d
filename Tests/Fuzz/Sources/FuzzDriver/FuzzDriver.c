#include "FuzzDriver.h"

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

int ita_fuzz_run(int argc, char **argv, ita_fuzz_callback callback) {
    return LLVMFuzzerRunDriver(&argc, &argv, callback);
}
