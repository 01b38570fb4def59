// The tracer's state (internal to the tracer's source files): the jitcode frames being traced,
// with concrete register values and the trace values they are, and the Tracer class that runs
// them. Its work is split by concept:
//   tracer.cpp          starting a loop, the recording loop, one jitcode step (pure operations,
//                       branches, switches, merge points, promotion)
//   tracer_bridge.cpp   starting a bridge from a failed guard's snapshot
//   tracer_guards.cpp   guards and the resume data (snapshots) they carry
//   tracer_memory.cpp   loads, stores and allocation
//   tracer_calls.cpp    residual calls, inlined calls and returns, portal calls
#pragma once

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "greens_key.h"
#include "jitcode_reader.h"
#include "jitcode_steps.h"
#include "opt/trace_copy.h"
#include "weft/gc/roots.h"
#include "weft/jit/tracer.h"

namespace weft::jit::tracing {

inline constexpr Type kBankType[] = {Type::Int, Type::Ref, Type::Float};

// A jitcode activation being traced: concrete register values and the trace values they are.
struct TraceFrame {
  const JitCode& code;
  const JitCodeSteps& steps;
  size_t pc = 0;
  std::vector<uint64_t> regs[3];
  // A null value stands for the constant the register holds concretely: most of what an
  // interpreter's dispatch computes is constant (from the greens), and giving each such result
  // a trace constant when it is computed cost a constant-table lookup per operation. Tracer::
  // traced() makes the constant when a value is needed.
  std::vector<Value> vals[3];
  // The trace's constant for each of the jitcode's constants, once asked for (a trace reads
  // the same few constants at every step).
  std::vector<Value> const_vals[3];
  int result_bank = -1;  // where the caller wants this frame's return value
  uint16_t result_reg = 0;
  size_t return_pc = 0;  // where the caller continues
  // A call of the portal: its arguments as the caller passed them (native order) and where
  // its recorded operations begin, in case the call runs natively instead (portal_entry).
  std::vector<uint64_t> call_args;
  std::vector<Value> call_vals;
  size_t first_inst = 0;
  std::vector<uint64_t> entry_greens;  // at its portal_entry
  explicit TraceFrame(const JitCode& c) : code(c), steps(JitCodeSteps::of(c)) {
    for (int b = 0; b < 3; ++b) {
      regs[b].assign(c.num_regs[b], 0);
      vals[b].assign(c.num_regs[b], Value());
      const_vals[b].assign(c.consts[b].size(), Value());
    }
    for (uint64_t& r : regs[kRefBank]) gc::add_root(reinterpret_cast<void* const*>(&r));
  }
  ~TraceFrame() {
    for (size_t k = regs[kRefBank].size(); k-- > 0;)
      gc::remove_root(reinterpret_cast<void* const*>(&regs[kRefBank][k]));
  }
  TraceFrame(const TraceFrame&) = delete;
  TraceFrame& operator=(const TraceFrame&) = delete;
};

// Runs jitcodes on concrete values while recording them as a trace: one Tracer per recording.
class Tracer {
 public:
  explicit Tracer(const TracerOptions& options) : o_(options) {
    // Room for a typical trace (tens to hundreds of operations): growing one step at a time
    // reallocated and copied the lists several times per trace.
    t_.insts.reserve(256);
    t_.arg_pool.reserve(512);
    t_.consts.reserve(64);
    merge_greens_.reserve(16);
    merge_reds_.reserve(16);
    result_.passed.reserve(16);
    result_.passed_greens.reserve(32);
  }

  // Records from the jit_merge_point at `pc` of `portal` (record_loop()).
  Recording run(const JitCode& portal, size_t pc, const std::vector<uint64_t> (&regs)[3]);
  // Records a bridge of `parent` from `snapshot` (record_bridge()).
  // `guard`: the parent's failing guard instruction.
  Recording run_bridge(const Trace& parent, uint32_t guard, const JitCodeSet& codes,
                       const Snapshot& snapshot, std::span<const Value> saved,
                       std::span<const Type> types, std::span<const uint64_t> values,
                       std::span<const uint64_t> loop_greens);

 private:
  // The recording loop, from the frames set up by run() or run_bridge().
  Recording record();
  Recording stop(Recording::Status status, std::string reason);
  Recording finish();
  void end(Recording::Status status, std::string reason = "") {
    result_.status = status;
    result_.reason = std::move(reason);
    done_ = true;
  }

  // One jitcode instruction of the innermost frame.
  void step();
  void merge_point(TraceFrame& f, JitCodeReader& r, size_t at);

  // Bridges (tracer_bridge.cpp).
  bool materialize(const Snapshot& snapshot, std::span<const Value> saved,
                   std::span<const uint64_t> values, std::span<const Value> inputs,
                   std::vector<Value>& objects);

  // Guards (tracer_guards.cpp).
  Snapshot& snapshot(size_t pc);
  void guard(Op op, std::initializer_list<Value> args, size_t pc);
  void guard_no_case(Value x, uint64_t concrete, size_t pc);
  void guard_on_condition(bool taken, Value cond, size_t pc);
  void promote_greens(TraceFrame& f, size_t at);

  // Ends the recording with an error in frame `f`'s jitcode; false.
  bool fail(TraceFrame& f, std::string what);

  // Memory (tracer_memory.cpp); false if recording stopped.
  bool memory(TraceFrame& f, JitCodeReader& r, JitOp op, size_t at);
  bool unescaped_allocation(Value v) const;

  // Calls (tracer_calls.cpp); false if recording stopped (or, for inline_call, always: the
  // callee's frame is the innermost now).
  bool residual_call(TraceFrame& f, JitCodeReader& r, JitOp op);
  bool inline_call(TraceFrame& f, JitCodeReader& r, JitOp op, size_t at);
  void return_from(TraceFrame& f, JitCodeReader& r, JitOp op);
  bool portal_entry(TraceFrame& f, JitCodeReader& r, size_t at);
  struct PortalReds {
    std::vector<uint64_t> words[3];
    std::vector<Value> vals[3];
  };
  bool inline_portal_call(std::vector<uint64_t> greens, const PortalReds& reds);
  void read_lists(TraceFrame& f, JitCodeReader& r, std::vector<uint64_t> (&lists)[3],
                  std::vector<Value> (&vlists)[3]);

  TraceFrame& top() { return *frames_.back(); }

  uint64_t concrete(TraceFrame& f, int bank, uint16_t reg) const {
    return reg < f.code.num_regs[bank] ? f.regs[bank][reg]
                                       : f.code.consts[bank][reg - f.code.num_regs[bank]];
  }
  Value traced(TraceFrame& f, int bank, uint16_t reg) {
    if (reg < f.code.num_regs[bank]) {
      Value& v = f.vals[bank][reg];
      if (!v) v = t_.constant_of(kBankType[bank], f.regs[bank][reg]);
      return v;
    }
    size_t k = reg - f.code.num_regs[bank];
    Value& c = f.const_vals[bank][k];
    if (!c) c = t_.constant_of(kBankType[bank], f.code.consts[bank][k]);
    return c;
  }
  // The next operand, a register of `bank`: its concrete value and its value in the trace.
  [[gnu::always_inline]] void read(TraceFrame& f, JitCodeReader& r, int bank, uint64_t& value,
                                   Value& v) {
    uint16_t reg = r.u16();
    value = concrete(f, bank, reg);
    v = traced(f, bank, reg);
  }
  // Whether register `reg` holds a constant of the trace (without making the constant).
  bool known_constant(const TraceFrame& f, int bank, uint16_t reg) const {
    if (reg >= f.code.num_regs[bank]) return true;
    Value v = f.vals[bank][reg];
    return !v || v.is_const();
  }
  // `v` null: the constant `value` (see TraceFrame::vals).
  void assign(TraceFrame& f, int bank, uint16_t reg, uint64_t value, Value v) {
    f.regs[bank][reg] = value;
    f.vals[bank][reg] = v;
  }
  // The 0 of a bank (dead registers in snapshots: many per guard).
  Value zero(int bank) {
    if (!zeros_[bank]) zeros_[bank] = t_.constant_of(kBankType[bank], 0);
    return zeros_[bank];
  }

  const TracerOptions& o_;
  const Trace* parent_ = nullptr;  // a bridge's
  Trace t_;
  Recording result_;
  bool done_ = false;
  bool recording_ = false;  // the jitcodes started running
  Value zeros_[3];
  Value one_;  // the int 1 (a guard_false's condition when it fails)
  std::vector<std::unique_ptr<TraceFrame>> frames_;
  std::vector<uint64_t> materialized_;  // a bridge's objects, made by materialize()
  std::vector<uint64_t> case_values_;   // the switch being recorded (reused)
  std::vector<uint64_t> start_greens_;
  std::vector<uint64_t> merge_greens_;
  std::vector<Value> merge_reds_;
  // Merge points passed without closing the trace.
  GreensSet passed_greens_;
  // Pure operations recorded from jitcode steps, by operation and operands (Tracer::step):
  // direct-mapped, a later one replacing an earlier one, because the copies to find are the
  // ones an interpreter recomputes at its next steps.
  struct RecordedPure {
    Op op;
    uint32_t x, y;  // opt::value_key()s of the operands (0: none)
    Value value;
    bool same_operation(const RecordedPure& o) const { return op == o.op && x == o.x && y == o.y; }
    size_t hash() const {
      uint64_t h = (uint64_t(op) << 32 | x) * 0x9E3779B97F4A7C15ull;
      return size_t(((h ^ y) * 0xC2B2AE3D27D4EB4Full) >> 40);
    }
  };
  RecordedPure recorded_pure_[64] = {};
};

}  // namespace weft::jit::tracing
