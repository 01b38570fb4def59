// Helpers for passes that rewrite a trace into a new one.
#pragma once

#include <cstdint>
#include <span>
#include <utility>

#include "weft/jit/ir.h"

namespace weft::jit::opt {

// A number that identifies a value (kind and index) for use in map keys.
inline uint32_t value_key(Value v) { return (uint32_t(v.kind()) << 30) | v.index(); }

// Copies `inst` into `out` with operands (and snapshot values) mapped through `map`. From a
// trace the caller is taking apart (`In` not const) the snapshot is moved, not copied: each
// instruction must then be copied at most once.
template <class In, class Map>
inline Value copy_inst(Trace& out, In& in, const Inst& inst, std::span<const Value> args, Map map) {
  if (inst.op == Op::input) return out.input(inst.type);
  if (inst.snapshot < 0) return out.emit(inst.op, args, inst.descr);
  Snapshot snapshot = std::move(in.snapshots[size_t(inst.snapshot)]);
  snapshot.for_each_value([&](Value& v) { v = map(v); });
  Value v = out.emit(inst.op, args, inst.descr);
  out.snapshots.push_back(std::move(snapshot));
  out.insts.back().snapshot = int32_t(out.snapshots.size() - 1);
  return v;
}

}  // namespace weft::jit::opt
