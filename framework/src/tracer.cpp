// The tracer's recording loop and the recording of one jitcode instruction: pure operations,
// copies, branches and switches (as guards), merge points (closing the loop, stopping at an
// inner loop or a join), promotion; memory and calls are in tracer_memory.cpp and
// tracer_calls.cpp, guards' resume data in tracer_guards.cpp, bridges' start in
// tracer_bridge.cpp (tracer_state.h lists them).
#include "weft/jit/tracer.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <optional>

#include "jitcode_reader.h"
#include "tracer_state.h"
#include "weft/gc/layout.h"
#include "weft/jit/ir_eval.h"

namespace weft::jit {
namespace tracing {

Recording Tracer::run(const JitCode& portal, size_t pc, const std::vector<uint64_t> (&regs)[3]) {
  if (!o_.loop_label) return stop(Recording::Status::Error, "no loop label given");
  frames_.push_back(std::make_unique<TraceFrame>(portal));
  TraceFrame& f = *frames_.back();
  for (int b = 0; b < 3; ++b) {
    if (regs[b].size() != portal.num_regs[b])
      return stop(Recording::Status::Error, "bad registers");
    f.regs[b] = regs[b];
  }
  JitCodeReader r(portal, pc);
  if (r.op() != JitOp::jit_merge_point)
    return stop(Recording::Status::Error, "tracing must start at a jit_merge_point");
  // Greens: constants; reds: the trace's inputs, passed to the loop's label.
  std::vector<Value> inputs, frames;
  for (int list = 0; list < 6; ++list) {
    int bank = list % 3;
    uint8_t count = r.u8();
    for (uint8_t n = 0; n < count; ++n) {
      uint16_t reg = r.u16();
      if (reg >= portal.num_regs[bank]) {  // a constant
        if (list < 3) start_greens_.push_back(concrete(f, bank, reg));
        continue;
      }
      if (list < 3) {
        f.vals[bank][reg] = t_.constant_of(kBankType[bank], f.regs[bank][reg]);
        start_greens_.push_back(f.regs[bank][reg]);
      } else {
        f.vals[bank][reg] = t_.input(kBankType[bank]);
        inputs.push_back(f.vals[bank][reg]);
        std::pair<uint8_t, uint8_t> red{uint8_t(list), n};
        if (bank == 0 && std::find(o_.private_frame_reds.begin(), o_.private_frame_reds.end(),
                                   red) != o_.private_frame_reds.end())
          frames.push_back(f.vals[bank][reg]);
      }
    }
  }
  // Registers that are neither green nor red are not live at the merge point.
  for (int b = 0; b < 3; ++b)
    for (Value& v : f.vals[b])
      if (!v) v = zero(b);
  t_.emit(Op::label, inputs, o_.loop_label);
  for (Value frame : frames) t_.emit(Op::private_frame, {frame});
  f.pc = r.pc();
  return record();
}

Recording Tracer::record() {
  recording_ = true;
  while (!done_) {
    if (t_.insts.size() > o_.trace_limit) return stop(Recording::Status::Aborted, "trace too long");
    step();
  }
  return finish();
}

Recording Tracer::stop(Recording::Status status, std::string reason) {
  result_.status = status;
  result_.reason = std::move(reason);
  return finish();
}
Recording Tracer::finish() {
  if (result_.status == Recording::Status::Aborted && recording_)
    for (const auto& f : frames_) {
      BlackholeFrameState state;
      state.code = &f->code;
      state.pc = f->pc;
      for (int b = 0; b < 3; ++b) state.regs[b] = f->regs[b];
      result_.frames.push_back(std::move(state));
    }
  result_.trace = std::move(t_);
  return std::move(result_);
}

[[gnu::always_inline]] inline void Tracer::step() {
  TraceFrame& f = top();
  size_t at = f.pc;
  // Pure operations, copies and jumps from the pre-decoded form (jitcode_steps.h).
  const JitCodeStep& s = f.steps.at(at);
  switch (s.kind) {
    case JitCodeStep::Kind::Pure: {
      uint64_t words[2] = {};
      bool all_const = true;
      for (size_t n = 0; n < s.nargs; ++n) {
        words[n] = concrete(f, s.arg_bank[n], s.arg[n]);
        all_const &= known_constant(f, s.arg_bank[n], s.arg[n]);
      }
      std::optional<uint64_t> value = eval_pure(s.ir, std::span<const uint64_t>(words, s.nargs));
      if (!value) return end(Recording::Status::Error, "division by zero");
      // A result nobody reads (the codegen recomputes values derived from the reds after the
      // merge point, so the copy computed before it is dead) is not recorded at all.
      Value v;  // all operands constant: the result is (TraceFrame::vals)
      if (!all_const && !s.dst_live) {
        v = zero(s.dst_bank);
      } else if (!all_const) {
        Value vals[2];
        for (size_t n = 0; n < s.nargs; ++n) vals[n] = traced(f, s.arg_bank[n], s.arg[n]);
        // The same operation on the same values was recorded already: an interpreter
        // recomputes what its dispatch needs at every step (bf: the cell's address, after
        // each merge point), and each copy would be recorded, optimized and removed again.
        RecordedPure key{s.ir, opt::value_key(vals[0]), opt::value_key(vals[1]), Value()};
        RecordedPure& slot = recorded_pure_[key.hash() % std::size(recorded_pure_)];
        if (slot.value && slot.same_operation(key)) {
          v = slot.value;
        } else {
          v = t_.emit(s.ir, std::span<const Value>(vals, s.nargs));
          slot = key;
          slot.value = v;
        }
      }
      assign(f, s.dst_bank, s.dst, *value, v);
      f.pc = s.next;
      return;
    }
    case JitCodeStep::Kind::Copy:
      assign(f, s.dst_bank, s.dst, concrete(f, s.arg_bank[0], s.arg[0]),
             known_constant(f, s.arg_bank[0], s.arg[0]) ? Value()
                                                        : traced(f, s.arg_bank[0], s.arg[0]));
      f.pc = s.next;
      return;
    case JitCodeStep::Kind::Skip:
      f.pc = s.next;
      return;
    case JitCodeStep::Kind::Other:
      break;
  }
  JitCodeReader r(f.code, at);
  JitOp op = r.op();
  const char* args = jit_op_info(op).args;
  switch (op) {
    case JitOp::int_sext:
    case JitOp::int_zext: {
      uint64_t x;
      Value v;
      read(f, r, kIntBank, x, v);
      unsigned bits = r.u8(), shift = 64 - bits;
      bool sext = op == JitOp::int_sext;
      uint64_t value = sext ? uint64_t(int64_t(x << shift) >> shift) : (x << shift) >> shift;
      if (!v.is_const() && bits < 64) {
        v = t_.emit_low_bits(v, bits, sext);
      } else if (v.is_const()) {
        v = t_.const_int(int64_t(value));
      }
      assign(f, kIntBank, r.u16(), value, v);
      break;
    }
    case JitOp::int_add_jump_if_ovf:
    case JitOp::int_sub_jump_if_ovf:
    case JitOp::int_mul_jump_if_ovf: {
      uint32_t target = r.u32();
      uint64_t a, b;
      Value va, vb;
      read(f, r, kIntBank, a, va);
      read(f, r, kIntBank, b, vb);
      int64_t out;
      Op ovf = op == JitOp::int_add_jump_if_ovf   ? Op::int_add_ovf
               : op == JitOp::int_sub_jump_if_ovf ? Op::int_sub_ovf
                                                  : Op::int_mul_ovf;
      bool overflow = ovf == Op::int_add_ovf ? __builtin_add_overflow(int64_t(a), int64_t(b), &out)
                      : ovf == Op::int_sub_ovf
                          ? __builtin_sub_overflow(int64_t(a), int64_t(b), &out)
                          : __builtin_mul_overflow(int64_t(a), int64_t(b), &out);
      uint16_t dst = r.u16();
      Value v = t_.emit(ovf, {va, vb});
      guard(overflow ? Op::guard_overflow : Op::guard_no_overflow, {}, at);
      if (overflow) {
        f.pc = target;
        return;
      }
      assign(f, kIntBank, dst, uint64_t(out), v);
      break;
    }
    case JitOp::goto_if_not: {
      uint16_t reg = r.u16();
      uint64_t cond = concrete(f, kIntBank, reg);
      uint32_t target = r.u32();
      if (!known_constant(f, kIntBank, reg))
        guard_on_condition(cond != 0, traced(f, kIntBank, reg), at);
      f.pc = cond ? r.pc() : target;
      return;
    }
    case JitOp::switch_: {
      uint16_t reg = r.u16();
      uint64_t x = concrete(f, kIntBank, reg);
      size_t next = 0;
      case_values_.clear();
      for (uint16_t n = r.u16(); n > 0; --n) {
        uint64_t value = r.u64();
        uint32_t target = r.u32();
        case_values_.push_back(value);
        if (value == x && !next) next = target;
      }
      if (!known_constant(f, kIntBank, reg)) {
        if (next)
          guard(Op::guard_value, {traced(f, kIntBank, reg), t_.const_int(int64_t(x))}, at);
        else
          guard_no_case(traced(f, kIntBank, reg), x, at);
      }
      f.pc = next ? next : r.pc();
      return;
    }
    case JitOp::int_return:
    case JitOp::ref_return:
    case JitOp::float_return:
    case JitOp::void_return:
      return return_from(f, r, op);
    case JitOp::can_enter_jit:
      skip_operands(r, args);
      break;
    case JitOp::portal_entry:
      if (!portal_entry(f, r, at)) return;  // it ran natively
      break;
    case JitOp::jit_merge_point:
      merge_point(f, r, at);
      break;
    case JitOp::residual_call_i:
    case JitOp::residual_call_r:
    case JitOp::residual_call_f:
    case JitOp::residual_call_v:
      if (!residual_call(f, r, op)) return;
      break;
    case JitOp::inline_call_i:
    case JitOp::inline_call_r:
    case JitOp::inline_call_f:
    case JitOp::inline_call_v:
      if (!inline_call(f, r, op, at)) return;
      break;
    case JitOp::int_guard_value:
    case JitOp::ref_guard_value: {
      int bank = op == JitOp::int_guard_value ? kIntBank : kRefBank;
      uint16_t reg = r.u16();
      if (!known_constant(f, bank, reg)) {
        Value v = traced(f, bank, reg);
        Value c = t_.constant_of(kBankType[bank], concrete(f, bank, reg));
        guard(Op::guard_value, {v, c}, at);
        if (reg < f.code.num_regs[bank]) f.vals[bank][reg] = c;
      }
      break;
    }
    case JitOp::int_isconstant:
    case JitOp::ref_isconstant: {
      bool constant = known_constant(f, op == JitOp::int_isconstant ? kIntBank : kRefBank, r.u16());
      assign(f, kIntBank, r.u16(), constant, Value());  // a constant of the trace
      break;
    }
    case JitOp::ref_isvirtual: {
      uint16_t reg = r.u16();
      bool virtual_object =
          !known_constant(f, kRefBank, reg) && unescaped_allocation(f.vals[kRefBank][reg]);
      assign(f, kIntBank, r.u16(), virtual_object, Value());
      break;
    }
    case JitOp::ref_has_class: {
      // The object's class is read, guarded and then a constant (RPython's guard_class on the
      // actual class): has_class tests of the same object later fold.
      uint16_t reg = r.u16();
      auto* d = static_cast<const SizeDescr*>(f.code.descrs[r.u16()]);
      uint64_t object = concrete(f, kRefBank, reg);
      bool constant = known_constant(f, kRefBank, reg);
      uint32_t actual = 0;
      if (object != 0)
        actual = gc::header_type(gc::header_of(reinterpret_cast<const void*>(object)));
      if (!constant && object == 0) guard(Op::guard_isnull, {traced(f, kRefBank, reg)}, at);
      if (!constant && object != 0)
        guard(Op::guard_class, {traced(f, kRefBank, reg), t_.const_int(actual)}, at);
      assign(f, kIntBank, r.u16(), object != 0 && actual == d->type_id, Value());
      break;
    }
    case JitOp::record_exact_class: {
      uint16_t reg = r.u16();
      auto* d = static_cast<const SizeDescr*>(f.code.descrs[r.u16()]);
      if (!known_constant(f, kRefBank, reg))
        t_.emit(Op::record_exact_class, {traced(f, kRefBank, reg), t_.const_int(d->type_id)});
      break;
    }
    default:
      if (!memory(f, r, op, at)) return;  // stopped
  }
  if (!done_) f.pc = r.pc();
}

// The portal's merge point: closes the loop (or jumps to another compiled loop), stops at an
// inner loop or a join, or goes on past it.
void Tracer::merge_point(TraceFrame& f, JitCodeReader& r, size_t at) {
  if (frames_.size() > 1) {  // of an inlined portal call: the trace goes on through it
    skip_operands(r, jit_op_info(JitOp::jit_merge_point).args);
    promote_greens(f, at);
    return;
  }
  // Member scratch vectors: a trace passes many merge points, and each would allocate.
  std::vector<uint64_t>& greens = merge_greens_;
  std::vector<Value>& reds = merge_reds_;
  greens.clear();
  reds.clear();
  bool constant_greens = true;  // else promote_greens() guards them
  for (int list = 0; list < 6; ++list)
    for (uint8_t n = r.u8(); n > 0; --n) {
      uint16_t reg = r.u16();
      if (list < 3) {
        greens.push_back(concrete(f, list, reg));
        constant_greens &= list == 2 || known_constant(f, list, reg);
      } else if (reg < f.code.num_regs[list - 3]) {
        reds.push_back(traced(f, list - 3, reg));
      }
    }
  const LabelDescr* target = greens == start_greens_ ? o_.loop_label
                             : o_.loop_at            ? o_.loop_at(greens)
                                                     : nullptr;
  if (target) {
    for (int b = 0; b < 3; ++b) result_.end_regs[b] = f.regs[b];
    t_.emit(Op::jump, reds, target);
    result_.closed_on = target;
    return end(Recording::Status::Loop);
  }
  if (o_.stop_at_join && o_.stop_at_join(greens)) {
    for (int b = 0; b < 3; ++b) result_.end_regs[b] = f.regs[b];
    result_.inner_greens = greens;
    result_.end_reds = reds;
    result_.joined = true;
    return end(Recording::Status::InnerLoop);
  }
  bool passed = !passed_greens_.insert(greens);
  if (!passed) {
    result_.passed.push_back({uint32_t(result_.passed_greens.size()), uint32_t(greens.size()),
                              uint32_t(t_.insts.size())});
    result_.passed_greens.insert(result_.passed_greens.end(), greens.begin(), greens.end());
  }
  if (passed && o_.stop_at_inner_loop && o_.stop_at_inner_loop(greens)) {
    for (int b = 0; b < 3; ++b) result_.end_regs[b] = f.regs[b];
    result_.inner_greens = greens;
    result_.end_reds = reds;
    return end(Recording::Status::InnerLoop);
  }
  if (!constant_greens) promote_greens(f, at);
}

}  // namespace tracing

Recording record_loop(const JitCode& portal, size_t pc, const std::vector<uint64_t> (&regs)[3],
                      const TracerOptions& options) {
  return tracing::Tracer(options).run(portal, pc, regs);
}

Recording record_bridge(const JitCodeSet& codes, const Trace& parent, const ExitInfo& exit,
                        std::span<const uint64_t> values, std::span<const uint64_t> loop_greens,
                        const TracerOptions& options) {
  const Snapshot& snapshot = parent.snapshots[size_t(parent.insts[exit.inst].snapshot)];
  return tracing::Tracer(options).run_bridge(parent, exit.inst, codes, snapshot, exit.saved,
                                             exit.types, values, loop_greens);
}

}  // namespace weft::jit
