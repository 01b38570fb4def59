#include "guard_strengthening.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

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
  explicit Strengthener(Trace& in) : in_(in), linear_(in.insts.size()) {}

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
    std::vector<uint32_t> guards;  // in trace order
    Bound range;                   // the intersection of theirs
  };

  Trace& in_;
  std::vector<Linear> linear_;
  std::vector<bool> dropped_;
  std::unordered_map<uint32_t, std::pair<Value, Bound>> strengthened_;  // guard -> base, range

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

  // Groups the range guards of each stretch between labels by base; a group of several keeps
  // only its first guard, on the intersection of their ranges.
  void plan() {
    dropped_.assign(in_.insts.size(), false);
    std::unordered_map<uint32_t, Group> groups;
    std::vector<uint32_t> order;  // bases, in order of their first guard
    size_t start = 0;
    std::span<const Value> label_args;
    auto close = [&] {
      for (uint32_t base : order) decide(Value::inst(base), groups[base]);
      groups.clear();
      order.clear();
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
      auto [it, fresh] = groups.try_emplace(base.index());
      if (fresh) {
        order.push_back(base.index());
        it->second.range = g->range;
      } else {
        it->second.range.lo = std::max(it->second.range.lo, g->range.lo);
        it->second.range.hi = std::min(it->second.range.hi, g->range.hi);
      }
      it->second.guards.push_back(uint32_t(i));
    }
    close();
  }

  void decide(Value base, const Group& group) {
    if (group.guards.size() < 2 || group.range.empty()) return;
    uint32_t first = group.guards[0];
    const Inst& guard = in_.insts[first];
    const Snapshot& s = in_.snapshots[size_t(guard.snapshot)];
    for (auto [frame, index] : s.condition_slots)
      if (frame >= s.frames.size() || index >= s.frames[frame].values.size()) return;
    for (size_t k = 1; k < group.guards.size(); ++k) dropped_[group.guards[k]] = true;
    // The first guard's own check is the group's: nothing to change.
    std::optional<RangeGuard> own = range_guard(guard);
    if (own->on.offset == 0 && own->range == group.range) return;
    strengthened_[first] = {base, group.range};
  }

  Trace rewrite() {
    Trace out;
    out.consts = std::move(in_.consts);  // constants keep their numbers
    out.insts.reserve(in_.insts.size() + 8);
    out.arg_pool.reserve(in_.arg_pool.size() + 16);
    out.snapshots.reserve(in_.snapshots.size() + 8);
    std::vector<Value> map(in_.insts.size());
    auto remap = [&](Value v) { return v.is_inst() ? map[v.index()] : v; };
    std::vector<Value> args;
    for (size_t i = 0; i < in_.insts.size(); ++i) {
      if (dropped_[i]) continue;
      const Inst& inst = in_.insts[i];
      auto it = strengthened_.find(uint32_t(i));
      if (it == strengthened_.end()) {
        args.clear();
        for (Value v : in_.args(inst)) args.push_back(remap(v));
        map[i] = copy_inst(out, in_, inst, args, remap);
        continue;
      }
      // The new guards may fail where the old one would have passed: its condition goes back
      // into the snapshot, as it really is.
      Snapshot s = in_.snapshots[size_t(inst.snapshot)];
      Value cond = in_.args(inst)[0];
      for (auto [frame, index] : s.condition_slots) s.frames[frame].values[index] = cond;
      s.condition_slots.clear();
      s.for_each_value([&](Value& v) { v = remap(v); });
      Value base = remap(it->second.first);
      Bound range = it->second.second;
      auto check = [&](Op op, Wide k) {
        Value c = out.emit(op, {base, out.const_int(int64_t(k))});
        out.emit_guard(Op::guard_true, {c}, s);
      };
      if (range.lo == range.hi) {
        check(Op::int_eq, range.lo);
        continue;
      }
      if (range.lo > INT64_MIN) check(Op::int_ge, range.lo);
      if (range.hi < INT64_MAX) check(Op::int_le, range.hi);
    }
    return out;
  }
};

}  // namespace

bool strengthen_guards(Trace& trace) {
  Trace result;
  if (!Strengthener(trace).run(result)) return false;
  trace = std::move(result);
  return true;
}

}  // namespace weft::jit::opt
