// WEFT_LOOK_INSIDE_IF (hints.h): power() loops over its exponent, so a trace would unroll the
// loop for one exponent; its predicate lets the JIT trace into it only when the exponent is a
// constant of the trace (a green here), and call it otherwise.
#include "look_inside_sample.h"

#include "weft/jit/hints.h"

extern "C" bool power_unrolls([[maybe_unused]] int64_t base, int64_t exponent) {
  return weft::jit::isconstant(exponent);
}

extern "C" [[gnu::noinline]] int64_t power(int64_t base, int64_t exponent) {
  int64_t result = 1;
  for (int64_t k = 0; k < exponent; ++k) result *= base;
  return result;
}

WEFT_LOOK_INSIDE_IF(power, power_unrolls);

namespace {
weft::jit::JitDriver powers_driver("powers", {"fixed"}, {"i", "n", "varying", "total"});
}

extern "C" int64_t sum_powers(int64_t fixed, int64_t varying, int64_t n) {
  int64_t i = 0, total = 0;
  while (i < n) {
    WEFT_JIT_MERGE_POINT(powers_driver, WEFT_GREENS(fixed), WEFT_REDS(i, n, varying, total));
    total += power(i, fixed) + power(i, varying);
    i += 1;
  }
  return total;
}
