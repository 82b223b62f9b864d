// An alternate signal stack for a worker thread that reads PDF pages. ita's fatal-signal
// handler (PDFGuard) runs on the alternate stack so that a stack overflow in poppler still ends
// the run with a message; each thread needs a stack of its own for that.
#include "CPopplerGlyphs.h"

#include <csignal>
#include <cstdlib>

namespace {
// As large as the main thread's (PDFGuard): the handler only formats nothing and writes.
const size_t signalStackSize = 64 * 1024;
}

extern "C" void *ita_thread_signal_stack_begin(void) {
    void *memory = std::malloc(signalStackSize);
    if (!memory) return nullptr;
    stack_t stack{};
    stack.ss_sp = memory;
    stack.ss_size = signalStackSize;
    stack.ss_flags = 0;
    if (sigaltstack(&stack, nullptr) != 0) {
        std::free(memory);
        return nullptr;
    }
    return memory;
}

extern "C" void ita_thread_signal_stack_end(void *memory) {
    if (!memory) return;
    stack_t stack{};
    stack.ss_flags = SS_DISABLE;
    sigaltstack(&stack, nullptr);
    std::free(memory);
}
