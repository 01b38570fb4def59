// The arithmetic of tally, shared by both steps' interpreter loops (and traced with them: the
// functions are inline, so the JIT sees their operations, not a call).
#pragma once

#include <cstdint>

#include "tally.h"

namespace tally {

// Division rounding towards minus infinity; INT64_MIN / -1 wraps to INT64_MIN.
inline int64_t floor_div(int64_t x, int64_t y) {
  if (y == -1) return int64_t(0 - uint64_t(x));
  int64_t q = x / y;
  if (x % y != 0 && ((x < 0) != (y < 0))) q--;
  return q;
}

inline int64_t floor_mod(int64_t x, int64_t y) {
  if (y == -1) return 0;
  int64_t r = x % y;
  if (r != 0 && ((r < 0) != (y < 0))) r += y;
  return r;
}

// *out = x OP y for the arithmetic and comparison instructions; false on division by zero.
inline bool arithmetic(Op op, int64_t x, int64_t y, int64_t* out) {
  switch (op) {
    case kAdd:
      *out = int64_t(uint64_t(x) + uint64_t(y));
      return true;
    case kSub:
      *out = int64_t(uint64_t(x) - uint64_t(y));
      return true;
    case kMul:
      *out = int64_t(uint64_t(x) * uint64_t(y));
      return true;
    case kDiv:
      if (y == 0) return false;
      *out = floor_div(x, y);
      return true;
    case kMod:
      if (y == 0) return false;
      *out = floor_mod(x, y);
      return true;
    case kLt:
      *out = x < y;
      return true;
    case kLe:
      *out = x <= y;
      return true;
    case kEq:
      *out = x == y;
      return true;
    case kNe:
      *out = x != y;
      return true;
    default:
      return true;
  }
}

}  // namespace tally
