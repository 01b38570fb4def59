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
#include "opt/virtuals.h"
#include "weft/jit/ir_eval.h"

namespace weft::jit {

namespace {

using opt::HeapCache;
using opt::IntBounds;
using opt::value_key;
using opt::Virtuals;

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
    find_values_live_across_labels();
    for (size_t i = 0; i < in_.insts.size(); ++i) step(i);
    return std::move(out_);
  }

 private:
  // Where a value of the input trace lives in the output, with learned constants applied and
  // materialized virtual objects resolved. An unmaterialized virtual object is a
  // Value::virtual_object of virtuals_.
  Value get(Value v) {
    if (v.is_const()) {
      const Constant& c = in_.constant(v);
      return out_.constant_of(c.type, c.bits);
    }
    if (!v.is_inst()) return v;  // virtual objects of input snapshots keep their numbers
    Value mapped = virtuals_.resolve(map_[v.index()]);
    if (mapped.is_inst()) {
      auto it = known_.find(mapped.index());
      if (it != known_.end()) return it->second;
    }
    return mapped;
  }

  // For each label: the input values defined before it and used after it. A virtual object
  // among them must be materialized at the label, like one passed to it.
  void find_values_live_across_labels() {
    for (size_t p = 0; p < in_.insts.size(); ++p) {
      if (in_.insts[p].op != Op::label) continue;
      std::vector<Value>& live = live_across_[p];
      auto note = [&](Value v) {
        if (v.is_inst() && v.index() < p) live.push_back(v);
      };
      for (size_t j = p + 1; j < in_.insts.size(); ++j) {
        const Inst& inst = in_.insts[j];
        for (Value v : in_.args(inst)) note(v);
        if (inst.snapshot < 0) continue;
        const Snapshot& s = in_.snapshots[size_t(inst.snapshot)];
        for (const ResumeFrame& frame : s.frames)
          for (Value v : frame.values) note(v);
        for (const VirtualObject& object : s.virtuals)
          for (const auto& field : object.fields) note(field.second);
      }
    }
  }

  bool is_const(Value v, int64_t c) const {
    return v.is_const() && out_.constant(v).type == Type::Int && out_.constant(v).as_int() == c;
  }
  bool is_zero(Value v) const { return v.is_const() && out_.constant(v).bits == 0; }

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

  // Copies `inst` with operands `args`; a guard gets its snapshot with values mapped and the
  // virtual objects it refers to described.
  Value emit_copy(const Inst& inst, std::span<const Value> args) {
    if (inst.op == Op::input) return out_.input(inst.type);
    if (inst.snapshot < 0) return out_.emit(inst.op, args, inst.descr);
    Snapshot snapshot = virtuals_.describe(in_.snapshots[size_t(inst.snapshot)],
                                           [this](Value v) { return get(v); });
    Value v = out_.emit(inst.op, args, inst.descr);
    out_.snapshots.push_back(std::move(snapshot));
    out_.insts.back().snapshot = int32_t(out_.snapshots.size() - 1);
    return v;
  }

  // `v`, or the real allocation of virtual object `v`, emitted now with its non-zero fields
  // (and the virtual objects they hold, recursively).
  Value force(Value v) {
    v = virtuals_.resolve(v);
    if (!virtuals_.is_virtual(v)) return v;
    Virtuals::Object object = virtuals_.object(v);  // a copy: forcing fields may add objects
    Value real;
    if (object.descr->kind == Descr::Kind::Size) {
      real = allocate(Op::new_object, {}, object.descr);
    } else {
      Value length = out_.const_int(int64_t(object.items.size()));
      real = allocate(Op::new_array, {&length, 1}, object.descr);
    }
    virtuals_.set_materialized(v, real);  // first: a field may refer back to the object
    for (const auto& [field, value] : object.fields) {
      Value forced = force(value);
      if (!is_zero(forced)) store(Op::setfield_gc, field, real, Value(), forced);
    }
    for (size_t k = 0; k < object.items.size(); ++k) {
      if (!object.items[k]) continue;
      Value forced = force(object.items[k]);
      if (!is_zero(forced))
        store(Op::setarrayitem_gc, object.descr, real, out_.const_int(int64_t(k)), forced);
    }
    return real;
  }

  void label(size_t i, const Inst& inst, std::vector<Value>& args) {
    // Label arguments are redefined by every jump: they must be distinct instructions, and
    // nothing known about them (or computed from them) before the label holds after it.
    for (Value& a : args) a = force(a);
    for (Value v : live_across_[i]) force(get(v));
    std::unordered_set<uint32_t> seen;
    auto in_args = in_.args(inst);
    for (size_t k = 0; k < args.size(); ++k) {
      if (!args[k].is_inst() || !seen.insert(args[k].index()).second) {
        args[k] = out_.emit(Op::same_as, {args[k]});
        map_[in_args[k].index()] = args[k];
      }
    }
    // A value of before the label that the rewrite made equal to a label argument (a load
    // forwarded from a store of it, a guard_value, ...) still means the old value after the
    // label, which the jump redefines: it keeps a copy of its own.
    std::unordered_set<uint32_t> redefined;
    for (Value a : args) redefined.insert(a.index());
    for (Value v : live_across_[i]) {
      if (std::find(in_args.begin(), in_args.end(), v) != in_args.end()) continue;
      Value m = get(v);
      if (m.is_inst() && redefined.count(m.index())) map_[v.index()] = out_.emit(Op::same_as, {m});
    }
    known_.clear();
    bounds_.clear();
    cse_.clear();
    heap_.clear();
    out_.emit(Op::label, args, inst.descr);
  }

  void step(size_t i) {
    const Inst& inst = in_.insts[i];
    std::vector<Value> args;
    for (Value v : in_.args(inst)) args.push_back(get(v));
    const OpInfo& info = op_info(inst.op);

    if (inst.op == Op::label) return label(i, inst, args);
    if (o_.virtuals && virtual_step(i, inst, args)) return;
    for (Value& a : args) a = force(a);  // whatever else sees a virtual object needs it real
    if (inst.op == Op::same_as) heap_.escaped(args[0]);  // a second name for the object
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
    map_[i] = emit_copy(inst, args);
    if (inst.op == Op::guard_value && o_.guards && args[0].is_inst())
      known_[args[0].index()] = args[1];
    if ((inst.op == Op::guard_true || inst.op == Op::guard_false) && o_.bounds)
      bounds_.refine(args[0], inst.op == Op::guard_true);
  }

  // Operations on virtual objects: true if `inst` was dealt with (and mapped) without needing
  // the object to be real.
  bool virtual_step(size_t i, const Inst& inst, std::span<const Value> args) {
    auto is_virtual = [&](size_t k) { return k < args.size() && virtuals_.is_virtual(args[k]); };
    switch (inst.op) {
      case Op::new_object:
        map_[i] = virtuals_.new_object(static_cast<const SizeDescr*>(inst.descr));
        return true;
      case Op::new_array: {
        if (!args[0].is_const()) return false;
        int64_t length = out_.constant(args[0]).as_int();
        if (length < 0 || length > Virtuals::kMaxArrayLength) return false;
        map_[i] = virtuals_.new_array(static_cast<const ArrayDescr*>(inst.descr), length);
        return true;
      }
      case Op::getfield_gc:
        if (!is_virtual(0)) return false;
        map_[i] = virtuals_.get_field(args[0], static_cast<const FieldDescr*>(inst.descr));
        return true;
      case Op::setfield_gc:
        if (!is_virtual(0)) return false;
        virtuals_.set_field(args[0], static_cast<const FieldDescr*>(inst.descr), args[1]);
        return true;
      case Op::getarrayitem_gc:
        if (!is_virtual(0)) return false;
        if (auto item = virtuals_.get_item(args[0], args[1])) {
          map_[i] = *item;
          return true;
        }
        return false;
      case Op::setarrayitem_gc:
        return is_virtual(0) && virtuals_.set_item(args[0], args[1], args[2]);
      case Op::arraylen_gc:
        if (!is_virtual(0)) return false;
        map_[i] = out_.const_int(virtuals_.length(args[0]));
        return true;
      case Op::same_as:
        if (!is_virtual(0)) return false;
        map_[i] = args[0];
        return true;
      case Op::ptr_eq:
      case Op::ptr_ne:
        // A virtual object is a new object nobody else can hold yet: it equals only itself.
        if (!is_virtual(0) && !is_virtual(1)) return false;
        map_[i] = out_.const_int((args[0] == args[1]) == (inst.op == Op::ptr_eq) ? 1 : 0);
        return true;
      case Op::guard_nonnull:
        return is_virtual(0);
      case Op::guard_class:
        // One that would fail is emitted (on the materialized object).
        return is_virtual(0) && args[1].is_const() &&
               out_.constant(args[1]).bits == virtuals_.type_id(args[0]);
      default:
        return false;
    }
  }

  Value allocate(Op op, std::span<const Value> args, const Descr* descr) {
    Value v = out_.emit(op, args, descr);
    if (!o_.heap) return v;
    heap_.add_fresh(v);
    if (op == Op::new_object) {
      for (const FieldDescr* field : static_cast<const SizeDescr*>(descr)->fields)
        heap_.remember(field, v, Value(), out_.constant_of(field->type, 0), 0);
    } else {
      heap_.remember(descr, v, Value(), args[0], HeapCache::kLength);
    }
    return v;
  }

  // A setfield_gc (index empty) or setarrayitem_gc of real values.
  void store(Op op, const Descr* descr, Value object, Value index, Value value) {
    bool array = op == Op::setarrayitem_gc;
    std::vector<Value> operands =
        array ? std::vector<Value>{object, index, value} : std::vector<Value>{object, value};
    if (!o_.heap) {
      out_.emit(op, operands, descr);
      return;
    }
    heap_.escaped(value);
    if (heap_.find(descr, object, value_key(index)) == value) return;  // no change
    if (array)
      heap_.invalidate_item(descr, object, index);
    else
      heap_.invalidate_field(descr, object);
    out_.emit(op, operands, descr);
    heap_.remember(descr, object, index, value, value_key(index));
  }

  // Handles loads, stores, allocations and calls; true if `inst` was dealt with (and mapped).
  bool heap_step(size_t i, const Inst& inst, std::span<const Value> args) {
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
        map_[i] = emit_copy(inst, args);
        heap_.remember(inst.descr, args[0], index, map_[i], slot);
        return true;
      }
      case Op::setfield_gc:
        store(inst.op, inst.descr, args[0], Value(), args[1]);
        return true;
      case Op::setarrayitem_gc:
        store(inst.op, inst.descr, args[0], args[1], args[2]);
        return true;
      case Op::new_object:
      case Op::new_array:
        map_[i] = allocate(inst.op, args, inst.descr);
        return true;
      case Op::call:
        for (Value a : args) heap_.escaped(a);
        heap_.invalidate_call(static_cast<const CallDescr*>(inst.descr));
        return false;
      case Op::setfield_raw:
        heap_.escaped(args.back());
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
  Virtuals virtuals_{out_};
  bool drop_overflow_guard_ = false;           // the op before cannot overflow: drop its guard
  std::vector<Value> map_;                     // input instruction -> output value
  std::unordered_map<uint32_t, Value> known_;  // output instruction -> its constant
  std::map<CseKey, Value> cse_;
  std::unordered_map<size_t, std::vector<Value>> live_across_;  // label -> values, see above
};

}  // namespace

std::span<const OptimizerPass> optimizer_passes() {
  static constexpr OptimizerPass kPasses[] = {
      {"fold", &OptimizerOptions::fold},         {"cse", &OptimizerOptions::cse},
      {"guards", &OptimizerOptions::guards},     {"heap", &OptimizerOptions::heap},
      {"bounds", &OptimizerOptions::bounds},     {"dce", &OptimizerOptions::dce},
      {"virtuals", &OptimizerOptions::virtuals},
  };
  return kPasses;
}

Trace optimize(const Trace& trace, const OptimizerOptions& options) {
  Trace result = Simplifier(trace, options).run();
  return options.dce ? opt::remove_dead(result) : result;
}

}  // namespace weft::jit
