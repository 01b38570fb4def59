// WEFT_ELIDABLE on a function that returns nothing: its effects would be dropped in traces.
#include "weft/jit/hints.h"

extern "C" long g_count;
extern "C" WEFT_ELIDABLE void count_one(long k) { g_count += k; }
extern "C" long counts(long k) {
  count_one(k);
  return g_count;
}
