// Starting a bridge: the tracer's frames rebuilt from the failed guard's snapshot (every
// inlined frame, the snapshot's virtual objects materialized), its inputs the values the guard
// saved; then the recording goes on as for a loop (tracer.cpp).
#include <algorithm>
#include <cstring>
#include <optional>

#include "bridge_facts.h"
#include "tracer_state.h"
#include "weft/jit/resume.h"

namespace weft::jit::tracing {

namespace {

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

// Whether `v` is `frame` plus a constant (the address of a slot of a frame); then `offset`.
bool frame_offset(const Trace& t, Value v, Value frame, int64_t& offset, int depth = 0) {
  if (v == frame) {
    offset = 0;
    return true;
  }
  if (!v.is_inst() || depth >= 8) return false;
  const Inst& inst = t.inst(v);
  std::span<const Value> a = t.args(inst);
  if (inst.op == Op::same_as) return frame_offset(t, a[0], frame, offset, depth + 1);
  if (inst.op != Op::int_add && inst.op != Op::int_sub) return false;
  for (int k = 0; k < 2; ++k) {
    if (!a[1 - k].is_const() || (k == 1 && inst.op == Op::int_sub)) continue;
    if (!frame_offset(t, a[k], frame, offset, depth + 1)) continue;
    int64_t c = t.constant(a[1 - k]).as_int();
    offset = int64_t(uint64_t(offset) + uint64_t(inst.op == Op::int_add ? c : -c));
    return true;
  }
  return false;
}

// The private frames the parent marked, and the raw stores of `snapshot` into one of them
// (those the bridge records at the frame's own value plus an offset, see materialize()).
struct StoreInFrame {
  Value frame;  // the parent's
  int64_t offset;
};
std::vector<std::optional<StoreInFrame>> stores_in_frames(const Trace& parent,
                                                          const Snapshot& snapshot,
                                                          std::span<const Value> saved) {
  std::vector<std::optional<StoreInFrame>> found(snapshot.raw_stores.size());
  for (const Inst& inst : parent.insts) {
    if (inst.op != Op::private_frame) continue;
    Value frame = parent.args(inst)[0];
    if (std::find(saved.begin(), saved.end(), frame) == saved.end()) continue;
    for (size_t k = 0; k < found.size(); ++k) {
      int64_t offset = 0;
      if (!found[k] && frame_offset(parent, snapshot.raw_stores[k].address, frame, offset))
        found[k] = StoreInFrame{frame, offset};
    }
  }
  return found;
}

}  // namespace

Recording Tracer::run_bridge(const Trace& parent, uint32_t guard, const JitCodeSet& codes,
                             const Snapshot& snapshot, std::span<const Value> saved,
                             std::span<const Type> types, std::span<const uint64_t> values,
                             std::span<const uint64_t> loop_greens) {
  parent_ = &parent;
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
  // frame. (The address of a raw store into the frame is recomputed from the frame.)
  std::vector<std::optional<StoreInFrame>> in_frames = stores_in_frames(*parent_, snapshot, saved);
  auto only_store_address = [&](Value v) {
    bool address = false, other = false;
    for (size_t k = 0; k < snapshot.raw_stores.size(); ++k) {
      address |= in_frames[k] && snapshot.raw_stores[k].address == v;
      other |= (!in_frames[k] && snapshot.raw_stores[k].address == v) ||
               snapshot.raw_stores[k].value == v;
    }
    for (const ResumeFrame& rf : snapshot.frames)
      other |= std::find(rf.values.begin(), rf.values.end(), v) != rf.values.end();
    for (const VirtualObject& object : snapshot.virtuals)
      for (const auto& field : object.fields) other |= field.second == v;
    return address && !other;
  };
  for (const Inst& inst : parent_->insts) {
    if (inst.op != Op::private_frame) continue;
    Value frame = parent_->args(inst)[0];
    bool derived = false;
    for (Value v : saved)
      derived |= v != frame && computed_from(*parent_, v, frame, 0) && !only_store_address(v);
    if (derived) continue;
    for (size_t k = 0; k < saved.size(); ++k)
      if (saved[k] == frame) t_.emit(Op::private_frame, {inputs[k]});
  }
  // Before the snapshot's pending stores (materialize()): the replay re-reads memory as the
  // parent left it.
  assume_parent_facts(parent, guard, saved, inputs, t_);
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
      if (op != JitOp::inline_call_i && op != JitOp::inline_call_r && op != JitOp::inline_call_f &&
          op != JitOp::inline_call_v)
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
bool Tracer::materialize(const Snapshot& snapshot, std::span<const Value> saved,
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
  std::vector<std::optional<StoreInFrame>> in_frames = stores_in_frames(*parent_, snapshot, saved);
  for (size_t k = 0; k < snapshot.raw_stores.size(); ++k) {
    const RawStore& s = snapshot.raw_stores[k];
    Value address = value(s.address);
    if (in_frames[k])
      address = in_frames[k]->offset == 0
                    ? value(in_frames[k]->frame)
                    : t_.emit(Op::int_add,
                              {value(in_frames[k]->frame), t_.const_int(in_frames[k]->offset)});
    t_.emit(Op::setfield_raw, {address, value(s.value)}, s.field);
  }
  return true;
}

}  // namespace weft::jit::tracing
