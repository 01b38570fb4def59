// Misplaced hint markers (one root per test, tests/codegen/CMakeLists.txt): a second merge
// point, a can-enter-jit whose reds are not the merge point's, a can-enter-jit outside the
// portal.
#include <cstdint>

#include "weft/jit/hints.h"

weft::jit::JitDriver markers_driver("markers", {"pc"}, {"acc"});

extern "C" int64_t two_merge_points(int64_t n) {
  int64_t pc = 0, acc = 0;
  for (; pc < n; ++pc) {
    WEFT_JIT_MERGE_POINT(markers_driver, WEFT_GREENS(pc), WEFT_REDS(acc));
    acc += pc;
  }
  for (pc = 0; pc < n; ++pc) {
    WEFT_JIT_MERGE_POINT(markers_driver, WEFT_GREENS(pc), WEFT_REDS(acc));
    acc ^= pc;
  }
  return acc;
}

extern "C" int64_t enter_with_other_reds(int64_t n) {
  int64_t pc = 0, acc = 0;
  for (;;) {
    WEFT_JIT_MERGE_POINT(markers_driver, WEFT_GREENS(pc), WEFT_REDS(acc, n));
    if (pc >= n) return acc;
    acc += pc++;
    WEFT_CAN_ENTER_JIT(markers_driver, WEFT_GREENS(pc), WEFT_REDS(acc));
  }
}

extern "C" int64_t enter_outside_portal(int64_t pc, int64_t acc) {
  WEFT_CAN_ENTER_JIT(markers_driver, WEFT_GREENS(pc), WEFT_REDS(acc));
  return acc;
}
