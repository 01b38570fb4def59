#include "dead_code.h"

#include <cstdint>
#include <memory_resource>
#include <vector>

#include "scratch_arena.h"

namespace weft::jit::opt {

// Drops pure operations, loads and allocations whose results nobody uses, and renumbers.
Trace remove_dead(Trace in) {
  ScratchScope scope;
  std::pmr::memory_resource* scratch = &scratch_arena();
  // Per instruction, asked by every loop below: whether it may go when unused, and whether it
  // is a comparison (0 or 1) that may wait for its guard. One byte each, worked out once.
  enum : uint8_t { kRemovable = 1, kBoolean = 2, kUsed = 4 };
  std::pmr::vector<uint8_t> flags(in.insts.size(), 0, scratch);
  for (size_t i = 0; i < in.insts.size(); ++i) {
    const Inst& inst = in.insts[i];
    bool removable;
    if (inst.op == Op::input) {
      removable = false;
    } else if (inst.op == Op::call) {
      // An elidable call that cannot raise is as pure as an arithmetic op.
      const EffectInfo& e = static_cast<const CallDescr*>(inst.descr)->effects;
      removable = e.kind == EffectInfo::Kind::Elidable && !e.can_raise;
    } else {
      const OpInfo& info = op_info(inst.op);
      removable = info.has(opflag::PURE) || info.has(opflag::LOAD) || info.has(opflag::ALLOC);
    }
    flags[i] = uint8_t((removable ? kRemovable : 0) | (yields_boolean(inst.op) ? kBoolean : 0));
  }
  auto use = [&](Value v) {
    if (v.is_inst()) flags[v.index()] |= kUsed;
  };
  // Dropped: removable and unused.
  auto dropped = [&](size_t i) { return (flags[i] & (kRemovable | kUsed)) == kRemovable; };
  for (size_t i = in.insts.size(); i-- > 0;) {
    if (dropped(i)) continue;
    const Inst& inst = in.insts[i];
    for (Value v : in.args(inst)) use(v);
    if (inst.snapshot >= 0) {
      in.snapshots[size_t(inst.snapshot)].for_each_value(use);
    }
  }
  // A comparison whose only use is a later guard moves down to that guard, so the backend
  // branches on the flags instead of making the 0/1 value (a store forced before the guard
  // would otherwise stand between them). Never across a label: the loop is entered there.
  std::pmr::vector<uint32_t> uses(in.insts.size(), 0, scratch);
  std::pmr::vector<uint32_t> guard_of(in.insts.size(), 0, scratch);
  bool changes = false;
  for (size_t i = 0; i < in.insts.size(); ++i) {
    if (dropped(i)) {
      changes = true;
      continue;
    }
    const Inst& inst = in.insts[i];
    for (Value v : in.args(inst))
      if (v.is_inst()) ++uses[v.index()];
    if ((inst.op == Op::guard_true || inst.op == Op::guard_false) && in.args(inst)[0].is_inst())
      guard_of[in.args(inst)[0].index()] = uint32_t(i);
    if (inst.snapshot >= 0) {
      in.snapshots[size_t(inst.snapshot)].for_each_value([&](Value v) {
        if (v.is_inst()) ++uses[v.index()];
      });
    }
  }
  auto held_back = [&](size_t i) {
    return (flags[i] & kBoolean) && uses[i] == 1 && guard_of[i] > i + 1;
  };
  for (size_t i = 0; i < in.insts.size() && !changes; ++i) changes = held_back(i);
  if (!changes) return in;
  // Compacted in place, without copying: an operation only moves towards the front (a
  // comparison held back for its guard lands before the guard's old place), so it is read
  // before anything is written over it. Operands and snapshots stay where they are,
  // renumbered; constants keep their numbers (unused ones stay: cheaper than renumbering).
  std::pmr::vector<Value> map(in.insts.size(), scratch);
  auto remap = [&](Value v) { return v.is_inst() ? map[v.index()] : v; };
  size_t next = 0;
  auto place = [&](size_t i, Inst inst) {
    for (size_t k = 0; k < inst.num_args; ++k)
      in.arg_pool[inst.first_arg + k] = remap(in.arg_pool[inst.first_arg + k]);
    if (inst.snapshot >= 0)
      in.snapshots[size_t(inst.snapshot)].for_each_value([&](Value& v) { v = remap(v); });
    in.insts[next] = inst;
    map[i] = Value::inst(uint32_t(next++));
  };
  size_t pending = SIZE_MAX;  // a comparison waiting for its guard
  Inst pending_inst{};        // (its place may be written over meanwhile)
  for (size_t i = 0; i < in.insts.size(); ++i) {
    if (dropped(i)) continue;
    Inst inst = in.insts[i];
    if (pending != SIZE_MAX && (guard_of[pending] == i || inst.op == Op::label)) {
      place(pending, pending_inst);
      pending = SIZE_MAX;
    }
    if (held_back(i)) {
      if (pending != SIZE_MAX) place(pending, pending_inst);
      pending = i;
      pending_inst = inst;
      continue;
    }
    place(i, inst);
  }
  if (pending != SIZE_MAX) place(pending, pending_inst);
  in.insts.resize(next);
  return in;
}

}  // namespace weft::jit::opt
