// Known bits of 64-bit integers: which bits of a value are known to be 0 and which 1, and how
// operations propagate them (the bounds part keeps them next to ranges, int_bounds.h).
#pragma once

#include <cstdint>
#include <optional>

#include "weft/jit/ir.h"

namespace weft::jit::opt {

struct Bits {
  uint64_t zeros = 0;  // bits known to be 0
  uint64_t ones = 0;   // bits known to be 1
  static Bits constant(uint64_t c) { return {~c, c}; }
  bool all_known() const { return (zeros | ones) == ~uint64_t(0); }
  Bits meet(Bits other) const { return {zeros | other.zeros, ones | other.ones}; }
};

// The known bits of `op`'s result from those of its operands (`y` is ignored for one-operand
// ops; `shift` is the constant shift count of a shift, if any). Nothing known for ops it does
// not model.
Bits bits_of_result(Op op, Bits x, Bits y, std::optional<uint64_t> shift);

}  // namespace weft::jit::opt
