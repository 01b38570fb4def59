// Calls, quasi-immutable fields and immutable fields of constant objects in the driver.
//
// Elidable calls (EffectInfo::Kind::Elidable: same operands, same result, nothing else visible)
// with constant operands are run now, at optimization time, if the effect info also says the
// function can neither raise (its error result would have to be checked at run time) nor
// collect (the optimizer must not run the collector); others are shared with an earlier call
// on the same operands.
//
// A quasi-immutable field of a constant object is read now and becomes a constant, checked by
// a guard_not_invalidated: one is enough until a call that may write such a field. The guard
// the optimizer adds reuses the snapshot of the last guard emitted if nothing since then has an
// effect that resuming there (and running the operations in between again) would repeat.
#include <string>

#include "native_access.h"
#include "optimizer_impl.h"

namespace weft::jit::opt {

bool Optimizer::has_side_effect(const Inst& inst, std::span<const Value>) const {
  switch (inst.op) {
    case Op::setfield_gc:  // (stores into virtual objects have been dealt with before)
    case Op::setarrayitem_gc:
    case Op::setfield_raw:
      return true;
    case Op::call:
    case Op::call_assembler:
      return static_cast<const CallDescr*>(inst.descr)->effects.kind == EffectInfo::Kind::Normal;
    default:
      return false;
  }
}

bool Optimizer::call_step(size_t i, const Inst& inst, std::span<const Value> args) {
  if (inst.op == Op::getfield_gc && o_.quasi_immutable) return quasi_immutable_load(i, inst, args);
  if (inst.op != Op::call || !o_.elidable) return false;
  const auto* d = static_cast<const CallDescr*>(inst.descr);
  const EffectInfo& e = d->effects;
  if (e.kind != EffectInfo::Kind::Elidable) return false;
  bool all_const = true;
  for (Value a : args) all_const &= a.is_const();
  if (all_const && !e.can_raise && !e.can_collect) {
    std::vector<uint64_t> words;
    for (size_t k = 1; k < args.size(); ++k) words.push_back(out_.constant(args[k]).bits);
    uint64_t result = 0;
    std::string error;
    if (native_call(uintptr_t(out_.constant(args[0]).bits), *d, words, &result, &error)) {
      map_[i] = d->result == Type::Void ? Value() : out_.constant_of(d->result, result);
      return true;
    }
  }
  std::vector<uint64_t> key{uint64_t(reinterpret_cast<uintptr_t>(d))};
  for (Value a : args) key.push_back(value_key(a));
  auto it = elidable_.find(key);
  if (it != elidable_.end()) {
    map_[i] = it->second;
    return true;
  }
  map_[i] = emit_copy(inst, args);
  elidable_[key] = map_[i];
  return true;
}

bool Optimizer::quasi_immutable_load(size_t i, const Inst& inst, std::span<const Value> args) {
  const auto* field = static_cast<const FieldDescr*>(inst.descr);
  // Without a report the caller could not register the dependency, and a write to the field
  // would not invalidate the trace.
  if (!field->quasi_immutable || !args[0].is_const() || !report_) return false;
  uint64_t object = out_.constant(args[0]).bits;
  if (object == 0) return false;
  if (!invalidation_checked_) {
    if (clean_snapshot_ < 0) return false;  // nowhere to resume: left as a load
    flush_stores();
    Snapshot snapshot = out_.snapshots[size_t(clean_snapshot_)];
    out_.emit(Op::guard_not_invalidated, {});
    out_.snapshots.push_back(std::move(snapshot));
    out_.insts.back().snapshot = int32_t(out_.snapshots.size() - 1);
    invalidation_checked_ = true;
  }
  uint64_t bits = native_load(uintptr_t(object) + field->offset, field->size, field->is_signed);
  map_[i] = out_.constant_of(field->type, bits);
  // After the guard the field holds that value, as far as the heap cache is concerned: until a
  // store or a call that may write it (and in a peeled loop as long as the loop keeps it so).
  if (o_.heap) heap_.remember(field, args[0], Value(), map_[i], 0);
  if (report_) {
    OptimizerReport::QuasiImmutableDep dep{reinterpret_cast<const void*>(uintptr_t(object)), field};
    auto& deps = report_->quasi_immutable_deps;
    if (std::find(deps.begin(), deps.end(), dep) == deps.end()) deps.push_back(dep);
  }
  return true;
}

// An immutable field of a constant object holds what the object was initialized with, before
// the trace that names the object was recorded: it is read now (the function object of a
// call, a constant's type tag and value).
bool Optimizer::immutable_constant_load(size_t i, const Inst& inst, std::span<const Value> args) {
  if (inst.op != Op::getfield_gc || !args[0].is_const()) return false;
  const auto* field = static_cast<const FieldDescr*>(inst.descr);
  uint64_t object = out_.constant(args[0]).bits;
  if (!field->immutable || object == 0) return false;
  uint64_t bits = native_load(uintptr_t(object) + field->offset, field->size, field->is_signed);
  map_[i] = out_.constant_of(field->type, bits);
  return true;
}

// An input guard_not_invalidated (the tracer adds one after each quasi-immutable field it read
// as a constant) is dropped if one has been emitted since the last call that may write such a
// field.
bool Optimizer::guard_not_invalidated_step(const Inst&) {
  return o_.quasi_immutable && invalidation_checked_;
}

}  // namespace weft::jit::opt
