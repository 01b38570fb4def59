// Residual calls carry effect information from what LLVM knows of the callee's memory: the
// optimizer keeps its heap cache across calls that only read, and folds calls that touch none.
// WEFT_NO_RAW_ACCESS adds that a call touches no raw memory of the interpreter.
#include "weft/jit/hints.h"

extern "C" __attribute__((const)) long sample_const(long x);
extern "C" __attribute__((pure)) long sample_pure(const long* p);
extern "C" long sample_plain(long* p);
extern "C" WEFT_DONT_LOOK_INSIDE WEFT_NO_RAW_ACCESS long sample_noraw(long* p) { return ++*p; }

extern "C" long call_effects(long x, long* p) {
  return sample_const(x) + sample_pure(p) + sample_plain(p) + sample_noraw(p);
}
