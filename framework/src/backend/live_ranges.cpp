#include "backend/live_ranges.h"

#include <algorithm>
#include <unordered_set>

namespace weft::jit::backend {

std::vector<Value> snapshot_values(const Snapshot& snapshot) {
  std::vector<Value> out;
  std::unordered_set<uint32_t> seen;
  auto add = [&](Value v) {
    if (v.is_inst() && seen.insert(v.index()).second) out.push_back(v);
  };
  snapshot.for_each_value(add);
  return out;
}

LiveRanges compute_live_ranges(const Trace& trace) {
  const size_t n = trace.insts.size();
  LiveRanges r;
  r.last_use.resize(n);
  r.saved.resize(n);
  r.live_at_label.resize(n);
  for (uint32_t i = 0; i < n; ++i) r.last_use[i] = i;
  auto use = [&](Value v, uint32_t at) {
    if (v.is_inst()) r.last_use[v.index()] = std::max(r.last_use[v.index()], at);
  };
  for (uint32_t i = 0; i < n; ++i) {
    const Inst& inst = trace.insts[i];
    for (Value v : trace.args(inst)) use(v, i);
    if (inst.snapshot >= 0) {
      r.saved[i] = snapshot_values(trace.snapshots[size_t(inst.snapshot)]);
      for (Value v : r.saved[i]) use(v, i);
    }
  }
  // A jump back to a label of this trace: what the loop reads from before the label must keep
  // its place until the jump, since the next iteration reads it again. Not the label's own
  // arguments: the jump gives them new values, so their places are free after their last use
  // in the body (which lets a result take over its operand's register, and the jump find it
  // where the label wants it).
  if (n > 0 && trace.insts[n - 1].op == Op::jump) {
    const Descr* target = trace.insts[n - 1].descr;
    for (uint32_t l = 0; l < n; ++l) {
      if (trace.insts[l].op != Op::label || trace.insts[l].descr != target) continue;
      r.loop_label = int32_t(l);
      std::unordered_set<uint32_t> redefined;
      for (Value v : trace.args(trace.insts[l]))
        if (v.is_inst()) redefined.insert(v.index());
      for (uint32_t v = 0; v < l; ++v)
        if (r.last_use[v] > l && !redefined.count(v)) r.last_use[v] = uint32_t(n - 1);
    }
  }
  for (uint32_t l = 0; l < n; ++l) {
    if (trace.insts[l].op != Op::label) continue;
    for (uint32_t v = 0; v < l; ++v)
      if (r.last_use[v] > l) r.live_at_label[l].push_back(v);
  }
  return r;
}

}  // namespace weft::jit::backend
