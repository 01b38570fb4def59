#include "peel.h"

#include <memory_resource>
#include <string>
#include <vector>

#include "scratch_arena.h"

namespace weft::jit::opt {

namespace {

// Copies instructions of `in` into `out` with their operands and snapshot values mapped.
class Copier {
 public:
  Copier(const Trace& in, Trace& out)
      : in_(in), out_(out), map_(in.insts.size(), &scratch_arena()) {}

  // (Constants keep their numbers: `out` starts with `in`'s constants.)
  Value get(Value v) const {
    if (v.is_inst()) return map_[v.index()];
    return v;  // a constant, or a virtual object of a snapshot: its own numbering
  }
  void set(Value v, Value to) { map_[v.index()] = to; }

  Value copy(size_t i, const Descr* descr) {
    const Inst& inst = in_.insts[i];
    if (inst.op == Op::input) return map_[i] = out_.input(inst.type);
    args_.clear();
    for (Value v : in_.args(inst)) args_.push_back(get(v));
    Value result = out_.emit(inst.op, args_, descr);
    if (inst.snapshot >= 0) {
      Snapshot& s = out_.snapshots.emplace_back(in_.snapshots[size_t(inst.snapshot)]);
      s.for_each_value([&](Value& v) { v = get(v); });
      out_.insts.back().snapshot = int32_t(out_.snapshots.size() - 1);
    }
    return map_[i] = result;
  }

 private:
  std::vector<Value> args_;
  const Trace& in_;
  Trace& out_;
  std::pmr::vector<Value> map_;  // scratch (peel_loop's scope)
};

}  // namespace

bool peel_loop(const Trace& in, DescrTable& labels, Trace& out, const LabelDescr** loop_label) {
  size_t n = in.insts.size();
  if (n < 2 || in.insts[n - 1].op != Op::jump) return false;
  size_t label = n;
  for (size_t i = 0; i < n; ++i) {
    if (in.insts[i].op != Op::label) continue;
    if (label != n) return false;  // more than one label
    label = i;
  }
  if (label == n || in.insts[label].descr != in.insts[n - 1].descr) return false;
  std::span<const Value> a = in.args(in.insts[label]);
  std::span<const Value> j = in.args(in.insts[n - 1]);
  if (a.size() != j.size()) return false;
  ScratchScope scope;  // the Copier's table

  // Label arguments the body gives back unchanged are invariant, also when the body computes
  // the same value afresh through constant steps (an interpreter's pointer moved right and
  // left again: the first iteration's optimization folds it back to the argument).
  std::vector<std::pair<Value, int64_t>> form(n);  // inst of the body = base + offset
  auto form_of = [&](Value v) -> std::pair<Value, int64_t> {
    return v.is_inst() && v.index() > label && v.index() < n ? form[v.index()]
                                                             : std::pair<Value, int64_t>{v, 0};
  };
  for (size_t i = label + 1; i < n; ++i) {
    const Inst& inst = in.insts[i];
    form[i] = {Value::inst(uint32_t(i)), 0};
    Value x;
    int64_t c = 0;
    if (!in.constant_step(inst.op, in.args(inst), x, c)) continue;
    auto [base, offset] = form_of(x);
    form[i] = {base, int64_t(uint64_t(offset) + uint64_t(c))};
  }
  std::vector<bool> invariant(a.size());
  for (size_t k = 0; k < a.size(); ++k)
    invariant[k] = j[k] == a[k] || form_of(j[k]) == std::pair<Value, int64_t>{a[k], 0};

  Trace t;
  t.consts = in.consts;
  t.insts.reserve(2 * n);
  t.arg_pool.reserve(2 * in.arg_pool.size());
  t.snapshots.reserve(2 * in.snapshots.size());
  Copier first(in, t);
  for (size_t i = 0; i < n - 1; ++i) first.copy(i, in.insts[i].descr);

  // The loop's label: the values the first iteration jumps with, except invariant ones.
  std::string name = in.insts[label].descr->name + ".loop";
  while (labels.find(name)) name += "'";
  const LabelDescr* loop = labels.label(name);
  Copier second(in, t);
  for (size_t i = 0; i < label; ++i)
    second.set(Value::inst(uint32_t(i)), first.get(Value::inst(uint32_t(i))));
  std::vector<Value> loop_args;
  std::vector<bool> used(t.insts.size(), false);
  for (size_t k = 0; k < a.size(); ++k) {
    if (invariant[k]) continue;  // the loop reads A[k] itself (mapped above)
    Value v = first.get(j[k]);
    // Label arguments are distinct instructions, and not ones the loop also reads as they were
    // before the label (inputs, the preamble, invariant arguments): those get a copy.
    if (!v.is_inst() || v.index() <= label || used[v.index()]) v = t.emit(Op::same_as, {v});
    used.resize(t.insts.size(), false);
    used[v.index()] = true;
    loop_args.push_back(v);
    second.set(a[k], v);
  }
  t.emit(Op::label, loop_args, loop);
  for (size_t i = label + 1; i < n - 1; ++i) second.copy(i, in.insts[i].descr);
  std::vector<Value> jump_args;
  for (size_t k = 0; k < a.size(); ++k)
    if (!invariant[k]) jump_args.push_back(second.get(j[k]));
  t.emit(Op::jump, jump_args, loop);
  out = std::move(t);
  *loop_label = loop;
  return true;
}

}  // namespace weft::jit::opt
