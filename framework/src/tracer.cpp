#include "weft/jit/tracer.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <memory>
#include <optional>

#include "greens_key.h"
#include "jitcode_liveness.h"
#include "jitcode_reader.h"
#include "jitcode_steps.h"
#include "native_access.h"
#include "weft/gc/field.h"
#include "weft/gc/heap.h"
#include "weft/gc/roots.h"
#include "weft/jit/ir_eval.h"
#include "weft/jit/resume.h"

namespace weft::jit {

namespace {

constexpr Type kBankType[] = {Type::Int, Type::Ref, Type::Float};
// A switch that took its default path guards each case value up to this many scattered cases.
constexpr size_t kMaxCaseGuards = 4;

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

// Whether `v` is computed from `from` by pure operations (as addresses are).
bool computed_from(const Trace& t, Value v, Value from, int depth) {
  if (v == from) return true;
  if (!v.is_inst()) return false;
  const Inst& inst = t.inst(v);
  if (inst.op != Op::same_as && !op_info(inst.op).has(opflag::PURE)) return false;
  if (depth >= 8) return true;  // unknown: as if it were
  for (Value a : t.args(inst))
    if (computed_from(t, a, from, depth + 1)) return true;
  return false;
}

class Tracer {
 public:
  explicit Tracer(const TracerOptions& options) : o_(options) {}

  Recording run(const JitCode& portal, size_t pc, const std::vector<uint64_t> (&regs)[3]) {
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
        if (!v) v = t_.constant_of(kBankType[b], 0);
    t_.emit(Op::label, inputs, o_.loop_label);
    for (Value frame : frames) t_.emit(Op::private_frame, {frame});
    f.pc = r.pc();
    return record();
  }

  Recording run_bridge(const JitCodeSet& codes, const Snapshot& snapshot,
                       std::span<const Value> saved, std::span<const Type> types,
                       std::span<const uint64_t> values, std::span<const uint64_t> loop_greens) {
    if (!o_.loop_label) return stop(Recording::Status::Error, "no loop label given");
    start_greens_.assign(loop_greens.begin(), loop_greens.end());
    // Registers holding virtual objects of the snapshot: filled once they are materialized.
    struct Deferred {
      TraceFrame* frame;
      int bank;
      uint32_t reg;
      uint32_t object;
    };
    std::vector<Deferred> deferred;
    std::vector<Value> inputs;
    for (Type t : types) inputs.push_back(t_.input(t));
    // The frames the parent marked are the same activations' frames here, unless an address
    // computed from one is an input too: the bridge could not tell that it points into the
    // frame.
    for (const Inst& inst : parent_->insts) {
      if (inst.op != Op::private_frame) continue;
      Value frame = parent_->args(inst)[0];
      bool derived = false;
      for (Value v : saved) derived |= v != frame && computed_from(*parent_, v, frame, 0);
      if (derived) continue;
      for (size_t k = 0; k < saved.size(); ++k)
        if (saved[k] == frame) t_.emit(Op::private_frame, {inputs[k]});
    }
    // Every frame of the snapshot, outermost first: the outer ones stand at the inline call
    // that entered the next one (where it returns to, and into which register, is read off
    // that instruction), the innermost at the guarded instruction.
    for (size_t n = 0; n < snapshot.frames.size(); ++n) {
      const ResumeFrame& rf = snapshot.frames[n];
      const JitCode* code = codes.by_id(rf.jitcode);
      if (!code) return stop(Recording::Status::Error, "unknown jitcode in the snapshot");
      if (n > 0) {
        TraceFrame& caller = *frames_.back();
        JitCodeReader r(caller.code, caller.pc);
        JitOp op = r.op();
        if (op != JitOp::inline_call_i && op != JitOp::inline_call_r &&
            op != JitOp::inline_call_f && op != JitOp::inline_call_v)
          return stop(Recording::Status::Error, "a caller frame is not at an inline call");
        r.u16();  // the callee
        for (int b = 0; b < 3; ++b)
          for (uint8_t count = r.u8(); count > 0; --count) r.u16();
        int result_bank = -1;
        uint16_t result_reg = 0;
        if (const char* arrow = std::strchr(jit_op_info(op).args, '>')) {
          result_bank = bank_of(arrow[1]);
          result_reg = r.u16();
        }
        frames_.push_back(std::make_unique<TraceFrame>(*code));
        frames_.back()->result_bank = result_bank;
        frames_.back()->result_reg = result_reg;
        frames_.back()->return_pc = r.pc();
      } else {
        frames_.push_back(std::make_unique<TraceFrame>(*code));
      }
      TraceFrame& f = *frames_.back();
      f.pc = rf.pc;
      // Registers the snapshot leaves out are dead: 0.
      for (int b = 0; b < 3; ++b)
        for (Value& v : f.vals[b]) v = zero(b);
      if (rf.register_span() > size_t(code->num_regs[0]) + code->num_regs[1] + code->num_regs[2])
        return stop(Recording::Status::Error, "a snapshot frame has too many registers");
      for (size_t k = 0; k < rf.values.size(); ++k) {
        uint32_t reg = rf.register_of(k);
        int b = 0;
        while (reg >= code->num_regs[b]) reg -= code->num_regs[b++];
        Value v = rf.values[k];
        if (v.is_const()) {
          f.regs[b][reg] = parent_->constant(v).bits;
          f.vals[b][reg] = t_.constant_of(kBankType[b], f.regs[b][reg]);
          continue;
        }
        if (v.kind() == Value::Kind::Virtual && v.index() < snapshot.virtuals.size() && b == 1) {
          deferred.push_back({&f, b, reg, v.index()});
          continue;
        }
        auto it = std::find(saved.begin(), saved.end(), v);
        if (!v.is_inst() || it == saved.end())
          return stop(Recording::Status::Aborted, "a snapshot value was not saved");
        f.regs[b][reg] = values[size_t(it - saved.begin())];
        f.vals[b][reg] = inputs[size_t(it - saved.begin())];
      }
    }
    if (!snapshot.virtuals.empty() || !snapshot.raw_stores.empty()) {
      std::vector<Value> objects;
      if (!materialize(snapshot, saved, values, inputs, objects))
        return stop(Recording::Status::Error, "materializing the snapshot's objects failed");
      for (const Deferred& d : deferred) {
        d.frame->regs[d.bank][d.reg] = materialized_[d.object];
        d.frame->vals[d.bank][d.reg] = objects[d.object];
      }
    }
    return record();
  }

  // A bridge starts where resume would: the snapshot's virtual objects are materialized and
  // its raw stores done, concretely (resume()) and in the trace (new_object, stores), whose
  // optimizer makes them virtual again. `objects`: their values in the trace.
  bool materialize(const Snapshot& snapshot, std::span<const Value> saved,
                   std::span<const uint64_t> values, std::span<const Value> inputs,
                   std::vector<Value>& objects) {
    struct Collect : FrameBuilder {
      std::vector<uint64_t>& words;
      explicit Collect(std::vector<uint64_t>& w) : words(w) {}
      void begin_frame(uint32_t, uint32_t, size_t) override {}
      void set_value(size_t, Type, uint64_t) override {}
      void materialized(std::span<const uint64_t> objects) override {
        words.assign(objects.begin(), objects.end());
      }
    } collect(materialized_);
    auto saved_word = [&](Value v) -> uint64_t {
      auto it = std::find(saved.begin(), saved.end(), v);
      return it == saved.end() ? 0 : values[size_t(it - saved.begin())];
    };
    // (No collection until the objects are in rooted registers: nothing below allocates on
    // the GC heap.)
    if (resume(*parent_, snapshot, saved_word, collect) != ResumeStatus::Ok) return false;
    auto value = [&](Value v) -> Value {
      if (v.kind() == Value::Kind::Virtual) return objects[v.index()];
      if (v.is_const()) {
        const Constant& c = parent_->constant(v);
        return t_.constant_of(c.type, c.bits);
      }
      auto it = std::find(saved.begin(), saved.end(), v);
      return it == saved.end() ? t_.constant_of(parent_->type_of(v), 0)
                               : inputs[size_t(it - saved.begin())];
    };
    for (const VirtualObject& object : snapshot.virtuals) {
      if (object.descr->kind == Descr::Kind::Size) {
        objects.push_back(t_.emit(Op::new_object, {}, object.descr));
      } else {
        Value length = t_.const_int(int64_t(object.fields.size()));
        objects.push_back(t_.emit(Op::new_array, {length}, object.descr));
      }
    }
    for (size_t k = 0; k < snapshot.virtuals.size(); ++k) {
      const VirtualObject& object = snapshot.virtuals[k];
      for (size_t i = 0; i < object.fields.size(); ++i) {
        const auto& [field, v] = object.fields[i];
        if (object.descr->kind == Descr::Kind::Size)
          t_.emit(Op::setfield_gc, {objects[k], value(v)}, field);
        else
          t_.emit(Op::setarrayitem_gc, {objects[k], t_.const_int(int64_t(i)), value(v)},
                  object.descr);
      }
    }
    for (const RawStore& s : snapshot.raw_stores)
      t_.emit(Op::setfield_raw, {value(s.address), value(s.value)}, s.field);
    return true;
  }
  std::vector<uint64_t> materialized_;

  const Trace* parent_ = nullptr;

 private:
  Recording record() {
    recording_ = true;
    while (!done_) {
      if (t_.insts.size() > o_.trace_limit)
        return stop(Recording::Status::Aborted, "trace too long");
      step();
    }
    return finish();
  }

 public:
 private:
  Recording stop(Recording::Status status, std::string reason) {
    result_.status = status;
    result_.reason = std::move(reason);
    return finish();
  }
  Recording finish() {
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
  void end(Recording::Status status, std::string reason = "") {
    result_.status = status;
    result_.reason = std::move(reason);
    done_ = true;
  }

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

  // Resume data for a guard at instruction `pc` of the innermost frame.
  // Registers that are dead there are recorded as 0: exits save only what is live.
  // (Built in place in the trace's list: a snapshot is large and costly to move.)
  Snapshot& snapshot(size_t pc) {
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

  // The 0 of a bank (dead registers in snapshots: many per guard).
  Value zero(int bank) {
    if (!zeros_[bank]) zeros_[bank] = t_.constant_of(kBankType[bank], 0);
    return zeros_[bank];
  }

  void guard(Op op, std::initializer_list<Value> args, size_t pc) {
    snapshot(pc);
    t_.emit_guard_with_last_snapshot(op, args);
  }

  // The default path of a switch on `x` (now `concrete`) was taken: guards that x is none of
  // case_values_. guard_value would make x a constant the trace does not depend on: a loop
  // would be specialized to one value of, say, a divisor that only had to be nonzero.
  // Contiguous cases are one unsigned range test, a few scattered ones a test each; many
  // scattered ones fall back to guard_value.
  void guard_no_case(Value x, uint64_t concrete, size_t pc) {
    if (case_values_.empty()) return;
    std::sort(case_values_.begin(), case_values_.end());
    uint64_t lo = case_values_.front(), hi = case_values_.back();
    if (hi - lo + 1 == case_values_.size()) {
      Value offset = lo ? t_.emit(Op::int_sub, {x, t_.const_int(int64_t(lo))}) : x;
      return guard_on_condition(true,
                                t_.emit(Op::uint_gt, {offset, t_.const_int(int64_t(hi - lo))}), pc);
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
  void guard_on_condition(bool taken, Value cond, size_t pc) {
    Op op = taken ? Op::guard_true : Op::guard_false;
    Snapshot& s = snapshot(pc);
    if (cond.is_inst() && yields_boolean(t_.insts[cond.index()].op)) {
      Value failed = t_.const_int(taken ? 0 : 1);
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

  void step() {
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
          v = t_.emit(s.ir, std::span<const Value>(vals, s.nargs));
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
    auto read = [&](int bank, uint64_t& value, Value& v) {
      uint16_t reg = r.u16();
      value = concrete(f, bank, reg);
      v = traced(f, bank, reg);
    };
    switch (op) {
      case JitOp::int_sext:
      case JitOp::int_zext: {
        uint64_t x;
        Value v;
        read(kIntBank, x, v);
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
        read(kIntBank, a, va);
        read(kIntBank, b, vb);
        int64_t out;
        Op ovf = op == JitOp::int_add_jump_if_ovf   ? Op::int_add_ovf
                 : op == JitOp::int_sub_jump_if_ovf ? Op::int_sub_ovf
                                                    : Op::int_mul_ovf;
        bool overflow =
            ovf == Op::int_add_ovf   ? __builtin_add_overflow(int64_t(a), int64_t(b), &out)
            : ovf == Op::int_sub_ovf ? __builtin_sub_overflow(int64_t(a), int64_t(b), &out)
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
      case JitOp::void_return: {
        uint64_t x = 0;
        Value v;
        if (op != JitOp::void_return) read(bank_of(args[0]), x, v);
        if (frames_.size() == 1) {
          result_.returned = x;
          if (v)
            t_.emit(Op::finish, {v});
          else
            t_.emit(Op::finish, std::span<const Value>());
          return end(Recording::Status::Finished);
        }
        int bank = top().result_bank;
        uint16_t reg = top().result_reg;
        size_t return_pc = top().return_pc;
        frames_.pop_back();
        if (bank >= 0) assign(top(), bank, reg, x, v);
        top().pc = return_pc;
        return;
      }
      case JitOp::can_enter_jit:
        skip_operands(r, args);
        break;
      case JitOp::portal_entry:
        if (frames_.size() > 1) {
          std::vector<uint64_t> greens;
          PortalReds reds;
          for (int list = 0; list < 6; ++list)
            for (uint8_t n = r.u8(); n > 0; --n) {
              uint16_t reg = r.u16();
              if (list < 3) {
                greens.push_back(concrete(f, list, reg));
              } else {
                reds.words[list - 3].push_back(concrete(f, list - 3, reg));
                reds.vals[list - 3].push_back(traced(f, list - 3, reg));
              }
            }
          if (!inline_portal_call(std::move(greens), reds)) return;  // it ran natively
          promote_greens(f, at);
          break;
        }
        skip_operands(r, args);
        break;
      case JitOp::jit_merge_point: {
        if (frames_.size() > 1) {  // of an inlined portal call: the trace goes on through it
          skip_operands(r, args);
          promote_greens(f, at);
          break;
        }
        // Member scratch vectors: a trace passes many merge points, and each would allocate.
        std::vector<uint64_t>& greens = merge_greens_;
        std::vector<Value>& reds = merge_reds_;
        greens.clear();
        reds.clear();
        for (int list = 0; list < 6; ++list)
          for (uint8_t n = r.u8(); n > 0; --n) {
            uint16_t reg = r.u16();
            if (list < 3)
              greens.push_back(concrete(f, list, reg));
            else if (reg < f.code.num_regs[list - 3])
              reds.push_back(traced(f, list - 3, reg));
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
        if (!passed) result_.passed.push_back({greens, uint32_t(t_.insts.size())});
        if (passed && o_.stop_at_inner_loop && o_.stop_at_inner_loop(greens)) {
          for (int b = 0; b < 3; ++b) result_.end_regs[b] = f.regs[b];
          result_.inner_greens = greens;
          result_.end_reds = reds;
          return end(Recording::Status::InnerLoop);
        }
        promote_greens(f, at);
        break;
      }
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
        bool constant =
            known_constant(f, op == JitOp::int_isconstant ? kIntBank : kRefBank, r.u16());
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
      default:
        if (!memory_or_call(f, r, op, at)) return;  // stopped, or entered a callee
    }
    if (!done_) f.pc = r.pc();
  }

  // Whether `v` is an object allocated in this trace and so far used only through its fields
  // and items, compared, or guarded (isvirtual: the optimizer will then keep it virtual unless
  // later code makes it escape). Stored anywhere, passed to a call or a jump: escaped.
  bool unescaped_allocation(Value v) const {
    if (!v.is_inst()) return false;
    Op made = t_.insts[v.index()].op;
    if (made != Op::new_object && made != Op::new_array) return false;
    for (size_t k = v.index() + 1; k < t_.insts.size(); ++k) {
      const Inst& inst = t_.insts[k];
      std::span<const Value> args = t_.args(inst);
      for (size_t j = 0; j < args.size(); ++j) {
        if (args[j] != v) continue;
        bool through_fields =
            j == 0 && (inst.op == Op::getfield_gc || inst.op == Op::setfield_gc ||
                       inst.op == Op::getarrayitem_gc || inst.op == Op::setarrayitem_gc ||
                       inst.op == Op::arraylen_gc);
        bool inspected =
            inst.op == Op::ptr_eq || inst.op == Op::ptr_ne || op_info(inst.op).has(opflag::GUARD);
        if (!through_fields && !inspected) return false;
      }
    }
    return true;
  }

  // Loads, stores, allocation and calls; false if recording stopped.
  bool memory_or_call(TraceFrame& f, JitCodeReader& r, JitOp op, size_t at) {
    const char* args = jit_op_info(op).args;
    auto read = [&](int bank, uint64_t& value, Value& v) {
      uint16_t reg = r.u16();
      value = concrete(f, bank, reg);
      v = traced(f, bank, reg);
    };
    auto fail = [&](std::string what) {
      end(Recording::Status::Error, f.code.name + ": " + what);
      return false;
    };
    switch (op) {
      case JitOp::getfield_gc_i:
      case JitOp::getfield_gc_r:
      case JitOp::getfield_gc_f:
      case JitOp::getfield_raw_i:
      case JitOp::getfield_raw_f:
      case JitOp::getfield_raw_r: {
        int object_bank = bank_of(args[0]);
        uint16_t object_reg = r.u16();
        uint64_t object = concrete(f, object_bank, object_reg);
        bool const_object = known_constant(f, object_bank, object_reg);
        auto* field = static_cast<const FieldDescr*>(f.code.descrs[r.u16()]);
        if (!object) return fail("load through a null pointer");
        uint64_t value = native_load(object + field->offset, field->size, field->is_signed);
        int bank = bank_of(args[3]);
        bool raw = op == JitOp::getfield_raw_i || op == JitOp::getfield_raw_f ||
                   op == JitOp::getfield_raw_r;
        Value v;  // a constant (TraceFrame::vals) if the object is and the field cannot change
        if (!const_object || (!field->immutable && !field->quasi_immutable))
          v = t_.emit(raw ? Op::getfield_raw : Op::getfield_gc,
                      {traced(f, object_bank, object_reg)}, field);
        if (const_object && field->quasi_immutable) {
          // A constant for as long as nobody writes the field: the guard fails (re-executing
          // this load in the blackhole) once the runtime has invalidated the trace.
          guard(Op::guard_not_invalidated, {}, at);
          // QuasiImmutable::watch() (hints.h layout contract): from now on a write calls the
          // runtime, which invalidates the trace (or refuses to compile it if still recording).
          native_store(object + field->offset + field->size, 1, 1);
          result_.quasi_immutable.push_back({object + field->offset, field});
        }
        assign(f, bank, r.u16(), value, v);
        return true;
      }
      case JitOp::setfield_gc_i:
      case JitOp::setfield_gc_r:
      case JitOp::setfield_gc_f:
      case JitOp::setfield_raw_i:
      case JitOp::setfield_raw_f:
      case JitOp::setfield_raw_r: {
        uint64_t object, value;
        Value vo, vv;
        read(bank_of(args[0]), object, vo);
        read(bank_of(args[1]), value, vv);
        auto* field = static_cast<const FieldDescr*>(f.code.descrs[r.u16()]);
        if (!object) return fail("store through a null pointer");
        native_store(object + field->offset, field->size, value);
        bool raw = op == JitOp::setfield_raw_i || op == JitOp::setfield_raw_f ||
                   op == JitOp::setfield_raw_r;
        if (op == JitOp::setfield_gc_r)
          gc::write_barrier(reinterpret_cast<const void*>(object + field->offset));
        t_.emit(raw ? Op::setfield_raw : Op::setfield_gc, {vo, vv}, field);
        return true;
      }
      case JitOp::getarrayitem_gc_i:
      case JitOp::getarrayitem_gc_r:
      case JitOp::getarrayitem_gc_f: {
        uint64_t array, index;
        Value va, vi;
        read(kRefBank, array, va);
        read(kIntBank, index, vi);
        auto* d = static_cast<const ArrayDescr*>(f.code.descrs[r.u16()]);
        if (!array) return fail("load through a null pointer");
        uint64_t value =
            native_load(array + d->items_offset + index * d->item_size, d->item_size, d->is_signed);
        assign(f, bank_of(args[4]), r.u16(), value, t_.emit(Op::getarrayitem_gc, {va, vi}, d));
        return true;
      }
      case JitOp::setarrayitem_gc_i:
      case JitOp::setarrayitem_gc_r:
      case JitOp::setarrayitem_gc_f: {
        uint64_t array, index, value;
        Value va, vi, vv;
        read(kRefBank, array, va);
        read(kIntBank, index, vi);
        read(bank_of(args[2]), value, vv);
        auto* d = static_cast<const ArrayDescr*>(f.code.descrs[r.u16()]);
        if (!array) return fail("store through a null pointer");
        uintptr_t slot = array + d->items_offset + index * d->item_size;
        native_store(slot, d->item_size, value);
        if (op == JitOp::setarrayitem_gc_r) gc::write_barrier(reinterpret_cast<const void*>(slot));
        t_.emit(Op::setarrayitem_gc, {va, vi, vv}, d);
        return true;
      }
      case JitOp::arraylen_gc: {
        uint64_t array;
        Value va;
        read(kRefBank, array, va);
        auto* d = static_cast<const ArrayDescr*>(f.code.descrs[r.u16()]);
        if (!array) return fail("load through a null pointer");
        uint64_t value = native_load(array + d->length_offset, 8, true);
        assign(f, kIntBank, r.u16(), value, t_.emit(Op::arraylen_gc, {va}, d));
        return true;
      }
      case JitOp::new_: {
        auto* d = static_cast<const SizeDescr*>(f.code.descrs[r.u16()]);
        gc::Heap* heap = gc::Heap::current();
        void* p = heap ? heap->allocate(d->type_id, d->size) : nullptr;
        if (!p) return fail("out of memory");
        assign(f, kRefBank, r.u16(), reinterpret_cast<uintptr_t>(p),
               t_.emit(Op::new_object, {}, d));
        return true;
      }
      case JitOp::new_array: {
        uint64_t length;
        Value vl;
        read(kIntBank, length, vl);
        auto* d = static_cast<const ArrayDescr*>(f.code.descrs[r.u16()]);
        gc::Heap* heap = gc::Heap::current();
        if (int64_t(length) < 0 || length > (uint64_t(1) << 40) / d->item_size || !heap)
          return fail("out of memory");
        void* p = heap->allocate(d->type_id, d->items_offset + size_t(length) * d->item_size);
        if (!p) return fail("out of memory");
        native_store(reinterpret_cast<uintptr_t>(p) + d->length_offset, 8, length);
        assign(f, kRefBank, r.u16(), reinterpret_cast<uintptr_t>(p),
               t_.emit(Op::new_array, {vl}, d));
        return true;
      }
      case JitOp::residual_call_i:
      case JitOp::residual_call_r:
      case JitOp::residual_call_f:
      case JitOp::residual_call_v: {
        uint64_t fn;
        Value vf;
        read(kIntBank, fn, vf);
        auto* d = static_cast<const CallDescr*>(f.code.descrs[r.u16()]);
        std::vector<uint64_t> lists[3];
        std::vector<Value> vlists[3];
        read_lists(f, r, lists, vlists);
        std::vector<uint64_t> words;
        std::vector<Value> operands = {vf};
        size_t next[3] = {0, 0, 0};
        for (Type t : d->arg_types) {
          int bank = t == Type::Float ? kFloatBank : t == Type::Ref ? kRefBank : kIntBank;
          if (next[bank] >= lists[bank].size()) return fail("too few arguments for " + d->name);
          words.push_back(lists[bank][next[bank]]);
          operands.push_back(vlists[bank][next[bank]++]);
        }
        uint64_t value = 0;
        std::string problem;
        if (!native_call(fn, *d, words, &value, &problem)) return fail(problem);
        // An elidable function of constants is a constant of the trace (promote + elidable is
        // how interpreters make lookups in their own immutable tables free).
        bool all_const = d->effects.kind == EffectInfo::Kind::Elidable;
        for (size_t k = 1; k < operands.size() && all_const; ++k)
          all_const = operands[k].is_const();
        Value v = all_const && d->result != Type::Void ? t_.constant_of(d->result, value)
                                                       : t_.emit(Op::call, operands, d);
        if (const char* arrow = std::strchr(args, '>'))
          assign(f, bank_of(arrow[1]), r.u16(), value, v);
        return true;
      }
      case JitOp::inline_call_i:
      case JitOp::inline_call_r:
      case JitOp::inline_call_f:
      case JitOp::inline_call_v: {
        const JitCode* callee = f.code.callees[r.u16()];
        std::vector<uint64_t> lists[3];
        std::vector<Value> vlists[3];
        read_lists(f, r, lists, vlists);
        // A portal call may run natively instead (decided at its portal_entry).
        if (frames_.size() > o_.max_inline_depth && !(callee->portal && o_.portal_address)) {
          end(Recording::Status::Aborted, "inlining too deep");
          return false;
        }
        auto callee_frame = std::make_unique<TraceFrame>(*callee);
        if (callee->portal) {
          size_t next[3] = {0, 0, 0};
          for (uint8_t bank : callee->param_banks) {
            if (next[bank] >= lists[bank].size())
              return fail("wrong number of arguments for " + callee->name);
            callee_frame->call_args.push_back(lists[bank][next[bank]]);
            callee_frame->call_vals.push_back(vlists[bank][next[bank]++]);
          }
          callee_frame->first_inst = t_.insts.size();
        }
        for (int b = 0; b < 3; ++b) {
          if (lists[b].size() != callee->params[b].size())
            return fail("wrong number of arguments for " + callee->name);
          for (size_t k = 0; k < lists[b].size(); ++k)
            assign(*callee_frame, b, callee->params[b][k], lists[b][k], vlists[b][k]);
        }  // the other registers: 0, constants (TraceFrame::vals)
        if (const char* arrow = std::strchr(args, '>')) {
          callee_frame->result_bank = bank_of(arrow[1]);
          callee_frame->result_reg = r.u16();
        }
        callee_frame->return_pc = r.pc();
        f.pc = at;  // resume data of the caller names the call
        frames_.push_back(std::move(callee_frame));
        return false;
      }
      default:
        end(Recording::Status::Aborted, std::string("cannot trace ") + jit_op_info(op).name);
        return false;
    }
  }

  // Greens are constants of the trace past a merge point or portal entry (at `at`): one the
  // trace computed from reds (clang may turn a branch on a red into a select) is guarded to
  // its value there, as promote() would.
  void promote_greens(TraceFrame& f, size_t at) {
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

  // At the portal_entry of an inlined portal call with these greens: true to go on inlining
  // it; false after running the whole call natively (recursion into a position the trace is
  // already in, too deep, or the runtime says so), recorded as one residual call of the portal
  // function. Only calls whose code before the portal_entry recorded nothing but pure
  // operations can switch (the native call runs that code again).
  struct PortalReds {
    std::vector<uint64_t> words[3];
    std::vector<Value> vals[3];
  };
  bool inline_portal_call(std::vector<uint64_t> greens, const PortalReds& reds) {
    TraceFrame& callee = top();
    bool recursive = greens == start_greens_;
    for (size_t k = 1; k + 1 < frames_.size() && !recursive; ++k)
      recursive = frames_[k]->entry_greens == greens;
    bool native = recursive || frames_.size() > o_.max_inline_depth ||
                  (o_.inline_portal_call && !o_.inline_portal_call(greens));
    callee.entry_greens = std::move(greens);
    if (!native || !o_.portal_address) {
      if (frames_.size() > o_.max_inline_depth)
        end(Recording::Status::Aborted, "inlining too deep");
      result_.inlined_portals.push_back(callee.entry_greens);
      return !done_;
    }
    for (size_t i = callee.first_inst; i < t_.insts.size(); ++i)
      if (!op_info(t_.insts[i].op).has(opflag::PURE)) {
        end(Recording::Status::Aborted, "a portal call with side effects before its portal_entry");
        return false;
      }
    int bank = callee.result_bank;
    int kind = bank < 0 ? 3 : bank;
    const CallDescr* d = o_.portal_calls[kind];
    std::vector<Value> operands = {t_.const_int(int64_t(o_.portal_address))};
    std::vector<uint64_t> words = callee.call_args;
    uintptr_t fn = o_.portal_address;
    // Through the callee's compiled code if it has some (when the call runs), else as before.
    const CallAssemblerToken* token = o_.call_assembler_token && o_.call_assembler_calls[kind]
                                          ? o_.call_assembler_token(callee.entry_greens)
                                          : nullptr;
    Op op = Op::call;
    if (token) {
      op = Op::call_assembler;
      d = o_.call_assembler_calls[kind];
      fn = token->helper;
      operands = {t_.const_int(int64_t(reinterpret_cast<uintptr_t>(token)))};
      words.insert(words.begin(), uint64_t(reinterpret_cast<uintptr_t>(token)));
    }
    operands.insert(operands.end(), callee.call_vals.begin(), callee.call_vals.end());
    if (token) {
      for (auto [list, k] : o_.call_assembler_reds) {
        if (list < 3 || list > 5 || k >= reds.vals[list - 3].size()) {
          end(Recording::Status::Error, "a portal_entry without the merge point's reds");
          return false;
        }
        operands.push_back(reds.vals[list - 3][k]);
        words.push_back(reds.words[list - 3][k]);
      }
    }
    uint64_t value = 0;
    std::string problem;
    uint16_t reg = callee.result_reg;
    size_t return_pc = callee.return_pc;
    frames_.pop_back();
    Value v = t_.emit(op, operands, d);
    if (!native_call(fn, *d, words, &value, &problem)) {
      end(Recording::Status::Error, problem);
      return false;
    }
    if (bank >= 0) assign(top(), bank, reg, value, v);
    top().pc = return_pc;
    return false;
  }

  void read_lists(TraceFrame& f, JitCodeReader& r, std::vector<uint64_t> (&lists)[3],
                  std::vector<Value> (&vlists)[3]) {
    for (int bank = 0; bank < 3; ++bank)
      for (uint8_t n = r.u8(); n > 0; --n) {
        uint16_t reg = r.u16();
        lists[bank].push_back(concrete(f, bank, reg));
        vlists[bank].push_back(traced(f, bank, reg));
      }
  }

  const TracerOptions& o_;
  Trace t_;
  Recording result_;
  bool done_ = false;
  bool recording_ = false;  // the jitcodes started running
  Value zeros_[3];
  std::vector<std::unique_ptr<TraceFrame>> frames_;
  std::vector<uint64_t> case_values_;  // the switch being recorded (reused)
  std::vector<uint64_t> start_greens_;
  std::vector<uint64_t> merge_greens_;
  std::vector<Value> merge_reds_;
  // Merge points passed without closing the trace.
  GreensSet passed_greens_;
};

}  // namespace

Recording record_loop(const JitCode& portal, size_t pc, const std::vector<uint64_t> (&regs)[3],
                      const TracerOptions& options) {
  return Tracer(options).run(portal, pc, regs);
}

Recording record_bridge(const JitCodeSet& codes, const Trace& parent, const ExitInfo& exit,
                        std::span<const uint64_t> values, std::span<const uint64_t> loop_greens,
                        const TracerOptions& options) {
  Tracer tracer(options);
  tracer.parent_ = &parent;
  const Snapshot& snapshot = parent.snapshots[size_t(parent.insts[exit.inst].snapshot)];
  return tracer.run_bridge(codes, snapshot, exit.saved, exit.types, values, loop_greens);
}

}  // namespace weft::jit
