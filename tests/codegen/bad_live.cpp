// A portal that keeps a variable across its merge point without declaring it: weft-codegen
// must reject it, naming the variable and the line (tests/codegen/CMakeLists.txt).
#include <cstdint>

#include "weft/jit/hints.h"

weft::jit::JitDriver bad_driver("bad", {"pc", "code", "n"}, {"acc"});

extern "C" int64_t bad_portal(const int64_t* code, int64_t n) {
  int64_t pc = 0, acc = 0, steps = 0;
  for (;;) {
    WEFT_JIT_MERGE_POINT(bad_driver, WEFT_GREENS(pc, code, n), WEFT_REDS(acc));
    if (pc >= n) return acc + steps;
    acc += code[pc];
    steps += code[pc] & 1;  // live across the merge point, not declared
    pc++;
  }
}
