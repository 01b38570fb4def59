// Integer ranges for the optimizer: what every int value of the trace being built is known to
// lie in, from constants, masks, arithmetic, comparisons and the guards on comparisons; and
// (optionally) its known bits (known_bits.h), which narrow the ranges and fold masks and tests.
#pragma once

#include <cstdint>
#include <memory_resource>
#include <optional>
#include <span>
#include <unordered_set>
#include <vector>

#include "known_bits.h"
#include "scratch_arena.h"
#include "weft/jit/ir.h"

namespace weft::jit::opt {

// A closed range [lo, hi]; the whole int64 range means that nothing is known.
struct Range {
  int64_t lo = INT64_MIN;
  int64_t hi = INT64_MAX;
  bool known() const { return lo != INT64_MIN || hi != INT64_MAX; }
};

// Facts about output instructions, indexed by instruction number: the optimizer asks for
// nearly every value's facts, and instruction numbers are dense. A value without facts has
// T{} ("nothing known").
template <class T>
class DenseFacts {
 public:
  T get(uint32_t i) const { return i < facts_.size() ? facts_[i] : T{}; }
  T& at(uint32_t i) {
    if (i >= facts_.size()) facts_.resize(size_t(i) + 1 + facts_.size() / 2);
    return facts_[i];
  }
  void erase(uint32_t i) {
    if (i < facts_.size()) facts_[i] = T{};
  }
  void clear() { facts_.assign(facts_.size(), T{}); }
  // Room for instructions below `n` at once (at() grows in steps, each a copy).
  void reserve(size_t n) {
    if (n > facts_.size()) facts_.resize(n);
  }

 private:
  std::pmr::vector<T> facts_{&scratch_arena()};  // (the optimizer's scope, optimize())
};

class IntBounds {
 public:
  IntBounds(const Trace& out, bool known_bits) : out_(out), known_bits_(known_bits) {}

  // For a trace of about `n` instructions.
  void reserve(size_t n) {
    ranges_.reserve(n);
    bits_.reserve(n);
  }
  // Facts do not cross a label.
  void clear() {
    ranges_.clear();
    bits_.clear();
    last_.valid = false;
  }
  // Forgets what is known about `redefined` (output instructions a label redefines); the rest
  // holds after the label too.
  void forget(const std::unordered_set<uint32_t>& redefined) {
    for (uint32_t v : redefined) {
      ranges_.erase(v);
      bits_.erase(v);
    }
    last_.valid = false;
  }
  // The range of an int value of `out` (a constant's is exact), narrowed by its known bits.
  Range of(Value v) const;
  // The known bits of an int value of `out` (with known_bits; else nothing), including what
  // its range implies.
  Bits bits(Value v) const;
  // What pure op `op` on `args` simplifies to by ranges and known bits (a constant, or an
  // operand); empty if nothing. When it is empty, the facts of the result are kept for the
  // note() of the same operation that usually follows (the op is emitted).
  Value simplify(Op op, std::span<const Value> args, Trace& out);
  // Records the range of `result_value`, the result of `op` on `args` (values of `out`).
  void note(Value result_value, Op op, std::span<const Value> args);
  void set(Value v, Range r) {
    if (v.is_inst()) ranges_.at(v.index()) = r;
    last_.valid = false;
  }
  // The range of x op y for add/sub/mul (and their _ovf forms) if it cannot wrap.
  static std::optional<Range> arith(Op op, Range x, Range y);
  // The value of a signed comparison when the ranges decide it.
  static std::optional<bool> decide(Op op, Range x, Range y);
  // After a guard established that `cond` (a comparison in `out`) is `holds`, narrow its operands.
  void refine(Value cond, bool holds);

 private:
  // What is known of one operand: its range narrowed by its bits (of()) and its bits
  // including what the range implies (bits()), each computed once.
  struct Operand {
    Range range;
    Bits bits;
  };
  Operand operand(Value v) const;
  // The range and bits of `op`'s result from its operands' facts.
  Range result(Op op, std::span<const Value> args, Range x, Range y) const;
  Bits result_bits(Op op, std::span<const Value> args, Bits x, Bits y) const;
  // The rules of simplify() that look at the operands' bits (`xb`, `yb`).
  Value simplify_by_bits(Op op, std::span<const Value> args, Bits xb, Bits yb, Trace& out) const;
  Range range(Value v) const;  // without the known bits
  void refine_bits(const Inst& cond, bool holds);

  // The result facts simplify() computed for an operation it could not simplify, which note()
  // takes instead of computing them again (the operands' facts cannot change in between:
  // every change of facts drops this).
  struct LastResult {
    bool valid = false;
    Op op{};
    Value x, y;
    Range range;
    Bits bits;
  };

  const Trace& out_;
  bool known_bits_;
  DenseFacts<Range> ranges_;  // output instruction -> its range
  DenseFacts<Bits> bits_;     // output instruction -> its known bits
  LastResult last_;
};

}  // namespace weft::jit::opt
