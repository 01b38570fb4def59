// Guards and their resume data: the snapshot of every frame's live registers at a guard, guards
// on conditions and switches, and the promotion of greens at merge points and portal entries.
#include <algorithm>

#include "jitcode_liveness.h"
#include "tracer_state.h"

namespace weft::jit::tracing {

namespace {

// A switch that took its default path guards each case value up to this many scattered cases.
constexpr size_t kMaxCaseGuards = 4;

}  // namespace

// Resume data for a guard at instruction `pc` of the innermost frame.
// Registers that are dead there are recorded as 0: exits save only what is live.
// (Built in place in the trace's list: a snapshot is large and costly to move.)
Snapshot& Tracer::snapshot(size_t pc) {
  if (t_.snapshots.capacity() == t_.snapshots.size())
    t_.snapshots.reserve(std::max<size_t>(256, 2 * t_.snapshots.size()));
  Snapshot& s = t_.snapshots.emplace_back();
  for (size_t k = 0; k < frames_.size(); ++k) {
    TraceFrame& f = *frames_[k];
    bool innermost = k + 1 == frames_.size();
    size_t at = innermost ? pc : f.pc;
    const JitCodeLiveness& live = JitCodeLiveness::of(f.code);
    ResumeFrame& rf = s.frames.emplace_back();
    rf.jitcode = f.code.id;
    rf.pc = uint32_t(at);
    size_t live_count = live.live_count(at, !innermost);
    rf.values.reserve(live_count);
    rf.regs.reserve(live_count);
    live.for_each_live(at, !innermost, [&](size_t flat) {
      int b = flat >= live.bank_base(2) ? 2 : flat >= live.bank_base(1) ? 1 : 0;
      size_t reg = flat - live.bank_base(b);
      if (reg >= f.vals[b].size()) return;
      rf.values.push_back(traced(f, b, uint16_t(reg)));
      rf.regs.push_back(uint16_t(flat));
    });
  }
  return s;
}

void Tracer::guard(Op op, std::initializer_list<Value> args, size_t pc) {
  snapshot(pc);
  t_.emit_guard_with_last_snapshot(op, args);
}

// The default path of a switch on `x` (now `concrete`) was taken: guards that x is none of
// case_values_. guard_value would make x a constant the trace does not depend on: a loop
// would be specialized to one value of, say, a divisor that only had to be nonzero.
// Contiguous cases are one unsigned range test, a few scattered ones a test each; many
// scattered ones fall back to guard_value.
void Tracer::guard_no_case(Value x, uint64_t concrete, size_t pc) {
  if (case_values_.empty()) return;
  std::sort(case_values_.begin(), case_values_.end());
  uint64_t lo = case_values_.front(), hi = case_values_.back();
  if (hi - lo + 1 == case_values_.size()) {
    Value offset = lo ? t_.emit(Op::int_sub, {x, t_.const_int(int64_t(lo))}) : x;
    return guard_on_condition(true, t_.emit(Op::uint_gt, {offset, t_.const_int(int64_t(hi - lo))}),
                              pc);
  }
  if (case_values_.size() <= kMaxCaseGuards) {
    for (uint64_t v : case_values_)
      guard_on_condition(false, t_.emit(Op::int_eq, {x, t_.const_int(int64_t(v))}), pc);
    return;
  }
  guard(Op::guard_value, {x, t_.const_int(int64_t(concrete))}, pc);
}

// A guard on a comparison's 0/1 result: when it fails, the result is known (1 for
// guard_false, 0 for guard_true), so the snapshot names the constant and compiled code need
// not keep the result (the comparison fuses into the guard's jump).
void Tracer::guard_on_condition(bool taken, Value cond, size_t pc) {
  Op op = taken ? Op::guard_true : Op::guard_false;
  Snapshot& s = snapshot(pc);
  if (cond.is_inst() && yields_boolean(t_.insts[cond.index()].op)) {
    if (!taken && !one_) one_ = t_.const_int(1);
    Value failed = taken ? zero(kIntBank) : one_;
    for (size_t k = 0; k < s.frames.size(); ++k) {
      ResumeFrame& rf = s.frames[k];
      for (size_t j = 0; j < rf.values.size(); ++j) {
        if (rf.values[j] != cond) continue;
        rf.values[j] = failed;
        s.condition_slots.emplace_back(uint16_t(k), uint16_t(j));
      }
    }
  }
  t_.emit_guard_with_last_snapshot(op, {cond});
}

// Greens are constants of the trace past a merge point or portal entry (at `at`): one the
// trace computed from reds (clang may turn a branch on a red into a select) is guarded to
// its value there, as promote() would.
void Tracer::promote_greens(TraceFrame& f, size_t at) {
  JitCodeReader r(f.code, at);
  r.op();
  for (int list = 0; list < 6; ++list)
    for (uint8_t n = r.u8(); n > 0; --n) {
      uint16_t reg = r.u16();
      if (list >= 2 || known_constant(f, list, reg)) continue;
      Value c = t_.constant_of(kBankType[list], f.regs[list][reg]);
      guard(Op::guard_value, {f.vals[list][reg], c}, at);
      f.vals[list][reg] = c;
    }
}

}  // namespace weft::jit::tracing
