// A bridge starts from what its parent established before the failing guard: the guards that
// passed on the way there are replayed at the bridge's start as assumptions (assume_* ops and
// record_exact_class, no code), with the computations they test recomputed from the bridge's
// inputs. The bridge's optimizer learns from them as from the guards themselves, so the bridge
// does not test again what its parent knew (classes, non-null values, constants, ranges), and
// the recomputed loads and pure operations share or lose their code through CSE and dead-code
// removal.
//
// Only what still holds at the bridge's start is replayed: computations from the bridge's
// inputs and constants by pure operations, loads of immutable fields, and other loads that no
// store, call or allocation follows before the guard (the bridge re-reads the same memory;
// the snapshot's pending stores are done after the replay, see Tracer::run_bridge). Facts
// from before the parent's last label are not: the label redefines its arguments.
#include "bridge_facts.h"

#include <algorithm>
#include <vector>

namespace weft::jit::tracing {

namespace {

// Operations a replay recomputes at most: beyond them, the optimizer's work on the replay
// would cost more than the guards it spares.
constexpr size_t kMaxReplayed = 64;
constexpr int kMaxDepth = 24;
// How far back from the failing guard the replay looks: the work of finding what can be
// replayed grows with the distance (bf's long loops: ~6K instructions per bridge with no
// limit), and the guards nearest it tell most about the values it saves.
constexpr uint32_t kMaxDistance = 48;

class Replay {
 public:
  Replay(const Trace& parent, uint32_t guard, std::span<const Value> saved,
         std::span<const Value> inputs, Trace& bridge)
      : p_(parent), guard_(guard), bridge_(bridge) {
    uint32_t earliest = guard > kMaxDistance ? guard - kMaxDistance : 0;
    start_ = earliest;
    for (uint32_t i = guard; i-- > earliest;) {
      if (p_.insts[i].op == Op::label) {
        start_ = i + 1;
        break;
      }
    }
    for (size_t i = start_; i < guard; ++i) {
      const OpInfo& info = op_info(p_.insts[i].op);
      if (info.has(opflag::STORE) || info.has(opflag::CALL) || info.has(opflag::ALLOC))
        first_unclobbered_ = i + 1;
    }
    available_.assign(guard, Value());
    for (size_t k = 0; k < saved.size(); ++k)
      if (saved[k].is_inst() && saved[k].index() < guard) available_[saved[k].index()] = inputs[k];
    state_.assign(guard - start_, State::Unknown);
    mapped_.assign(guard - start_, Value());
  }

  void run() {
    // The failing guard's opposite, then the guards nearest it: they tell most about the
    // values the bridge starts from.
    size_t budget = kMaxReplayed;
    const Inst& failed = p_.insts[guard_];
    bool opposite = assumption_of(failed.op, false) && take(failed, budget);
    for (uint32_t j = guard_; j-- > start_;) {
      const Inst& inst = p_.insts[j];
      if (assumption_of(inst.op) && take(inst, budget)) state_[j - start_] = State::Needed;
    }
    for (uint32_t i = start_; i < guard_; ++i)
      if (state_[i - start_] == State::Needed) emit(i, *assumption_of(p_.insts[i].op));
    if (opposite) emit(guard_, *assumption_of(failed.op, false));
  }

 private:
  enum class State : uint8_t { Unknown, Yes, No, Needed };

  // Whether the guard `inst` can be assumed, within `budget` replayed operations (taken from
  // it); then its operands' computations are marked for the replay.
  bool take(const Inst& inst, size_t& budget) {
    auto args = p_.args(inst);
    if (args[0].is_const() ||
        !std::all_of(args.begin(), args.end(), [&](Value v) { return replayable(v, 0); }))
      return false;
    size_t cost = 1;
    for (Value v : args) cost += slice_size(v);
    if (cost > budget) return false;
    budget -= cost;
    for (Value v : args) mark(v);
    return true;
  }

  // What a guard that passed tells (`passed`), and one that failed (`failed`: the opposite
  // of what it checks, if that is an assumption; Op::input if not). An assume_value of a
  // guard's single operand compares it with null.
  struct Assumption {
    Op guard, passed, failed;
  };
  static constexpr Assumption kAssumptions[] = {
      {Op::guard_true, Op::assume_true, Op::assume_false},
      {Op::guard_false, Op::assume_false, Op::assume_true},
      {Op::guard_nonnull, Op::assume_nonnull, Op::assume_value},
      {Op::guard_isnull, Op::assume_value, Op::assume_nonnull},
      {Op::guard_value, Op::assume_value, Op::input},
      {Op::guard_class, Op::record_exact_class, Op::input},
  };
  static std::optional<Op> assumption_of(Op guard, bool passed = true) {
    for (const Assumption& a : kAssumptions) {
      Op op = passed ? a.passed : a.failed;
      if (a.guard == guard && op != Op::input) return op;
    }
    return std::nullopt;
  }

  bool available(Value v) const {
    return v.is_inst() && v.index() < guard_ && bool(available_[v.index()]);
  }

  bool in_region(Value v) const {
    return v.is_inst() && v.index() >= start_ && v.index() < guard_ && !available(v);
  }

  bool loads_unchanged_memory(uint32_t i) const {
    const Inst& inst = p_.insts[i];
    if (inst.op == Op::arraylen_gc) return true;
    if (inst.op == Op::getfield_gc || inst.op == Op::getfield_raw) {
      auto* field = static_cast<const FieldDescr*>(inst.descr);
      if (field->immutable) return true;
    } else if (inst.op != Op::getarrayitem_gc) {
      return false;
    }
    return i >= first_unclobbered_;
  }

  bool replayable(Value v, int depth) {
    if (v.is_const() || available(v)) return true;
    if (!in_region(v) || depth > kMaxDepth) return false;
    State& s = state_[v.index() - start_];
    if (s != State::Unknown) return s != State::No;
    const Inst& inst = p_.insts[v.index()];
    const OpInfo& info = op_info(inst.op);
    bool ok = info.has(opflag::PURE) || info.has(opflag::OVF) ||
              (info.has(opflag::LOAD) && loads_unchanged_memory(v.index()));
    for (Value a : p_.args(inst)) ok = ok && replayable(a, depth + 1);
    // (A recursive call may have decided `s` through another path: the reference is stable,
    // state_ does not grow.)
    s = ok ? State::Yes : State::No;
    return ok;
  }

  // Operations of `v`'s computation not yet marked for the replay.
  size_t slice_size(Value v) {
    if (!in_region(v) || state_[v.index() - start_] == State::Needed) return 0;
    std::vector<uint32_t> seen;
    return count(v, seen);
  }
  size_t count(Value v, std::vector<uint32_t>& seen) {
    if (!in_region(v) || state_[v.index() - start_] == State::Needed) return 0;
    if (std::find(seen.begin(), seen.end(), v.index()) != seen.end()) return 0;
    seen.push_back(v.index());
    size_t n = 1;
    for (Value a : p_.args(p_.insts[v.index()])) n += count(a, seen);
    return n;
  }
  void mark(Value v) {
    if (!in_region(v) || state_[v.index() - start_] == State::Needed) return;
    state_[v.index() - start_] = State::Needed;
    for (Value a : p_.args(p_.insts[v.index()])) mark(a);
  }

  Value bridge_value(Value v) {
    if (v.is_const()) {
      const Constant& c = p_.constant(v);
      return bridge_.constant_of(c.type, c.bits);
    }
    return available(v) ? available_[v.index()] : mapped_[v.index() - start_];
  }

  // Emits instruction `i` of the parent again, a guard as `assume`.
  void emit(uint32_t i, Op assume = Op::input) {
    const Inst& inst = p_.insts[i];
    args_.clear();
    for (Value a : p_.args(inst)) args_.push_back(bridge_value(a));
    if (op_info(inst.op).has(opflag::GUARD)) {
      if (assume == Op::assume_value && args_.size() == 1)
        args_.push_back(bridge_.constant_of(Type::Ref, 0));
      bridge_.emit(assume, args_);
      return;
    }
    Op op = inst.op;
    // The parent's value of an overflow-checked operation is the wrapped result either way.
    if (op == Op::int_add_ovf) op = Op::int_add;
    if (op == Op::int_sub_ovf) op = Op::int_sub;
    if (op == Op::int_mul_ovf) op = Op::int_mul;
    mapped_[i - start_] = bridge_.emit(op, args_, inst.descr);
  }

  const Trace& p_;
  uint32_t guard_;
  Trace& bridge_;
  uint32_t start_ = 0;
  size_t first_unclobbered_ = 0;  // loads from here on read what the guard's memory holds
  std::vector<Value> available_;  // per parent instruction before the guard: its bridge input
  std::vector<State> state_;      // per instruction of the region
  std::vector<Value> mapped_;
  std::vector<Value> args_;
};

}  // namespace

void assume_parent_facts(const Trace& parent, uint32_t guard, std::span<const Value> saved,
                         std::span<const Value> inputs, Trace& bridge) {
  if (guard >= parent.insts.size()) return;
  Replay(parent, guard, saved, inputs, bridge).run();
}

}  // namespace weft::jit::tracing
