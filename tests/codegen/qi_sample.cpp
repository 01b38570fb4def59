// Hints the codegen turns into jitcode operations: promote() becomes int_guard_value, a load of
// a QuasiImmutable's value gets a quasi_immutable field descriptor.
#include "weft/jit/hints.h"

weft::jit::QuasiImmutable<long> g_cell[4];

extern "C" long read_cell(long index, long x) {
  long k = weft::jit::promote(index);
  return g_cell[k].get() + x;
}
