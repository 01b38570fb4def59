// The optimizer driver: one forward rewrite of the trace in which every part (opt/*_ops.cpp,
// see opt/optimizer_impl.h) gets its say on each operation, then dead-code removal
// (opt/dead_code.h).
#include "weft/jit/optimizer.h"

#include <algorithm>

#include "opt/dead_code.h"
#include "opt/guard_strengthening.h"
#include "opt/optimizer_impl.h"
#include "opt/peel.h"

namespace weft::jit {

namespace opt {

Trace Optimizer::run() {
  map_.assign(in_.insts.size(), Value());
  out_.insts.reserve(in_.insts.size());
  out_.arg_pool.reserve(in_.arg_pool.size());
  out_.snapshots.reserve(in_.snapshots.size());
  out_.consts.reserve(in_.consts.size() + 8);
  step_args_.reserve(8);
  // The output is about as long as the input: tables indexed by output instruction are made
  // that large at once.
  size_t expected = in_.insts.size() + in_.insts.size() / 4 + 8;
  bounds_.reserve(expected);
  raw_.reserve(expected);
  find_values_live_across_labels();
  for (size_t i = 0; i < in_.insts.size(); ++i) step(i);
  return std::move(out_);
}

// Where a value of the input trace lives in the output, with learned constants applied and
// materialized virtual objects resolved. An unmaterialized virtual object is a
// Value::virtual_object of virtuals_.
Value Optimizer::get(Value v) {
  if (v.is_const()) {
    if (const_map_.size() < in_.consts.size()) const_map_.resize(in_.consts.size());
    Value& out = const_map_[v.index()];
    if (!out) out = out_.constant_of(in_.constant(v).type, in_.constant(v).bits);
    return out;
  }
  if (!v.is_inst()) return v;  // virtual objects of input snapshots keep their numbers
  Value mapped = virtuals_.resolve(map_[v.index()]);
  if (mapped.is_inst()) {
    if (Value known = known_.find(mapped.index())) return known;
  }
  return mapped;
}

// For each label: the input values defined before it and used after it. A virtual object
// among them must be materialized at the label, like one passed to it. Each is listed once,
// in order of first use (every snapshot after the label names most of them again).
void Optimizer::find_values_live_across_labels() {
  std::vector<bool> listed;
  for (size_t p = 0; p < in_.insts.size(); ++p) {
    if (in_.insts[p].op != Op::label) continue;
    // A label with only inputs before it, each passed to it (a trace's first label): nothing
    // but its own arguments is defined before it, so there is nothing to list.
    auto label_args = in_.args(in_.insts[p]);
    bool only_own_inputs = true;
    for (size_t j = 0; j < p && only_own_inputs; ++j)
      only_own_inputs = in_.insts[j].op == Op::input &&
                        std::find(label_args.begin(), label_args.end(), Value::inst(uint32_t(j))) !=
                            label_args.end();
    if (only_own_inputs) continue;
    std::vector<Value>& live = live_across_[p];
    listed.assign(p, false);
    auto note = [&](Value v) {
      if (!v.is_inst() || v.index() >= p || listed[v.index()]) return;
      listed[v.index()] = true;
      live.push_back(v);
    };
    for (size_t j = p + 1; j < in_.insts.size(); ++j) {
      const Inst& inst = in_.insts[j];
      for (Value v : in_.args(inst)) note(v);
      if (inst.snapshot < 0) continue;
      in_.snapshots[size_t(inst.snapshot)].for_each_value(note);
    }
  }
}

// Copies `inst` with operands `args`; a guard gets its snapshot with values mapped and the
// virtual objects it refers to described.
Value Optimizer::emit_copy(const Inst& inst, std::span<const Value> args) {
  if (inst.op == Op::input) return out_.input(inst.type);
  before_effect(inst);
  if (inst.snapshot < 0) return out_.emit(inst.op, args, inst.descr);
  // (Describing may append constants and nothing else to out_: the snapshot can be built in
  // place before the guard is emitted.)
  virtuals_.describe(
      in_.snapshots[size_t(inst.snapshot)], [this](Value v) { return get(v); },
      pending_raw_virtuals(), out_.snapshots.emplace_back());
  Value v = out_.emit(inst.op, args, inst.descr);
  out_.insts.back().snapshot = int32_t(out_.snapshots.size() - 1);
  // A guard_true/guard_false snapshot names its condition's failing value (the tracer's
  // guard_on_condition): resuming there for another reason would take the wrong branch. The
  // snapshots of these guards hold the state as it is.
  static constexpr Op kReusable[] = {Op::guard_value, Op::guard_class, Op::guard_nonnull,
                                     Op::guard_isnull, Op::guard_not_invalidated};
  if (std::find(std::begin(kReusable), std::end(kReusable), inst.op) != std::end(kReusable))
    clean_snapshot_ = out_.insts.back().snapshot;
  return v;
}

void Optimizer::label(size_t i, const Inst& inst, std::vector<Value>& args) {
  // Label arguments are redefined by every jump: they must be distinct instructions, and
  // nothing known about them (or computed from them) before the label holds after it.
  for (Value& a : args) a = force(a);
  for (Value v : live_across_[i]) force(get(v));
  // An address into a private frame that the label redefines is a value of its own after it:
  // the frame would no longer be accessed through the frame's value only.
  for (uint32_t f : std::vector<uint32_t>(private_frames_.begin(), private_frames_.end())) {
    if (std::none_of(args.begin(), args.end(), [&](Value a) { return raw_.computed_from(a, f); }))
      continue;
    private_frames_.erase(f);
    dropped_frames_.insert(f);
  }
  bool peeled = loop_ && inst.descr == loop_ && o_.heap;
  if (peeled && !plan_->predicted) predict_loop_stores(i);
  std::vector<PendingStore> carried;
  if (peeled) carried = take_carried_virtuals(args);
  flush_stores();
  std::pmr::unordered_set<uint32_t> seen(&scratch_arena());
  auto in_args = in_.args(inst);
  for (size_t k = 0; k < args.size(); ++k) {
    if (!args[k].is_inst() || !seen.insert(args[k].index()).second) {
      args[k] = out_.emit(Op::same_as, {args[k]});
      map_[in_args[k].index()] = args[k];
    }
  }
  if (peeled) {
    carry_virtuals_into_loop(carried, args);
    carry_stores_into_loop(carried, args);
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
  // What is known about values the label does not redefine (computed before it, once) holds
  // after it too: loop-invariant facts (see opt/peel.h). The mutable heap does not.
  for (uint32_t r : redefined) known_.forget(r);
  bounds_.forget(redefined);
  auto gone = [&](uint32_t key) {  // a value_key() of a redefined instruction
    return Value::Kind(key >> 30) == Value::Kind::Inst && redefined.count(key & ((1u << 30) - 1));
  };
  auto gone_value = [&](Value v) { return v.is_inst() && redefined.count(v.index()) != 0; };
  cse_.erase_if([&](const CseKey& key, Value value) {
    return gone(key.x) || gone(key.y) || gone_value(value);
  });
  // In a peeled loop, what is known about the heap before its label may hold in it too.
  if (peeled) {
    carry_heap_into_loop(args, redefined);
    carry_raw_into_loop(args, redefined);
  } else {
    heap_.keep_immutable(redefined);
    raw_.clear();
  }
  std::erase_if(known_class_, [&](const auto& e) { return redefined.count(e.first) != 0; });
  std::erase_if(nonnull_, [&](uint32_t v) { return redefined.count(v) != 0; });
  std::erase_if(nonzero_, [&](uint32_t v) { return redefined.count(v) != 0; });
  std::erase_if(elidable_, [&](const auto& e) {
    for (size_t k = 1; k < e.first.size(); ++k)
      if (gone(uint32_t(e.first[k]))) return true;
    return gone_value(e.second);
  });
  // The loop's guards resume in the loop: a guard_not_invalidated there needs a snapshot of
  // the loop's own; the first iteration after the preamble is not checked by the preamble's.
  invalidation_checked_ = false;
  clean_snapshot_ = -1;
  for (uint32_t v : redefined) redefined_at_[v] = out_.insts.size();
  out_.emit(Op::label, args, inst.descr);
}

void Optimizer::step(size_t i) {
  const Inst& inst = in_.insts[i];
  std::vector<Value>& args = step_args_;  // step() never runs inside itself
  args.clear();
  for (Value v : in_.args(inst)) args.push_back(get(v));
  const OpInfo& info = op_info(inst.op);

  if (inst.op == Op::label) return label(i, inst, args);
  if (inst.op == Op::record_exact_class) return learn_exact_class(args);
  if (std::optional<Op> guard = assumed_guard(inst.op)) {
    // An assumption teaches what its guard would, and has no code.
    Inst as_guard = inst;
    as_guard.op = *guard;
    return learn_from_guard(as_guard, args);
  }
  if (o_.virtuals && virtual_step(i, inst, args)) return;
  if (has_side_effect(inst, args)) clean_snapshot_ = -1;
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
      bounds_.note(map_[i], inst.op, args);
      bounds_.set(map_[i], *range);
      drop_overflow_guard_ = true;
      return;
    }
  }
  if (info.has(opflag::PURE) && pure_step(i, inst, args)) return;
  if (info.has(opflag::GUARD)) {
    if (o_.guards && guard_passes(inst, args)) return;
    if (o_.implied_guards && guard_implied(inst, args)) return;
    if (inst.op == Op::guard_not_invalidated && guard_not_invalidated_step(inst)) return;
  }
  bool loop_jump = inst.op == Op::jump && loop_ && inst.descr == loop_ && o_.heap;
  if (loop_jump) {
    check_virtuals_at_jump(args);
    check_stores_at_jump(args);
    check_heap_at_jump(args);
    check_raw_at_jump(args);
  }
  if (call_step(i, inst, args)) return;
  if (o_.heap && heap_step(i, inst, args)) return;
  map_[i] = emit_copy(inst, args);
  if (loop_jump) {
    // A carried virtual object made real by the jump's stores (another object referred to
    // it) would be two objects in the next iteration: carry it no more.
    for (size_t k = 0; k < jump_virtuals_.size(); ++k) {
      if (std::all_of(jump_virtuals_[k].begin(), jump_virtuals_[k].end(),
                      [&](Value v) { return virtuals_.is_virtual(v); }))
        continue;
      const CarriedVirtual& c = carried_virtuals_[k];
      plan_->raw_carry[{c.address.index(), c.field}] = LoopHeapPlan::Carry::Drop;
      replan_ = true;
    }
  }
  if (info.has(opflag::GUARD)) learn_from_guard(inst, args);
}

// Folding, range decisions and CSE of a pure op; true if `inst` was mapped.
bool Optimizer::pure_step(size_t i, const Inst& inst, std::span<const Value> args) {
  std::array<Value, 2> reassociated;
  if (o_.fold && reassociate(inst.op, args, reassociated)) {
    Inst add = inst;
    add.op = Op::int_add;
    return pure_step(i, add, reassociated);
  }
  Op negated;
  if (o_.fold && negate_comparison(inst.op, args, negated, reassociated)) {
    Inst comparison = inst;
    comparison.op = negated;
    return pure_step(i, comparison, reassociated);
  }
  if (o_.implied_guards && (inst.op == Op::ptr_eq || inst.op == Op::ptr_ne)) {
    // Against null, a reference known not to be null (allocated, or guarded): the interpreter
    // checking its allocation's result.
    for (int side = 0; side < 2; ++side) {
      Value x = args[side], y = args[1 - side];
      if (y.is_const() && out_.constant(y).bits == 0 && x.is_inst() && nonnull_.count(x.index())) {
        map_[i] = out_.const_int(inst.op == Op::ptr_ne ? 1 : 0);
        return true;
      }
    }
  }
  if (o_.fold) {
    if (Value v = simplify(inst, args)) {
      map_[i] = v;
      return true;
    }
  }
  if (o_.bounds) {
    if (Value v = bounds_.simplify(inst.op, args, out_)) {
      map_[i] = v;
      return true;
    }
  }
  map_[i] = emit_pure(inst.op, args, inst.descr);
  return true;
}

Value Optimizer::emit_pure(Op op, std::span<const Value> args, const Descr* descr) {
  CseKey key{op, descr, args.size() > 0 ? value_key(args[0]) : 0,
             args.size() > 1 ? value_key(args[1]) : 0};
  if (o_.cse)
    if (Value known = cse_.find(key)) return known;
  Value v = out_.emit(op, args, descr);
  if (o_.cse) cse_.insert(key, v);
  if (o_.bounds) bounds_.note(v, op, args);
  return v;
}

Value Optimizer::emit_pure(Op op, std::initializer_list<Value> args) {
  return emit_pure(op, std::span<const Value>(args.begin(), args.size()));
}

Value Optimizer::as_loaded(Value value, const FieldDescr* field) {
  unsigned bits = field->size * 8u;
  if (!field->is_signed)
    return emit_pure(Op::int_and, {value, out_.const_int(int64_t((uint64_t(1) << bits) - 1))});
  Value shift = out_.const_int(64 - bits);
  return emit_pure(Op::int_rshift, {emit_pure(Op::int_lshift, {value, shift}), shift});
}

}  // namespace opt

std::span<const OptimizerPass> optimizer_passes() {
  static constexpr OptimizerPass kPasses[] = {
      {"fold", &OptimizerOptions::fold},
      {"cse", &OptimizerOptions::cse},
      {"guards", &OptimizerOptions::guards},
      {"heap", &OptimizerOptions::heap},
      {"bounds", &OptimizerOptions::bounds},
      {"dce", &OptimizerOptions::dce},
      {"virtuals", &OptimizerOptions::virtuals},
      {"lazy_stores", &OptimizerOptions::lazy_stores},
      {"implied_guards", &OptimizerOptions::implied_guards},
      {"elidable", &OptimizerOptions::elidable},
      {"quasi_immutable", &OptimizerOptions::quasi_immutable},
      {"known_bits", &OptimizerOptions::known_bits},
      {"peel", &OptimizerOptions::peel},
      {"strengthen", &OptimizerOptions::strengthen},
  };
  return kPasses;
}

OptimizerOptions optimizer_options_without(std::span<const std::string> disabled) {
  OptimizerOptions o;
  for (const std::string& name : disabled)
    for (const OptimizerPass& pass : optimizer_passes())
      if (name == pass.name) o.*pass.flag = false;
  return o;
}

Trace optimize(const Trace& trace, const OptimizerOptions& options, OptimizerReport* report) {
  ScratchScope scope;  // the optimizer's own tables (not the traces)
  Trace peeled;
  const LabelDescr* loop = nullptr;
  bool peel = options.peel && options.peel_labels &&
              opt::peel_loop(trace, *options.peel_labels, peeled, &loop);
  // Heap facts carried into the loop that turn out not to hold there cost another run (see
  // opt/loop_heap.cpp); after a few, none are carried, which never needs another.
  constexpr int kMaxRuns = 3;
  opt::LoopHeapPlan plan;
  Trace result;
  for (int run = 1;; ++run) {
    if (report) {
      *report = {};
      report->runs = run;
    }
    opt::Optimizer o(peel ? peeled : trace, options, report, loop, &plan);
    result = o.run();
    if (!o.replan()) break;
    if (run >= kMaxRuns) plan.none = true;
  }
  if (options.strengthen) opt::strengthen_guards(result);
  return options.dce ? opt::remove_dead(std::move(result)) : result;
}

}  // namespace weft::jit
