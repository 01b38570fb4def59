// WEFT_LOOK_INSIDE_IF with a predicate that does not take the function's parameters.
#include "weft/jit/hints.h"

extern "C" bool count_is_small(int64_t count) { return count < 4; }
extern "C" [[gnu::noinline]] int64_t repeat(int64_t count, int64_t step) { return count * step; }
WEFT_LOOK_INSIDE_IF(repeat, count_is_small);

extern "C" int64_t repeat_twice(int64_t count, int64_t step) { return repeat(count, step) * 2; }
