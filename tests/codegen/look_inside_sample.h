// The sample of WEFT_LOOK_INSIDE_IF (look_inside_sample.cpp).
#pragma once

#include <cstdint>

extern "C" {
// base ** exponent (wrapping), by a loop over the exponent.
int64_t power(int64_t base, int64_t exponent);
// The sum of i ** fixed + i ** varying for i < n; `fixed` is the loop's green.
int64_t sum_powers(int64_t fixed, int64_t varying, int64_t n);
}
