// Signals (signals.cpp): the C handler only records the signal; Python-level handlers run on
// the VM's thread when the interpreter next polls (backward jumps, frame entry: CPython's "eval
// breaker") or when a blocking call (input(), sys.stdin reads, time.sleep) is interrupted.
#pragma once

#include <csignal>
#include <string>

#include "runtime.h"

namespace weft::python {

// Non-zero while a signal waits for its Python handler.
extern volatile sig_atomic_t g_signal_pending;

// Set after a collection when weak references may have died (modules/weakref_module.cpp); the
// poll then runs their callbacks.
extern volatile sig_atomic_t g_weakref_sweep_due;
void run_weakref_callbacks();

// One byte of stdin (or EOF), reading again after a signal interrupted the read;
// kStdinRaised when a Python signal handler raised meanwhile.
inline constexpr int kStdinRaised = -2;
int getc_stdin();

// Installs the SIGINT handler (unless SIGINT is ignored, as python3 does); on the VM's thread.
void init_signals();
// Runs the handlers of the signals received since the last call: -1 with rt.exc set when one
// raised (KeyboardInterrupt for SIGINT's default handler), else 0.
int run_pending_signals();
// The interpreter's poll: a load and a branch when nothing is pending.
inline int check_signals() {
  if (__builtin_expect(g_signal_pending != 0, 0)) return run_pending_signals();
  return 0;
}
// The read end of a non-blocking pipe the handler writes a byte to (the REPL's prompt waits on
// it next to the terminal); -1 when it cannot be made.
int signal_wakeup_fd();
void drain_signal_wakeup_fd();
// One line of stdin into `out` (with its '\n' unless the input ended): 1, or 0 at the end of
// input with nothing read, or -1 with rt.exc set when a signal handler raised meanwhile.
int read_stdin_line(std::string& out);
// Sleeps `seconds`, running signal handlers when interrupted: false with rt.exc set when one
// raised.
bool sleep_interruptible(double seconds);
// python3's exit after an uncaught KeyboardInterrupt: dies by SIGINT (status 130 in a shell).
[[noreturn]] void exit_by_sigint();

}  // namespace weft::python
