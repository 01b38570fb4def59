#include "guard_strengthening.h"

#include <algorithm>
#include <cstdint>
#include <memory_resource>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

#include "scratch_arena.h"
#include "trace_copy.h"

namespace weft::jit::opt {
namespace {

// Ranges are computed without wrapping: a bound beyond int64 is clamped (lower) or makes the
// range empty.
using Wide = __int128;

struct Bound {
  Wide lo = INT64_MIN;
  Wide hi = INT64_MAX;
  bool empty() const { return lo > hi; }
  bool operator==(const Bound&) const = default;
};

// A value as base + offset, where offset sums the constants of a chain of int_add/int_sub
// (without overflow). Since int_add wraps, the value is base + offset modulo 2^64; when a
// guard's range for base keeps base + offset inside int64, it is exactly base + offset.
struct Linear {
  Value base;
  int64_t offset = 0;
};

// The comparison `k op v` turned around into `v op' k`.
constexpr std::pair<Op, Op> kSwapped[] = {{Op::int_lt, Op::int_gt},
                                          {Op::int_gt, Op::int_lt},
                                          {Op::int_le, Op::int_ge},
                                          {Op::int_ge, Op::int_le},
                                          {Op::int_eq, Op::int_eq}};
// What a comparison that does not hold says.
constexpr std::pair<Op, Op> kNegated[] = {{Op::int_lt, Op::int_ge}, {Op::int_ge, Op::int_lt},
                                          {Op::int_le, Op::int_gt}, {Op::int_gt, Op::int_le},
                                          {Op::int_eq, Op::int_ne}, {Op::int_ne, Op::int_eq}};

std::optional<Op> lookup(std::span<const std::pair<Op, Op>> table, Op op) {
  for (auto [from, to] : table)
    if (from == op) return to;
  return std::nullopt;
}

// The range `v op k` confines v to, or nothing (v != k is not a range).
std::optional<Bound> range_of(Op op, int64_t k) {
  switch (op) {
    case Op::int_lt:
      return Bound{INT64_MIN, Wide(k) - 1};
    case Op::int_le:
      return Bound{INT64_MIN, k};
    case Op::int_gt:
      return Bound{Wide(k) + 1, INT64_MAX};
    case Op::int_ge:
      return Bound{k, INT64_MAX};
    case Op::int_eq:
      return Bound{k, k};
    default:
      return std::nullopt;
  }
}

// A guard that bounds a base value: it passes only if base lies in `range` (when its offset
// is 0, exactly then).
struct RangeGuard {
  Linear on;
  Bound range;
};

class Strengthener {
 public:
  explicit Strengthener(Trace& in) : in_(in), linear_(in.insts.size(), scratch_) {}

  // False (nothing to do) when no two range guards bound the same base. Else `in` is taken
  // apart (its constants and snapshots moved into `result`).
  bool run(Trace& result) {
    find_linear_values();
    plan();
    if (std::find(dropped_.begin(), dropped_.end(), true) == dropped_.end()) return false;
    result = rewrite();
    return true;
  }

 private:
  struct Group {
    Value base;
    uint32_t first;  // its first guard
    uint32_t size;   // how many guards
    Bound range;     // the intersection of theirs
    bool merged = false;
  };

  Trace& in_;
  std::pmr::memory_resource* scratch_ = &scratch_arena();  // see strengthen_guards()
  std::pmr::vector<Linear> linear_;
  std::pmr::vector<bool> dropped_ = std::pmr::vector<bool>(scratch_);
  std::pmr::unordered_map<uint32_t, std::pair<Value, Bound>> strengthened_{
      scratch_};  // guard -> base, range

  void find_linear_values() {
    for (size_t i = 0; i < in_.insts.size(); ++i) {
      const Inst& inst = in_.insts[i];
      linear_[i] = {Value::inst(uint32_t(i)), 0};
      Value x;
      int64_t c = 0;
      if (inst.type != Type::Int || !in_.constant_step(inst.op, in_.args(inst), x, c) ||
          !x.is_inst())
        continue;
      Linear from = linear_[x.index()];
      int64_t offset = 0;
      if (!__builtin_add_overflow(from.offset, c, &offset)) linear_[i] = {from.base, offset};
    }
  }

  // What guard `i` says about a base value, if it bounds one.
  std::optional<RangeGuard> range_guard(const Inst& guard) const {
    if (guard.op != Op::guard_true && guard.op != Op::guard_false) return std::nullopt;
    Value cond = in_.args(guard)[0];
    if (!cond.is_inst()) return std::nullopt;
    const Inst& c = in_.insts[cond.index()];
    if (c.num_args != 2) return std::nullopt;
    auto a = in_.args(c);
    std::optional<Op> op = c.op;
    Value v;
    int64_t k = 0;
    if (a[0].is_inst() && a[1].is_const()) {
      v = a[0];
      k = in_.constant(a[1]).as_int();
    } else if (a[0].is_const() && a[1].is_inst()) {
      v = a[1];
      k = in_.constant(a[0]).as_int();
      op = lookup(kSwapped, c.op);
    } else {
      return std::nullopt;
    }
    if (op && guard.op == Op::guard_false) op = lookup(kNegated, *op);
    if (!op || in_.insts[v.index()].type != Type::Int) return std::nullopt;
    std::optional<Bound> r = range_of(*op, k);
    if (!r) return std::nullopt;
    Linear on = linear_[v.index()];
    Bound b{std::max(r->lo - on.offset, Wide(INT64_MIN)),
            std::min(r->hi - on.offset, Wide(INT64_MAX))};
    return RangeGuard{on, b};
  }

  // Groups the range guards of each stretch between labels by base; a group that is merged
  // keeps only its first guard (and one added after it). Flat lists, reused across stretches:
  // most traces have nothing to merge, and this runs on every one.
  void plan() {
    dropped_.assign(in_.insts.size(), false);
    std::pmr::vector<int32_t> group_of(in_.insts.size(), -1, scratch_);  // by base
    std::pmr::vector<Group> groups(scratch_);
    std::pmr::vector<std::pair<uint32_t, uint32_t>> members(scratch_);  // (guard, group)
    size_t start = 0;
    std::span<const Value> label_args;
    auto close = [&] {
      for (Group& g : groups) g.merged = decide(g);
      for (auto [guard, group] : members)
        if (groups[group].merged && guard != groups[group].first) dropped_[guard] = true;
      for (const Group& g : groups) group_of[g.base.index()] = -1;
      groups.clear();
      members.clear();
    };
    for (size_t i = 0; i < in_.insts.size(); ++i) {
      const Inst& inst = in_.insts[i];
      if (inst.op == Op::label) {
        close();
        start = i;
        label_args = in_.args(inst);
        continue;
      }
      std::optional<RangeGuard> g = range_guard(inst);
      if (!g) continue;
      // A base from before the label that the label does not pass would become live across
      // it: leave such guards alone.
      Value base = g->on.base;
      if (base.index() < start &&
          std::find(label_args.begin(), label_args.end(), base) == label_args.end())
        continue;
      int32_t& at = group_of[base.index()];
      if (at < 0) {
        at = int32_t(groups.size());
        groups.push_back(Group{base, uint32_t(i), 0, g->range});
      }
      Group& group = groups[size_t(at)];
      group.range.lo = std::max(group.range.lo, g->range.lo);
      group.range.hi = std::min(group.range.hi, g->range.hi);
      ++group.size;
      members.emplace_back(uint32_t(i), uint32_t(at));
    }
    close();
  }

  // Whether `group` is merged (its other guards dropped).
  bool decide(const Group& group) {
    if (group.size < 2 || group.range.empty()) return false;
    const Inst& guard = in_.insts[group.first];
    const Snapshot& s = in_.snapshots[size_t(guard.snapshot)];
    for (auto [frame, index] : s.condition_slots)
      if (frame >= s.frames.size() || index >= s.frames[frame].values.size()) return false;
    // The first guard stays as it is (its comparison fused into its jump, its snapshot's
    // condition a constant); one more guard after it checks the rest of the group's range.
    // Worth it only if fewer guards remain: two guards bounding a value from both sides stay
    // (moving the second up gained nothing, and mandel.b's compiled code ran 2% more
    // instructions for the condition the moved guard had to keep).
    std::optional<RangeGuard> own = range_guard(guard);
    bool covered = own->on.offset == 0 && own->range == group.range;
    if ((covered ? 1u : 2u) >= group.size) return false;
    if (!covered) strengthened_[group.first] = {group.base, group.range};
    return true;
  }

  Trace rewrite() {
    Trace out;
    out.consts = std::move(in_.consts);  // constants keep their numbers
    out.insts.reserve(in_.insts.size() + 8);
    out.arg_pool.reserve(in_.arg_pool.size() + 16);
    out.snapshots.reserve(in_.snapshots.size() + 8);
    std::pmr::vector<Value> map(in_.insts.size(), scratch_);
    auto remap = [&](Value v) { return v.is_inst() ? map[v.index()] : v; };
    std::pmr::vector<Value> args(scratch_);
    for (size_t i = 0; i < in_.insts.size(); ++i) {
      if (dropped_[i]) continue;
      const Inst& inst = in_.insts[i];
      args.clear();
      for (Value v : in_.args(inst)) args.push_back(remap(v));
      map[i] = copy_inst(out, in_, inst, args, remap);
      auto it = strengthened_.find(uint32_t(i));
      if (it == strengthened_.end()) continue;
      // The added guard fails only after the first passed: its snapshot is the first's with
      // the condition as it then is.
      Snapshot s = out.snapshots[size_t(out.insts.back().snapshot)];
      Value passed = out.const_int(inst.op == Op::guard_true ? 1 : 0);
      for (auto [frame, index] : s.condition_slots) s.frames[frame].values[index] = passed;
      s.condition_slots.clear();
      Value base = remap(it->second.first);
      Bound range = it->second.second;
      Value c;
      if (range.lo == range.hi) {
        c = out.emit(Op::int_eq, {base, out.const_int(int64_t(range.lo))});
      } else if (range.lo == INT64_MIN) {
        c = out.emit(Op::int_le, {base, out.const_int(int64_t(range.hi))});
      } else if (range.hi == INT64_MAX) {
        c = out.emit(Op::int_ge, {base, out.const_int(int64_t(range.lo))});
      } else {  // lo <= base <= hi as one unsigned comparison
        Value offset = out.emit(Op::int_sub, {base, out.const_int(int64_t(range.lo))});
        c = out.emit(Op::uint_le, {offset, out.const_int(int64_t(uint64_t(range.hi - range.lo)))});
      }
      out.emit_guard(Op::guard_true, {c}, s);
    }
    return out;
  }
};

}  // namespace

bool strengthen_guards(Trace& trace) {
  // Most traces (bridges above all) have fewer than two guards on a comparison with a
  // constant: nothing to merge, known without the analysis and its tables.
  size_t candidates = 0;
  for (const Inst& inst : trace.insts) {
    if (inst.op != Op::guard_true && inst.op != Op::guard_false) continue;
    Value cond = trace.args(inst)[0];
    if (!cond.is_inst() || trace.inst(cond).num_args != 2) continue;
    auto a = trace.args(trace.inst(cond));
    if ((a[0].is_const() != a[1].is_const()) && ++candidates == 2) break;
  }
  if (candidates < 2) return false;
  ScratchScope scope;  // the Strengthener's tables
  Trace result;
  if (!Strengthener(trace).run(result)) return false;
  trace = std::move(result);
  return true;
}

}  // namespace weft::jit::opt
