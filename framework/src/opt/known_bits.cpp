#include "known_bits.h"

#include <algorithm>
#include <bit>

namespace weft::jit::opt {

namespace {

// x + y + carry_in, bit by bit: a result bit is known where both operand bits and the carry
// into it are known. The carry into each bit is bounded by the sums of the smallest and the
// largest values the operands can have (unknown bits 0, resp. 1).
Bits add(Bits x, Bits y, uint64_t carry_in) {
  uint64_t max_sum = ~x.zeros + ~y.zeros + carry_in;
  uint64_t min_sum = x.ones + y.ones + carry_in;
  uint64_t carry_known_zero = ~(max_sum ^ x.zeros ^ y.zeros);
  uint64_t carry_known_one = min_sum ^ x.ones ^ y.ones;
  uint64_t known = (x.zeros | x.ones) & (y.zeros | y.ones) & (carry_known_zero | carry_known_one);
  return {~max_sum & known, min_sum & known};
}

Bits invert(Bits x) { return {x.ones, x.zeros}; }

}  // namespace

Bits bits_of_result(Op op, Bits x, Bits y, std::optional<uint64_t> shift) {
  if (yields_boolean(op)) return {~uint64_t(1), 0};
  switch (op) {
    case Op::int_and:
      return {x.zeros | y.zeros, x.ones & y.ones};
    case Op::int_or:
      return {x.zeros & y.zeros, x.ones | y.ones};
    case Op::int_xor:
      return {(x.zeros & y.zeros) | (x.ones & y.ones), (x.zeros & y.ones) | (x.ones & y.zeros)};
    case Op::int_invert:
      return invert(x);
    case Op::int_add:
      return add(x, y, 0);
    case Op::int_sub:  // x + ~y + 1
      return add(x, invert(y), 1);
    case Op::int_neg:  // ~x + 1
      return add(invert(x), Bits::constant(0), 1);
    case Op::int_mul: {
      // Trailing zeros add up.
      int tz = std::min(64, std::countr_one(x.zeros) + std::countr_one(y.zeros));
      return {tz == 64 ? ~uint64_t(0) : (uint64_t(1) << tz) - 1, 0};
    }
    case Op::int_lshift:
      if (!shift) return {};
      return {(x.zeros << (*shift & 63)) | ((uint64_t(1) << (*shift & 63)) - 1),
              x.ones << (*shift & 63)};
    case Op::uint_rshift:
      if (!shift) return {};
      return {(x.zeros >> (*shift & 63)) | ~(~uint64_t(0) >> (*shift & 63)),
              x.ones >> (*shift & 63)};
    case Op::int_rshift:
      // The sign bit is copied into the vacated bits, known or not.
      if (!shift) return {};
      return {uint64_t(int64_t(x.zeros) >> (*shift & 63)),
              uint64_t(int64_t(x.ones) >> (*shift & 63))};
    default:
      return {};
  }
}

}  // namespace weft::jit::opt
