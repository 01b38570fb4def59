// The blackhole interpreter: executes jitcodes on concrete values without recording anything.
// After a guard failure it finishes the interpreter's current iteration from the rebuilt frames
// (docs/meta-tracing.md §4); it is also the reference for testing jitcodes (and the codegen that
// makes them) against the native interpreter. Semantics of the operations are the trace IR's
// (ir_interp.h); the rest is in jitcode_ops.h.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "weft/jit/hints.h"
#include "weft/jit/jitcode.h"

namespace weft::jit {

struct BlackholeOptions {
  // Stop when the outermost jitcode reaches a jit_merge_point again (after its first
  // instruction): the native interpreter takes over from there with the reds.
  bool stop_at_merge_point = false;
  uint32_t max_depth = 2000;  // nested inline calls before giving up
};

struct BlackholeResult {
  enum class Kind : uint8_t { Returned, MergePoint, Error };
  Kind kind = Kind::Error;
  uint64_t value = 0;  // returned value (a double's bits for floats; 0 for void)
  // At a merge point: the values of its six register lists (greens int/ref/float, then reds).
  WordList lists[6];
  std::string error;
};

// Runs `code` with `args[bank]` in its parameter registers. Allocation uses the current
// weft::gc::Heap; references held in registers are GC roots while it runs.
BlackholeResult run_blackhole(const JitCode& code, const std::vector<uint64_t> (&args)[3],
                              const BlackholeOptions& options = {});

// A frame to continue: the jitcode, where, and its whole register file (num_regs per bank).
struct BlackholeFrameState {
  const JitCode* code = nullptr;
  size_t pc = 0;
  std::vector<uint64_t> regs[3];
};

// Continues a stack of frames, outermost first, as a failed guard's resume data describes it
// (tracer.h): the innermost runs from its pc; each caller stands at the inline call it made and
// continues after it with the callee's result. Stops like run_blackhole() for the outermost.
// The frames' registers are used in place (no copy: a guard failure in a hot path runs this),
// so they hold whatever the run left in them afterwards.
BlackholeResult run_blackhole_frames(std::vector<BlackholeFrameState>& frames,
                                     const BlackholeOptions& options = {});

// Continues `code` at `pc` with its whole register file given (num_regs[bank] words per bank):
// how execution resumes from a failed guard's rebuilt frame.
BlackholeResult run_blackhole_at(const JitCode& code, size_t pc,
                                 const std::vector<uint64_t> (&regs)[3],
                                 const BlackholeOptions& options = {});

}  // namespace weft::jit
