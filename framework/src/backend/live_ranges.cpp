#include "backend/live_ranges.h"

#include <algorithm>
#include <unordered_set>

namespace weft::jit::backend {

std::vector<Value> SnapshotValues::of(const Snapshot& snapshot) {
  if (++mark_ == 0) {  // wrapped around: forget every mark
    std::fill(seen_.begin(), seen_.end(), 0);
    mark_ = 1;
  }
  found_.clear();
  snapshot.for_each_value([&](Value v) {
    if (!v.is_inst() || seen_[v.index()] == mark_) return;
    seen_[v.index()] = mark_;
    found_.push_back(v);
  });
  return std::vector<Value>(found_.begin(), found_.end());
}

namespace {

// Fills r.address_base/address_offset (LiveRanges); r.saved is set.
void find_address_additions(const Trace& trace, LiveRanges& r) {
  const size_t n = trace.insts.size();
  r.address_base.assign(n, -1);
  r.address_offset.assign(n, 0);
  std::vector<bool> other_use(n, false);
  int64_t last_label = -1;
  for (uint32_t i = 0; i < n; ++i) {
    const Inst& inst = trace.insts[i];
    if (inst.op == Op::label) last_label = i;
    bool raw_access = inst.op == Op::getfield_raw || inst.op == Op::setfield_raw;
    auto a = trace.args(inst);
    for (size_t k = 0; k < a.size(); ++k)
      if (a[k].is_inst() && (!raw_access || k != 0 || int64_t(a[k].index()) < last_label))
        other_use[a[k].index()] = true;
    // An exit computes a saved address from its base (Loc::RegPlus): no label between.
    for (Value v : r.saved[i])
      if (int64_t(v.index()) < last_label) other_use[v.index()] = true;
  }
  constexpr int64_t kMaxOffset = int64_t(1) << 30;  // plus a field offset: still a disp32
  for (uint32_t i = 0; i < n; ++i) {
    const Inst& inst = trace.insts[i];
    if (inst.op != Op::int_add || other_use[i]) continue;
    auto a = trace.args(inst);
    Value x = a[0], c = a[1];
    if (x.is_const()) std::swap(x, c);
    if (!x.is_inst() || !c.is_const()) continue;
    int64_t offset = trace.constant(c).as_int();
    if (offset <= -kMaxOffset || offset >= kMaxOffset) continue;
    r.address_base[i] = int32_t(x.index());
    r.address_offset[i] = int32_t(offset);
  }
}

}  // namespace

LiveRanges compute_live_ranges(const Trace& trace, const std::vector<ExitInfo>& exits) {
  const size_t n = trace.insts.size();
  LiveRanges r;
  r.last_use.resize(n);
  r.saved.resize(n);
  r.live_at_label.resize(n);
  for (const ExitInfo& e : exits)
    if (e.kind == ExitInfo::Kind::Guard) r.saved[e.inst] = e.saved;
  find_address_additions(trace, r);
  for (uint32_t i = 0; i < n; ++i) r.last_use[i] = i;
  auto use = [&](Value v, uint32_t at) {
    if (!v.is_inst()) return;
    uint32_t x = r.address_base[v.index()] >= 0 ? uint32_t(r.address_base[v.index()]) : v.index();
    r.last_use[x] = std::max(r.last_use[x], at);
  };
  for (uint32_t i = 0; i < n; ++i) {
    const Inst& inst = trace.insts[i];
    for (Value v : trace.args(inst)) use(v, i);
    for (Value v : r.saved[i]) use(v, i);
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
