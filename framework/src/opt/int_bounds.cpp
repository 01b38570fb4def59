#include "int_bounds.h"

#include <algorithm>
#include <bit>
#include <string_view>
#include <utility>

namespace weft::jit::opt {

IntBounds::Operand IntBounds::operand(Value v) const {
  Range r = range(v);
  if (!known_bits_) return {r, {}};
  if (v.is_const()) return {r, Bits::constant(out_.constant(v).bits)};
  Bits b;
  if (v.is_inst()) b = bits_.get(v.index());
  if (r.lo >= 0) {
    // Bits above the highest one of the largest value are 0.
    int width = 64 - std::countl_zero(uint64_t(r.hi));
    b.zeros |= width == 64 ? 0 : ~uint64_t(0) << width;
  }
  if ((b.zeros | b.ones) >> 63) {
    // With the sign bit known, signed order is unsigned order: the unknown bits all 0 give
    // the smallest value, all 1 the largest.
    r.lo = std::max(r.lo, int64_t(b.ones));
    r.hi = std::min(r.hi, int64_t(~b.zeros));
  }
  return {r, b};
}

Range IntBounds::of(Value v) const { return operand(v).range; }

Bits IntBounds::bits(Value v) const { return operand(v).bits; }

Bits IntBounds::result_bits(Op op, std::span<const Value> args, Bits x, Bits y) const {
  std::optional<uint64_t> shift;
  if (args.size() > 1 && args[1].is_const()) shift = out_.constant(args[1]).bits;
  return bits_of_result(op, x, y, shift);
}

Value IntBounds::simplify(Op op, std::span<const Value> args, Trace& out) {
  last_.valid = false;
  Operand x = args.size() > 0 ? operand(args[0]) : Operand{};
  Operand y = args.size() > 1 ? operand(args[1]) : Operand{};
  if (args.size() == 2) {
    if (auto decided = decide(op, x.range, y.range)) return out.const_int(*decided);
  }
  Bits r = known_bits_ ? result_bits(op, args, x.bits, y.bits) : Bits{};
  if (r.all_known()) return out.const_int(int64_t(r.ones));
  if (Value v = simplify_by_bits(op, args, x.bits, y.bits, out)) return v;
  if (args.size() <= 2)
    last_ = {true,
             op,
             args.size() > 0 ? args[0] : Value(),
             args.size() > 1 ? args[1] : Value(),
             result(op, args, x.range, y.range),
             r};
  return {};
}

Value IntBounds::simplify_by_bits(Op op, std::span<const Value> args, Bits xb, Bits yb,
                                  Trace& out) const {
  if (!known_bits_) return {};
  auto constant = [&](size_t k) -> std::optional<uint64_t> {
    if (k < args.size() && args[k].is_const()) return out_.constant(args[k]).bits;
    return std::nullopt;
  };
  switch (op) {
    case Op::int_and:
    case Op::int_or:
      // x & C is x when the bits C clears are 0 in x already; x | C when those it sets are 1.
      for (size_t k = 0; k < 2; ++k) {
        auto c = constant(1 - k);
        if (!c) continue;
        Bits x = k == 0 ? xb : yb;
        if (op == Op::int_and ? (~*c & ~x.zeros) == 0 : (*c & ~x.ones) == 0) return args[k];
      }
      return {};
    case Op::int_eq:
    case Op::int_ne:
      if ((xb.ones & yb.zeros) | (xb.zeros & yb.ones)) return out.const_int(op == Op::int_ne);
      return {};
    case Op::int_is_zero:
    case Op::int_is_true:
      if (xb.ones) return out.const_int(op == Op::int_is_true);
      return {};
    default:
      return {};
  }
}

Range IntBounds::range(Value v) const {
  if (v.is_const() && out_.constant(v).type == Type::Int) {
    int64_t c = out_.constant(v).as_int();
    return {c, c};
  }
  if (v.is_inst()) return ranges_.get(v.index());
  return {};
}

std::optional<Range> IntBounds::arith(Op op, Range x, Range y) {
  int64_t r[4];
  bool wraps = false;
  switch (op) {
    case Op::int_add:
    case Op::int_add_ovf:
      wraps =
          __builtin_add_overflow(x.lo, y.lo, &r[0]) || __builtin_add_overflow(x.hi, y.hi, &r[1]);
      return wraps ? std::nullopt : std::optional<Range>(Range{r[0], r[1]});
    case Op::int_sub:
    case Op::int_sub_ovf:
      wraps =
          __builtin_sub_overflow(x.lo, y.hi, &r[0]) || __builtin_sub_overflow(x.hi, y.lo, &r[1]);
      return wraps ? std::nullopt : std::optional<Range>(Range{r[0], r[1]});
    case Op::int_mul:
    case Op::int_mul_ovf:
      wraps =
          __builtin_mul_overflow(x.lo, y.lo, &r[0]) || __builtin_mul_overflow(x.lo, y.hi, &r[1]) ||
          __builtin_mul_overflow(x.hi, y.lo, &r[2]) || __builtin_mul_overflow(x.hi, y.hi, &r[3]);
      if (wraps) return std::nullopt;
      return Range{std::min({r[0], r[1], r[2], r[3]}), std::max({r[0], r[1], r[2], r[3]})};
    default:
      return std::nullopt;
  }
}

Range IntBounds::result(Op op, std::span<const Value> args, Range x, Range y) const {
  auto const_arg = [&](size_t k) -> std::optional<int64_t> {
    if (k < args.size() && args[k].is_const()) return out_.constant(args[k]).as_int();
    return std::nullopt;
  };
  if (yields_boolean(op)) return {0, 1};
  switch (op) {
    case Op::int_and:
      if (x.lo >= 0 && y.lo >= 0) return {0, std::min(x.hi, y.hi)};
      if (x.lo >= 0) return {0, x.hi};
      if (y.lo >= 0) return {0, y.hi};
      return {};
    case Op::uint_rshift:
      if (auto c = const_arg(1); c && (*c & 63) != 0)
        return {0, int64_t(~uint64_t(0) >> (*c & 63))};
      return {};
    case Op::int_rshift:
      if (auto c = const_arg(1)) return {x.lo >> (*c & 63), x.hi >> (*c & 63)};
      return {};
    case Op::int_mod:
      if (auto c = const_arg(1); c && *c > 0) return {x.lo >= 0 ? 0 : 1 - *c, *c - 1};
      return {};
    case Op::int_floordiv:
      if (auto c = const_arg(1); c && *c > 0) return {x.lo / *c, x.hi / *c};
      return {};
    default:
      if (auto range = arith(op, x, y)) return *range;
      return {};
  }
}

std::optional<bool> IntBounds::decide(Op op, Range x, Range y) {
  switch (op) {
    case Op::int_lt:
      if (x.hi < y.lo) return true;
      if (x.lo >= y.hi) return false;
      break;
    case Op::int_le:
      if (x.hi <= y.lo) return true;
      if (x.lo > y.hi) return false;
      break;
    case Op::int_gt:
      if (x.lo > y.hi) return true;
      if (x.hi <= y.lo) return false;
      break;
    case Op::int_ge:
      if (x.lo >= y.hi) return true;
      if (x.hi < y.lo) return false;
      break;
    case Op::int_eq:
      if (x.hi < y.lo || y.hi < x.lo) return false;
      break;
    case Op::int_ne:
      if (x.hi < y.lo || y.hi < x.lo) return true;
      break;
    default:
      break;
  }
  return std::nullopt;
}

void IntBounds::refine(Value cond, bool holds) {
  if (!cond.is_inst()) return;
  last_.valid = false;
  const Inst& c = out_.insts[cond.index()];
  if (known_bits_) refine_bits(c, holds);
  if (c.num_args != 2) return;
  Value a = out_.args(c)[0], b = out_.args(c)[1];
  Op op = c.op;
  if (!holds) {
    static constexpr std::pair<Op, Op> kNegated[] = {
        {Op::int_lt, Op::int_ge}, {Op::int_ge, Op::int_lt}, {Op::int_le, Op::int_gt},
        {Op::int_gt, Op::int_le}, {Op::int_eq, Op::int_ne}, {Op::int_ne, Op::int_eq}};
    Op negated = op;
    for (auto [from, to] : kNegated)
      if (from == op) negated = to;
    if (negated == op) return;
    op = negated;
  }
  Range x = of(a), y = of(b);
  switch (op) {
    case Op::int_lt:  // x < y
      if (y.hi != INT64_MIN) x.hi = std::min(x.hi, y.hi - 1);
      if (x.lo != INT64_MAX) y.lo = std::max(y.lo, x.lo + 1);
      break;
    case Op::int_le:
      x.hi = std::min(x.hi, y.hi);
      y.lo = std::max(y.lo, x.lo);
      break;
    case Op::int_gt:  // x > y
      if (y.lo != INT64_MAX) x.lo = std::max(x.lo, y.lo + 1);
      if (x.hi != INT64_MIN) y.hi = std::min(y.hi, x.hi - 1);
      break;
    case Op::int_ge:
      x.lo = std::max(x.lo, y.lo);
      y.hi = std::min(y.hi, x.hi);
      break;
    case Op::int_eq:
      x.lo = y.lo = std::max(x.lo, y.lo);
      x.hi = y.hi = std::min(x.hi, y.hi);
      break;
    default:
      return;
  }
  if (a.is_inst()) ranges_.at(a.index()) = x;
  if (b.is_inst()) ranges_.at(b.index()) = y;
}

void IntBounds::note(Value result_value, Op op, std::span<const Value> args) {
  Range range;
  Bits b;
  Value x = args.size() > 0 ? args[0] : Value(), y = args.size() > 1 ? args[1] : Value();
  if (last_.valid && last_.op == op && last_.x == x && last_.y == y && args.size() <= 2) {
    range = last_.range;
    b = last_.bits;
  } else {
    Operand fx = args.size() > 0 ? operand(x) : Operand{};
    Operand fy = args.size() > 1 ? operand(y) : Operand{};
    range = result(op, args, fx.range, fy.range);
    if (known_bits_) b = result_bits(op, args, fx.bits, fy.bits);
  }
  last_.valid = false;
  if (range.known() && result_value.is_inst()) ranges_.at(result_value.index()) = range;
  if (!known_bits_ || !result_value.is_inst()) return;
  if (b.zeros | b.ones) bits_.at(result_value.index()) = b;
}

// (x & C) == 0, as guard_false(x & C), guard_true(int_eq(x & C, 0)) or
// guard_false(int_ne(x & C, 0)) establish it: the bits of C are 0 in x.
void IntBounds::refine_bits(const Inst& c, bool holds) {
  Value masked;
  if (c.op == Op::int_and && !holds) {
    masked = Value::inst(uint32_t(&c - out_.insts.data()));
  } else if ((c.op == Op::int_eq && holds) || (c.op == Op::int_ne && !holds)) {
    Value a = out_.args(c)[0], b = out_.args(c)[1];
    if (b.is_const() && out_.constant(b).bits == 0)
      masked = a;
    else if (a.is_const() && out_.constant(a).bits == 0)
      masked = b;
  }
  if (!masked.is_inst() || out_.insts[masked.index()].op != Op::int_and) return;
  const Inst& m = out_.insts[masked.index()];
  for (size_t k = 0; k < 2; ++k) {
    Value x = out_.args(m)[k], mask = out_.args(m)[1 - k];
    if (!x.is_inst() || !mask.is_const()) continue;
    Bits& b = bits_.at(x.index());
    b.zeros |= out_.constant(mask).bits;
  }
}

}  // namespace weft::jit::opt
