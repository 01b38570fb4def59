#include "weft/jit/optimizer.h"

#include <algorithm>
#include <array>
#include <bit>
#include <map>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "weft/jit/ir_eval.h"

namespace weft::jit {

namespace {

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

uint32_t raw(Value v) { return (uint32_t(v.kind()) << 30) | v.index(); }

// Copies `inst` into `out` with operands (and snapshot values) mapped through `map`.
template <class Map>
Value copy_inst(Trace& out, const Trace& in, const Inst& inst, std::span<const Value> args,
                Map map) {
  if (inst.op == Op::input) return out.input(inst.type);
  if (inst.snapshot < 0) return out.emit(inst.op, args, inst.descr);
  Snapshot snapshot = in.snapshots[size_t(inst.snapshot)];
  for (ResumeFrame& frame : snapshot.frames)
    for (Value& v : frame.values) v = map(v);
  for (VirtualObject& object : snapshot.virtuals)
    for (auto& field : object.fields) field.second = map(field.second);
  Value v = out.emit(inst.op, args, inst.descr);
  out.snapshots.push_back(std::move(snapshot));
  out.insts.back().snapshot = int32_t(out.snapshots.size() - 1);
  return v;
}

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
      return add_const(c.type, c.bits);
    }
    if (!v.is_inst()) return v;  // virtual objects keep their snapshot-local numbers
    Value mapped = map_[v.index()];
    if (mapped.is_inst()) {
      auto it = known_.find(mapped.index());
      if (it != known_.end()) return it->second;
    }
    return mapped;
  }

  Value add_const(Type type, uint64_t bits) {
    switch (type) {
      case Type::Float:
        return out_.const_float(std::bit_cast<double>(bits));
      case Type::Ref:
        return out_.const_ref(bits);
      default:
        return out_.const_int(int64_t(bits));
    }
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
        return add_const(inst.type, *result);
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
      fresh_.clear();
      out_.emit(Op::label, args, inst.descr);
      return;
    }
    if (drop_overflow_guard_) {
      drop_overflow_guard_ = false;
      if (inst.op == Op::guard_no_overflow) return;  // the op before it cannot overflow
    }
    if (info.has(opflag::OVF) && o_.bounds && i + 1 < in_.insts.size() &&
        in_.insts[i + 1].op == Op::guard_no_overflow) {
      if (auto range = arith_bounds(inst.op, bounds_of(args[0]), bounds_of(args[1]))) {
        static constexpr std::pair<Op, Op> kPlain[] = {
            {Op::int_add_ovf, Op::int_add}, {Op::int_sub_ovf, Op::int_sub}, {Op::int_mul_ovf, Op::int_mul}};
        for (auto [ovf, plain] : kPlain)
          if (ovf == inst.op) map_[i] = out_.emit(plain, args);
        bounds_[map_[i].index()] = *range;
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
        if (auto decided = decide(inst.op, bounds_of(args[0]), bounds_of(args[1]))) {
          map_[i] = out_.const_int(*decided ? 1 : 0);
          return;
        }
      }
      CseKey key{inst.op, inst.descr, args.size() > 0 ? raw(args[0]) : 0,
                 args.size() > 1 ? raw(args[1]) : 0, 0};
      if (o_.cse) {
        auto it = cse_.find(key);
        if (it != cse_.end()) {
          map_[i] = it->second;
          return;
        }
      }
      map_[i] = out_.emit(inst.op, args, inst.descr);
      if (o_.cse) cse_[key] = map_[i];
      if (o_.bounds) {
        Bounds range = result_bounds(inst.op, args);
        if (range.known()) bounds_[map_[i].index()] = range;
      }
      return;
    }
    if (info.has(opflag::GUARD) && o_.guards && guard_passes(inst, args)) return;
    if (o_.heap && heap_step(i, inst, args)) return;
    map_[i] = copy_inst(out_, in_, inst, args, map);
    if (inst.op == Op::guard_value && o_.guards && args[0].is_inst())
      known_[args[0].index()] = args[1];
    if ((inst.op == Op::guard_true || inst.op == Op::guard_false) && o_.bounds)
      refine(args[0], inst.op == Op::guard_true);
  }

  // --- integer bounds ---
  struct Bounds {
    int64_t lo = INT64_MIN;
    int64_t hi = INT64_MAX;
    bool known() const { return lo != INT64_MIN || hi != INT64_MAX; }
  };

  Bounds bounds_of(Value v) const {
    if (v.is_const() && out_.constant(v).type == Type::Int) {
      int64_t c = out_.constant(v).as_int();
      return {c, c};
    }
    if (v.is_inst()) {
      auto it = bounds_.find(v.index());
      if (it != bounds_.end()) return it->second;
    }
    return {};
  }

  // The range of x op y computed without wrapping, or nothing if it might wrap.
  static std::optional<Bounds> arith_bounds(Op op, Bounds x, Bounds y) {
    int64_t r[4];
    bool wraps = false;
    switch (op) {
      case Op::int_add:
      case Op::int_add_ovf:
        wraps = __builtin_add_overflow(x.lo, y.lo, &r[0]) || __builtin_add_overflow(x.hi, y.hi, &r[1]);
        return wraps ? std::nullopt : std::optional<Bounds>(Bounds{r[0], r[1]});
      case Op::int_sub:
      case Op::int_sub_ovf:
        wraps = __builtin_sub_overflow(x.lo, y.hi, &r[0]) || __builtin_sub_overflow(x.hi, y.lo, &r[1]);
        return wraps ? std::nullopt : std::optional<Bounds>(Bounds{r[0], r[1]});
      case Op::int_mul:
      case Op::int_mul_ovf:
        wraps = __builtin_mul_overflow(x.lo, y.lo, &r[0]) || __builtin_mul_overflow(x.lo, y.hi, &r[1]) ||
                __builtin_mul_overflow(x.hi, y.lo, &r[2]) || __builtin_mul_overflow(x.hi, y.hi, &r[3]);
        if (wraps) return std::nullopt;
        return Bounds{std::min({r[0], r[1], r[2], r[3]}), std::max({r[0], r[1], r[2], r[3]})};
      default:
        return std::nullopt;
    }
  }

  Bounds result_bounds(Op op, std::span<const Value> args) const {
    Bounds x = args.size() > 0 ? bounds_of(args[0]) : Bounds{};
    Bounds y = args.size() > 1 ? bounds_of(args[1]) : Bounds{};
    auto const_arg = [&](size_t k) -> std::optional<int64_t> {
      if (k < args.size() && args[k].is_const()) return out_.constant(args[k]).as_int();
      return std::nullopt;
    };
    switch (op) {
      case Op::int_lt: case Op::int_le: case Op::int_eq: case Op::int_ne: case Op::int_gt:
      case Op::int_ge: case Op::uint_lt: case Op::uint_le: case Op::uint_gt: case Op::uint_ge:
      case Op::int_is_zero: case Op::int_is_true: case Op::float_lt: case Op::float_le:
      case Op::float_eq: case Op::float_ne: case Op::float_gt: case Op::float_ge:
      case Op::ptr_eq: case Op::ptr_ne:
        return {0, 1};
      case Op::int_and:
        if (x.lo >= 0 && y.lo >= 0) return {0, std::min(x.hi, y.hi)};
        if (x.lo >= 0) return {0, x.hi};
        if (y.lo >= 0) return {0, y.hi};
        return {};
      case Op::uint_rshift:
        if (auto c = const_arg(1); c && (*c & 63) != 0) return {0, int64_t(~uint64_t(0) >> (*c & 63))};
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
        if (auto range = arith_bounds(op, x, y)) return *range;
        return {};
    }
  }

  // The value of a signed comparison when the ranges decide it.
  static std::optional<bool> decide(Op op, Bounds x, Bounds y) {
    switch (op) {
      case Op::int_lt: if (x.hi < y.lo) return true; if (x.lo >= y.hi) return false; break;
      case Op::int_le: if (x.hi <= y.lo) return true; if (x.lo > y.hi) return false; break;
      case Op::int_gt: if (x.lo > y.hi) return true; if (x.hi <= y.lo) return false; break;
      case Op::int_ge: if (x.lo >= y.hi) return true; if (x.hi < y.lo) return false; break;
      case Op::int_eq: if (x.hi < y.lo || y.hi < x.lo) return false; break;
      case Op::int_ne: if (x.hi < y.lo || y.hi < x.lo) return true; break;
      default: break;
    }
    return std::nullopt;
  }

  // After a guard established that `cond` (a comparison) is `holds`, narrow its operands.
  void refine(Value cond, bool holds) {
    if (!cond.is_inst()) return;
    const Inst& c = out_.insts[cond.index()];
    if (c.num_args != 2) return;
    Value a = out_.args(c)[0], b = out_.args(c)[1];
    Op op = c.op;
    if (!holds) {
      static constexpr std::pair<Op, Op> kNegated[] = {{Op::int_lt, Op::int_ge}, {Op::int_ge, Op::int_lt},
                                                       {Op::int_le, Op::int_gt}, {Op::int_gt, Op::int_le},
                                                       {Op::int_eq, Op::int_ne}, {Op::int_ne, Op::int_eq}};
      Op negated = op;
      for (auto [from, to] : kNegated)
        if (from == op) negated = to;
      if (negated == op) return;
      op = negated;
    }
    Bounds x = bounds_of(a), y = bounds_of(b);
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
    if (a.is_inst()) bounds_[a.index()] = x;
    if (b.is_inst()) bounds_[b.index()] = y;
  }

  std::unordered_map<uint32_t, Bounds> bounds_;  // output instruction -> its range
  bool drop_overflow_guard_ = false;

  // --- heap cache ---
  // Key: (field or array descriptor, object, index or 0). Entries hold the value the memory is
  // known to contain. Objects allocated in this trace ("fresh") are distinct from each other and
  // from every object that existed before, so a store to one cannot change another.
  using HeapKey = std::tuple<const Descr*, uint32_t, uint32_t>;

  bool may_alias(Value a, Value b) const {
    if (a == b) return true;
    bool fresh_a = a.is_inst() && fresh_.count(a.index());
    bool fresh_b = b.is_inst() && fresh_.count(b.index());
    if (fresh_a || fresh_b) return false;
    if (a.is_const() && b.is_const()) return out_.constant(a).bits == out_.constant(b).bits;
    return true;
  }

  // Forgets what a store through `descr` to `object` may have overwritten.
  void invalidate(const Descr* descr, Value object) {
    for (auto it = heap_.begin(); it != heap_.end();) {
      bool kill = std::get<0>(it->first) == descr && may_alias(it->second.object, object);
      it = kill ? heap_.erase(it) : std::next(it);
    }
  }

  void invalidate_call(const CallDescr* call) {
    const EffectInfo& e = call->effects;
    if (e.kind != EffectInfo::Kind::Normal) return;
    for (auto it = heap_.begin(); it != heap_.end();) {
      const Descr* d = std::get<0>(it->first);
      bool immutable =
          d->kind == Descr::Kind::Field && static_cast<const FieldDescr*>(d)->immutable;
      bool written =
          e.any_write || std::find(e.writes.begin(), e.writes.end(), d) != e.writes.end();
      it = (written && !immutable) ? heap_.erase(it) : std::next(it);
    }
  }

  static constexpr uint32_t kLength = 0xffffffffu;  // the slot of an array's length

  void remember(const Descr* descr, Value object, Value index, Value value, uint32_t slot) {
    heap_[HeapKey{descr, raw(object), slot}] = HeapEntry{object, index, value};
  }

  // Forgets what a store to element `index` of `array` may have overwritten: the same element
  // of any array that may alias it, unless both indexes are different constants.
  void invalidate_item(const Descr* descr, Value array, Value index) {
    for (auto it = heap_.begin(); it != heap_.end();) {
      const HeapEntry& e = it->second;
      bool distinct = index.is_const() && e.index.is_const() &&
                      out_.constant(index).bits != out_.constant(e.index).bits;
      bool kill = std::get<0>(it->first) == descr && std::get<2>(it->first) != kLength &&
                  !distinct && may_alias(e.object, array);
      it = kill ? heap_.erase(it) : std::next(it);
    }
  }

  // Handles loads, stores, allocations and calls; true if `inst` was dealt with (and mapped).
  bool heap_step(size_t i, const Inst& inst, std::span<const Value> args) {
    auto map = [this](Value v) { return get(v); };
    switch (inst.op) {
      case Op::getfield_gc:
      case Op::getarrayitem_gc:
      case Op::arraylen_gc: {
        Value index = inst.op == Op::getarrayitem_gc ? args[1] : Value();
        uint32_t slot = inst.op == Op::arraylen_gc ? kLength : raw(index);
        auto it = heap_.find(HeapKey{inst.descr, raw(args[0]), slot});
        if (it != heap_.end()) {
          map_[i] = it->second.value;
          return true;
        }
        map_[i] = copy_inst(out_, in_, inst, args, map);
        remember(inst.descr, args[0], index, map_[i], slot);
        return true;
      }
      case Op::setfield_gc:
      case Op::setarrayitem_gc: {
        bool array = inst.op == Op::setarrayitem_gc;
        Value index = array ? args[1] : Value();
        Value value = array ? args[2] : args[1];
        auto it = heap_.find(HeapKey{inst.descr, raw(args[0]), raw(index)});
        if (it != heap_.end() && it->second.value == value) return true;  // stores what is there
        if (array)
          invalidate_item(inst.descr, args[0], index);
        else
          invalidate(inst.descr, args[0]);
        copy_inst(out_, in_, inst, args, map);
        remember(inst.descr, args[0], index, value, raw(index));
        return true;
      }
      case Op::new_object: {
        map_[i] = copy_inst(out_, in_, inst, args, map);
        fresh_.insert(map_[i].index());
        for (const FieldDescr* field : static_cast<const SizeDescr*>(inst.descr)->fields) {
          Value zero = field->type == Type::Float ? out_.const_float(0.0)
                       : field->type == Type::Ref ? out_.const_ref(0)
                                                  : out_.const_int(0);
          remember(field, map_[i], Value(), zero, 0);
        }
        return true;
      }
      case Op::new_array:
        map_[i] = copy_inst(out_, in_, inst, args, map);
        fresh_.insert(map_[i].index());
        remember(inst.descr, map_[i], Value(), args[0], kLength);
        return true;
      case Op::call:
        invalidate_call(static_cast<const CallDescr*>(inst.descr));
        return false;
      default:
        return false;  // raw memory is never a GC object's field
    }
  }

  struct HeapEntry {
    Value object;
    Value index;  // array items; empty for fields and lengths
    Value value;
  };
  std::map<HeapKey, HeapEntry> heap_;
  std::unordered_set<uint32_t> fresh_;  // output instructions that are allocations of this trace

  const Trace& in_;
  const OptimizerOptions& o_;
  Trace out_;
  std::vector<Value> map_;                     // input instruction -> output value
  std::unordered_map<uint32_t, Value> known_;  // output instruction -> its constant
  std::map<CseKey, Value> cse_;
};

// Drops pure operations, loads and allocations whose results nobody uses, and renumbers.
Trace remove_dead(const Trace& in) {
  std::vector<bool> used(in.insts.size(), false);
  auto use = [&](Value v) {
    if (v.is_inst()) used[v.index()] = true;
  };
  auto removable = [&](const Inst& inst) {
    const OpInfo& info = op_info(inst.op);
    return info.has(opflag::PURE) || info.has(opflag::LOAD) || info.has(opflag::ALLOC);
  };
  for (size_t i = in.insts.size(); i-- > 0;) {
    const Inst& inst = in.insts[i];
    if (inst.op == Op::input) continue;
    if (removable(inst) && !used[i]) continue;
    for (Value v : in.args(inst)) use(v);
    if (inst.snapshot >= 0) {
      const Snapshot& s = in.snapshots[size_t(inst.snapshot)];
      for (const ResumeFrame& frame : s.frames)
        for (Value v : frame.values) use(v);
      for (const VirtualObject& object : s.virtuals)
        for (const auto& field : object.fields) use(field.second);
    }
  }
  Trace out;
  std::vector<Value> map(in.insts.size());
  auto remap = [&](Value v) {
    if (v.is_inst()) return map[v.index()];
    if (v.is_const()) {
      const Constant& c = in.constant(v);
      return c.type == Type::Float ? out.const_float(c.as_float())
             : c.type == Type::Ref ? out.const_ref(c.bits)
                                   : out.const_int(c.as_int());
    }
    return v;
  };
  for (size_t i = 0; i < in.insts.size(); ++i) {
    const Inst& inst = in.insts[i];
    if (inst.op != Op::input && removable(inst) && !used[i]) continue;
    std::vector<Value> args;
    for (Value v : in.args(inst)) args.push_back(remap(v));
    map[i] = copy_inst(out, in, inst, args, remap);
  }
  return out;
}

}  // namespace

Trace optimize(const Trace& trace, const OptimizerOptions& options) {
  Trace result = Simplifier(trace, options).run();
  return options.dce ? remove_dead(result) : result;
}

}  // namespace weft::jit
