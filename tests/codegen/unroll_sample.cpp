// A function with a loop is called, not traced into, unless it is WEFT_UNROLL_SAFE.
#include "weft/jit/hints.h"

extern "C" [[gnu::noinline]] long digit_sum(long x) {
  long s = 0;
  for (; x > 0; x /= 10) s += x % 10;
  return s;
}

extern "C" [[gnu::noinline]] WEFT_UNROLL_SAFE long items_sum(const long* items, long n) {
  long s = 0;
  for (long k = 0; k < n && items[k] >= 0; ++k) s += items[k];  // (not vectorized)
  return s;
}

extern "C" long unroll_root(long x, const long* items, long n) {
  return digit_sum(x) + items_sum(items, n);
}
