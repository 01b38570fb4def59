// Integer ranges for the optimizer: what every int value of the trace being built is known to
// lie in, from constants, masks, arithmetic, comparisons and the guards on comparisons.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <unordered_map>

#include "weft/jit/ir.h"

namespace weft::jit::opt {

// A closed range [lo, hi]; the whole int64 range means that nothing is known.
struct Range {
  int64_t lo = INT64_MIN;
  int64_t hi = INT64_MAX;
  bool known() const { return lo != INT64_MIN || hi != INT64_MAX; }
};

class IntBounds {
 public:
  explicit IntBounds(const Trace& out) : out_(out) {}

  // Facts do not cross a label.
  void clear() { ranges_.clear(); }
  // The range of an int value of `out` (a constant's is exact).
  Range of(Value v) const;
  // Records the range of `result_value`, the result of `op` on `args` (values of `out`).
  void note(Value result_value, Op op, std::span<const Value> args);
  void set(Value v, Range r) {
    if (v.is_inst()) ranges_[v.index()] = r;
  }
  // The range of x op y for add/sub/mul (and their _ovf forms) if it cannot wrap.
  static std::optional<Range> arith(Op op, Range x, Range y);
  // The value of a signed comparison when the ranges decide it.
  static std::optional<bool> decide(Op op, Range x, Range y);
  // After a guard established that `cond` (a comparison in `out`) is `holds`, narrow its operands.
  void refine(Value cond, bool holds);

 private:
  Range result(Op op, std::span<const Value> args) const;

  const Trace& out_;
  std::unordered_map<uint32_t, Range> ranges_;  // output instruction -> its range
};

}  // namespace weft::jit::opt
