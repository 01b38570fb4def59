#include "dead_code.h"

#include <vector>

#include "trace_copy.h"

namespace weft::jit::opt {

// Drops pure operations, loads and allocations whose results nobody uses, and renumbers.
Trace remove_dead(const Trace& in) {
  std::vector<bool> used(in.insts.size(), false);
  auto use = [&](Value v) {
    if (v.is_inst()) used[v.index()] = true;
  };
  auto removable = [&](const Inst& inst) {
    const OpInfo& info = op_info(inst.op);
    if (inst.op == Op::call) {
      // An elidable call that cannot raise is as pure as an arithmetic op.
      const EffectInfo& e = static_cast<const CallDescr*>(inst.descr)->effects;
      return e.kind == EffectInfo::Kind::Elidable && !e.can_raise;
    }
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
    if (v.is_const()) return out.constant_of(in.constant(v).type, in.constant(v).bits);
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

}  // namespace weft::jit::opt
