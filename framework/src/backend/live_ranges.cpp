#include "backend/live_ranges.h"

#include <algorithm>

namespace weft::jit::backend {

void SnapshotValues::start(const Trace& trace) {
  if (seen_.size() < trace.insts.size()) seen_.resize(trace.insts.size(), 0);
}

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

std::span<const uint32_t> LiveRanges::live_at_label(uint32_t l) const {
  for (const LabelRun& run : label_runs_)
    if (run.label == l)
      return std::span<const uint32_t>(label_values_.data() + run.begin, run.end - run.begin);
  return {};
}

// Fills address_base/address_offset; saved is set.
void LiveRanges::find_address_additions(const Trace& trace) {
  LiveRanges& r = *this;
  const size_t n = trace.insts.size();
  r.address_base.assign(n, -1);
  r.address_offset.assign(n, 0);
  std::vector<bool>& other_use = other_use_;
  other_use.assign(n, false);
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

void LiveRanges::compute(const Trace& trace, const std::vector<ExitInfo>& exits) {
  const size_t n = trace.insts.size();
  LiveRanges& r = *this;
  r.last_use.resize(n);
  r.saved.assign(n, {});
  r.loop_label = -1;
  label_runs_.clear();
  label_values_.clear();
  for (const ExitInfo& e : exits)
    if (e.kind == ExitInfo::Kind::Guard) r.saved[e.inst] = e.saved;
  find_address_additions(trace);
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
      label_argument_.assign(l, false);
      for (Value v : trace.args(trace.insts[l]))
        if (v.is_inst() && v.index() < l) label_argument_[v.index()] = true;
      for (uint32_t v = 0; v < l; ++v)
        if (r.last_use[v] > l && !label_argument_[v]) r.last_use[v] = uint32_t(n - 1);
    }
  }
  for (uint32_t l = 0; l < n; ++l) {
    if (trace.insts[l].op != Op::label) continue;
    LabelRun run{l, uint32_t(label_values_.size()), 0};
    for (uint32_t v = 0; v < l; ++v)
      if (r.last_use[v] > l) label_values_.push_back(v);
    run.end = uint32_t(label_values_.size());
    label_runs_.push_back(run);
  }
}

}  // namespace weft::jit::backend
