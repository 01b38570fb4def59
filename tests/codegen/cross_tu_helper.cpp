// The other translation unit of cross_tu_main.cpp.
#include "weft/jit/hints.h"

extern "C" long g_noted;
extern "C" WEFT_DONT_LOOK_INSIDE long cross_note(long k) { return g_noted += k; }

extern "C" long cross_step(long acc, long k) {
  if (k % 7 == 0) return acc + cross_note(k);
  return acc + k * k;
}
