// The optimizer driver: one forward rewrite of the trace that does constant folding, algebraic
// simplification (rule tables below), CSE and guard removal itself, and consults the heap cache
// (opt/heap_cache.h) and the integer ranges (opt/int_bounds.h); then dead-code removal
// (opt/dead_code.h).
#include "weft/jit/optimizer.h"

#include <algorithm>
#include <array>
#include <bit>
#include <map>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "opt/dead_code.h"
#include "opt/heap_cache.h"
#include "opt/int_bounds.h"
#include "opt/trace_copy.h"
#include "weft/jit/ir_eval.h"

namespace weft::jit {

namespace {

using opt::copy_inst;
using opt::HeapCache;
using opt::IntBounds;
using opt::value_key;

// Algebraic identities with one constant operand: op(x, C) or op(C, x).
struct ConstRule {
  Op op;
  uint8_t const_operand;  // which operand is the constant
  int64_t constant;
  enum Result : uint8_t { kOtherOperand, kConstant } result;
  int64_t result_constant = 0;
};

// clang-format off
constexpr ConstRule kConstRules[] = {
    {Op::int_add, 1, 0, ConstRule::kOtherOperand},  {Op::int_add, 0, 0, ConstRule::kOtherOperand},
    {Op::int_sub, 1, 0, ConstRule::kOtherOperand},
    {Op::int_mul, 1, 1, ConstRule::kOtherOperand},  {Op::int_mul, 0, 1, ConstRule::kOtherOperand},
    {Op::int_mul, 1, 0, ConstRule::kConstant, 0},   {Op::int_mul, 0, 0, ConstRule::kConstant, 0},
    {Op::int_floordiv, 1, 1, ConstRule::kOtherOperand},
    {Op::int_and, 1, 0, ConstRule::kConstant, 0},   {Op::int_and, 0, 0, ConstRule::kConstant, 0},
    {Op::int_and, 1, -1, ConstRule::kOtherOperand}, {Op::int_and, 0, -1, ConstRule::kOtherOperand},
    {Op::int_or, 1, 0, ConstRule::kOtherOperand},   {Op::int_or, 0, 0, ConstRule::kOtherOperand},
    {Op::int_xor, 1, 0, ConstRule::kOtherOperand},  {Op::int_xor, 0, 0, ConstRule::kOtherOperand},
    {Op::int_lshift, 1, 0, ConstRule::kOtherOperand},
    {Op::int_rshift, 1, 0, ConstRule::kOtherOperand},
    {Op::uint_rshift, 1, 0, ConstRule::kOtherOperand},
};

// Identities of op(x, x) on integers and references (not floats: NaN != NaN).
struct SameRule {
  Op op;
  enum Result : uint8_t { kOperand, kConstant } result;
  int64_t constant = 0;
};
constexpr SameRule kSameRules[] = {
    {Op::int_sub, SameRule::kConstant, 0}, {Op::int_xor, SameRule::kConstant, 0},
    {Op::int_and, SameRule::kOperand},     {Op::int_or, SameRule::kOperand},
    {Op::int_eq, SameRule::kConstant, 1},  {Op::int_ne, SameRule::kConstant, 0},
    {Op::int_le, SameRule::kConstant, 1},  {Op::int_ge, SameRule::kConstant, 1},
    {Op::int_lt, SameRule::kConstant, 0},  {Op::int_gt, SameRule::kConstant, 0},
    {Op::uint_le, SameRule::kConstant, 1}, {Op::uint_ge, SameRule::kConstant, 1},
    {Op::uint_lt, SameRule::kConstant, 0}, {Op::uint_gt, SameRule::kConstant, 0},
    {Op::ptr_eq, SameRule::kConstant, 1},  {Op::ptr_ne, SameRule::kConstant, 0},
};
// clang-format on

using CseKey = std::tuple<Op, const Descr*, uint32_t, uint32_t, uint32_t>;

class Simplifier {
 public:
  Simplifier(const Trace& in, const OptimizerOptions& options) : in_(in), o_(options) {}

  Trace run() {
    map_.assign(in_.insts.size(), Value());
    for (size_t i = 0; i < in_.insts.size(); ++i) step(i);
    return std::move(out_);
  }

 private:
  // Where a value of the input trace lives in the output, with learned constants applied.
  Value get(Value v) {
    if (v.is_const()) {
      const Constant& c = in_.constant(v);
      return out_.constant_of(c.type, c.bits);
    }
    if (!v.is_inst()) return v;  // virtual objects keep their snapshot-local numbers
    Value mapped = map_[v.index()];
    if (mapped.is_inst()) {
      auto it = known_.find(mapped.index());
      if (it != known_.end()) return it->second;
    }
    return mapped;
  }

  bool is_const(Value v, int64_t c) const {
    return v.is_const() && out_.constant(v).type == Type::Int && out_.constant(v).as_int() == c;
  }

  // The simplified result of a pure op, or an empty Value if it must be emitted.
  Value simplify(const Inst& inst, std::span<const Value> args) {
    bool all_const = true;
    for (Value v : args) all_const &= v.is_const();
    if (all_const) {
      std::array<uint64_t, 2> words{};
      for (size_t i = 0; i < args.size() && i < 2; ++i) words[i] = out_.constant(args[i]).bits;
      if (auto result = eval_pure(inst.op, std::span<const uint64_t>(words.data(), args.size())))
        return out_.constant_of(inst.type, *result);
      return {};
    }
    if (inst.op == Op::same_as) return args[0];
    if (args.size() != 2) return {};
    for (const ConstRule& rule : kConstRules) {
      if (rule.op != inst.op || !is_const(args[rule.const_operand], rule.constant)) continue;
      return rule.result == ConstRule::kOtherOperand ? args[1 - rule.const_operand]
                                                     : out_.const_int(rule.result_constant);
    }
    if (args[0] == args[1]) {
      for (const SameRule& rule : kSameRules)
        if (rule.op == inst.op)
          return rule.result == SameRule::kOperand ? args[0] : out_.const_int(rule.constant);
    }
    return {};
  }

  // Whether a guard on these (already mapped) operands is known to pass.
  bool guard_passes(const Inst& inst, std::span<const Value> args) const {
    auto const_bits = [&](Value v) { return out_.constant(v).bits; };
    switch (inst.op) {
      case Op::guard_true:
        return args[0].is_const() && const_bits(args[0]) != 0;
      case Op::guard_false:
        return args[0].is_const() && const_bits(args[0]) == 0;
      case Op::guard_nonnull:
        return args[0].is_const() && const_bits(args[0]) != 0;
      case Op::guard_isnull:
        return args[0].is_const() && const_bits(args[0]) == 0;
      case Op::guard_value:
        return args[0].is_const() && const_bits(args[0]) == const_bits(args[1]);
      default:
        return false;
    }
  }

  void step(size_t i) {
    const Inst& inst = in_.insts[i];
    std::vector<Value> args;
    for (Value v : in_.args(inst)) args.push_back(get(v));
    const OpInfo& info = op_info(inst.op);
    auto map = [this](Value v) { return get(v); };

    if (inst.op == Op::label) {
      // Label arguments are redefined by every jump: they must be distinct instructions, and
      // nothing known about them (or computed from them) before the label holds after it.
      std::unordered_set<uint32_t> seen;
      auto in_args = in_.args(inst);
      for (size_t k = 0; k < args.size(); ++k) {
        if (!args[k].is_inst() || !seen.insert(args[k].index()).second) {
          args[k] = out_.emit(Op::same_as, {args[k]});
          map_[in_args[k].index()] = args[k];
        }
      }
      known_.clear();
      bounds_.clear();
      cse_.clear();
      heap_.clear();
      out_.emit(Op::label, args, inst.descr);
      return;
    }
    if (drop_overflow_guard_) {
      drop_overflow_guard_ = false;
      if (inst.op == Op::guard_no_overflow) return;  // the op before it cannot overflow
    }
    if (info.has(opflag::OVF) && o_.bounds && i + 1 < in_.insts.size() &&
        in_.insts[i + 1].op == Op::guard_no_overflow) {
      if (auto range = IntBounds::arith(inst.op, bounds_.of(args[0]), bounds_.of(args[1]))) {
        static constexpr std::pair<Op, Op> kPlain[] = {{Op::int_add_ovf, Op::int_add},
                                                       {Op::int_sub_ovf, Op::int_sub},
                                                       {Op::int_mul_ovf, Op::int_mul}};
        for (auto [ovf, plain] : kPlain)
          if (ovf == inst.op) map_[i] = out_.emit(plain, args);
        bounds_.set(map_[i], *range);
        drop_overflow_guard_ = true;
        return;
      }
    }
    if (info.has(opflag::PURE)) {
      if (o_.fold) {
        if (Value v = simplify(inst, args)) {
          map_[i] = v;
          return;
        }
      }
      if (o_.bounds && args.size() == 2) {
        if (auto decided = IntBounds::decide(inst.op, bounds_.of(args[0]), bounds_.of(args[1]))) {
          map_[i] = out_.const_int(*decided ? 1 : 0);
          return;
        }
      }
      CseKey key{inst.op, inst.descr, args.size() > 0 ? value_key(args[0]) : 0,
                 args.size() > 1 ? value_key(args[1]) : 0, 0};
      if (o_.cse) {
        auto it = cse_.find(key);
        if (it != cse_.end()) {
          map_[i] = it->second;
          return;
        }
      }
      map_[i] = out_.emit(inst.op, args, inst.descr);
      if (o_.cse) cse_[key] = map_[i];
      if (o_.bounds) bounds_.note(map_[i], inst.op, args);
      return;
    }
    if (info.has(opflag::GUARD) && o_.guards && guard_passes(inst, args)) return;
    if (o_.heap && heap_step(i, inst, args)) return;
    map_[i] = copy_inst(out_, in_, inst, args, map);
    if (inst.op == Op::guard_value && o_.guards && args[0].is_inst())
      known_[args[0].index()] = args[1];
    if ((inst.op == Op::guard_true || inst.op == Op::guard_false) && o_.bounds)
      bounds_.refine(args[0], inst.op == Op::guard_true);
  }

  // Handles loads, stores, allocations and calls; true if `inst` was dealt with (and mapped).
  bool heap_step(size_t i, const Inst& inst, std::span<const Value> args) {
    auto map = [this](Value v) { return get(v); };
    switch (inst.op) {
      case Op::getfield_gc:
      case Op::getarrayitem_gc:
      case Op::arraylen_gc: {
        Value index = inst.op == Op::getarrayitem_gc ? args[1] : Value();
        uint32_t slot = inst.op == Op::arraylen_gc ? HeapCache::kLength : value_key(index);
        if (auto known = heap_.find(inst.descr, args[0], slot)) {
          map_[i] = *known;
          return true;
        }
        map_[i] = copy_inst(out_, in_, inst, args, map);
        heap_.remember(inst.descr, args[0], index, map_[i], slot);
        return true;
      }
      case Op::setfield_gc:
      case Op::setarrayitem_gc: {
        bool array = inst.op == Op::setarrayitem_gc;
        Value index = array ? args[1] : Value();
        Value value = array ? args[2] : args[1];
        if (heap_.find(inst.descr, args[0], value_key(index)) == value) return true;  // no change
        if (array)
          heap_.invalidate_item(inst.descr, args[0], index);
        else
          heap_.invalidate_field(inst.descr, args[0]);
        copy_inst(out_, in_, inst, args, map);
        heap_.remember(inst.descr, args[0], index, value, value_key(index));
        return true;
      }
      case Op::new_object: {
        map_[i] = copy_inst(out_, in_, inst, args, map);
        heap_.add_fresh(map_[i]);
        for (const FieldDescr* field : static_cast<const SizeDescr*>(inst.descr)->fields) {
          heap_.remember(field, map_[i], Value(), out_.constant_of(field->type, 0), 0);
        }
        return true;
      }
      case Op::new_array:
        map_[i] = copy_inst(out_, in_, inst, args, map);
        heap_.add_fresh(map_[i]);
        heap_.remember(inst.descr, map_[i], Value(), args[0], HeapCache::kLength);
        return true;
      case Op::call:
        heap_.invalidate_call(static_cast<const CallDescr*>(inst.descr));
        return false;
      default:
        return false;  // raw memory is never a GC object's field
    }
  }

  const Trace& in_;
  const OptimizerOptions& o_;
  Trace out_;
  HeapCache heap_{out_};
  IntBounds bounds_{out_};
  bool drop_overflow_guard_ = false;           // the op before cannot overflow: drop its guard
  std::vector<Value> map_;                     // input instruction -> output value
  std::unordered_map<uint32_t, Value> known_;  // output instruction -> its constant
  std::map<CseKey, Value> cse_;
};

}  // namespace

Trace optimize(const Trace& trace, const OptimizerOptions& options) {
  Trace result = Simplifier(trace, options).run();
  return options.dce ? opt::remove_dead(result) : result;
}

}  // namespace weft::jit
