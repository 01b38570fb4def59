// The heap part of the driver: loads forwarded through the heap cache (heap_cache.h), and
// lazy stores: a store to a real object is remembered, not emitted, until something may read
// the location (a load that may alias it, a call, a guard, a label, the end of the trace); a
// store overwritten before that is dropped. Guards emit the pending stores before them, but
// raw stores of virtual objects and stores into private frames, which their snapshots list.
#include <algorithm>

#include "optimizer_impl.h"

namespace weft::jit::opt {

namespace {

// Whether two array indexes (empty for fields) are known to differ.
bool distinct_indexes(const Trace& out, Value a, Value b) {
  return a.is_const() && b.is_const() && out.constant(a).bits != out.constant(b).bits;
}

}  // namespace

Value Optimizer::allocate(Op op, std::span<const Value> args, const Descr* descr) {
  Value v = out_.emit(op, args, descr);
  known_class_[v.index()] = op == Op::new_object ? static_cast<const SizeDescr*>(descr)->type_id
                                                 : static_cast<const ArrayDescr*>(descr)->type_id;
  nonnull_.insert(v.index());
  if (!o_.heap) return v;
  heap_.add_fresh(v);
  if (op == Op::new_object) {
    for (const FieldDescr* field : static_cast<const SizeDescr*>(descr)->fields)
      heap_.remember(field, v, Value(), out_.constant_of(field->type, 0), 0);
  } else {
    heap_.remember(descr, v, Value(), args[0], HeapCache::kLength);
  }
  return v;
}

void Optimizer::emit_store(const PendingStore& s) {
  if (s.raw) {
    // A virtual object stored to raw memory becomes real here (its stores come first).
    Value value = force(s.value);
    if (s.value != value && o_.heap) heap_.escaped(value);
    out_.emit(Op::setfield_raw, {s.object, value}, s.descr);
  } else if (s.index) {
    out_.emit(Op::setarrayitem_gc, {s.object, s.index, s.value}, s.descr);
  } else {
    out_.emit(Op::setfield_gc, {s.object, s.value}, s.descr);
  }
}

void Optimizer::emit_stores(std::span<const PendingStore> stores) {
  for (const PendingStore& s : stores) emit_store(s);
}

// A setfield_gc (index empty) or setarrayitem_gc of real values.
void Optimizer::store(const Descr* descr, Value object, Value index, Value value, bool fresh) {
  PendingStore s{descr, object, index, value};
  if (!fresh) raw_.clear();  // raw pointers may point into GC objects
  if (!o_.heap) return emit_store(s);
  heap_.escaped(value);
  uint32_t slot = value_key(index);
  if (heap_.holds(descr, object, slot, value)) return;  // no change
  if (index)
    heap_.invalidate_item(descr, object, index);
  else
    heap_.invalidate_field(descr, object);
  heap_.remember(descr, object, index, value, slot);
  if (!o_.lazy_stores) return emit_store(s);
  // A pending store to the same place is dead: nothing read it (that would have emitted it).
  std::erase_if(pending_, [&](const PendingStore& p) {
    return p.descr == descr && p.object == object && p.index == index;
  });
  // One that may write the same place must come first.
  flush_stores(descr, object, index, fresh);
  pending_.push_back(s);
}

// A setfield_raw: lazy like the others. A pending store to the same place is dead (nothing
// read it, or it would have been emitted); pending ones it may overlap go first.
void Optimizer::raw_store(const Inst& inst, std::span<const Value> args) {
  auto* field = static_cast<const FieldDescr*>(inst.descr);
  if (!virtuals_.is_virtual(args[1])) heap_.escaped(args[1]);
  raw_.stored(args[0], field, args[1]);
  if (!o_.lazy_stores) {
    out_.emit(Op::setfield_raw, args, field);
    return;
  }
  std::erase_if(pending_, [&](const PendingStore& p) {
    return p.raw && p.object == args[0] &&
           RawCache::same_access(static_cast<const FieldDescr*>(p.descr), field);
  });
  flush_raw_stores(args[0], field);
  pending_.push_back(PendingStore{field, args[0], Value(), args[1], true});
}

// Emits the pending raw stores that may touch the bytes of `field` at `address`, in order.
// (Emitting a raw store may force a virtual object, whose stores join pending_: the list is
// split first.)
void Optimizer::flush_raw_stores(Value address, const FieldDescr* field) {
  if (std::none_of(pending_.begin(), pending_.end(), [&](const PendingStore& p) {
        return p.raw &&
               !raw_.disjoint(p.object, static_cast<const FieldDescr*>(p.descr), address, field);
      }))
    return;  // the common case, without splitting the list
  emit_pending_if([&](const PendingStore& p) {
    return p.raw &&
           !raw_.disjoint(p.object, static_cast<const FieldDescr*>(p.descr), address, field);
  });
}

void Optimizer::flush_stores(const Descr* descr, Value object, Value index, bool keep_raw) {
  if (pending_.empty()) return;
  emit_pending_if([&](const PendingStore& p) {
    // (Raw memory may be inside GC objects: a GC access emits pending raw stores, unless it
    // is a store into a fresh object or a load of an immutable field: `keep_raw`.)
    return !descr || (p.raw && !keep_raw) ||
           (!p.raw && p.descr == descr && heap_.may_alias(p.object, object) &&
            !distinct_indexes(out_, p.index, index));
  });
  // All of them: including the stores into objects that emitting raw stores forced.
  if (!descr && !pending_.empty()) flush_stores();
}

// Emits the pending stores into GC objects (values stored there are real), keeping those to
// raw memory pending.
void Optimizer::flush_gc_stores() {
  emit_pending_if([](const PendingStore& p) { return !p.raw; });
}

void Optimizer::flush_stores_but_frames() {
  // Emitting a raw store may force a virtual object, whose stores into it join pending_.
  while (std::any_of(pending_.begin(), pending_.end(), [&](const PendingStore& p) {
    return !p.raw || !in_kept_frame(p.object, static_cast<const FieldDescr*>(p.descr));
  })) {
    emit_pending_if([&](const PendingStore& p) {
      return !p.raw || !in_kept_frame(p.object, static_cast<const FieldDescr*>(p.descr));
    });
  }
}

bool Optimizer::in_kept_frame(Value address, const FieldDescr* field) const {
  std::optional<uint32_t> frame = raw_.frame_of(address, field);
  return frame && frames_kept_.count(*frame);
}

bool Optimizer::in_private_frame(Value address, const FieldDescr* field) const {
  std::optional<uint32_t> frame = raw_.frame_of(address, field);
  return frame && private_frames_.count(*frame);
}

// A store into a private frame stays pending whatever it stores: the frame is the
// activation's own, nothing but the interpreter reads it, so it is written when a guard fails
// (the snapshot lists it) or before a call that may read it. A loop that pops its operand
// slots (null stores) then writes nothing to its frame (carried across the label:
// loop_virtuals.cpp).
bool Optimizer::kept_at_guard(const PendingStore& p) const {
  return p.raw && (virtuals_.is_virtual(virtuals_.resolve(p.value)) ||
                   in_private_frame(p.object, static_cast<const FieldDescr*>(p.descr)));
}

void Optimizer::flush_stores_at_guard() {
  if (pending_.empty()) return;
  emit_pending_if([&](const PendingStore& p) { return !kept_at_guard(p); });
  // Emitting may have forced objects (their stores are pending now), even one of the kept ones
  // (a field of an emitted one's object).
  if (std::any_of(pending_.begin(), pending_.end(),
                  [&](const PendingStore& p) { return !kept_at_guard(p); }))
    flush_stores_at_guard();
}

std::vector<RawStore> Optimizer::pending_raw_virtuals() const {
  std::vector<RawStore> stores;
  for (const PendingStore& p : pending_)
    if (p.raw) stores.push_back({static_cast<const FieldDescr*>(p.descr), p.object, p.value});
  return stores;
}

void Optimizer::before_effect(const Inst& inst) {
  const OpInfo& info = op_info(inst.op);
  if (info.has(opflag::CALL)) {
    const EffectInfo& e = static_cast<const CallDescr*>(inst.descr)->effects;
    // An elidable function's result depends on its operands only: it cannot see the stores;
    // one that touches no raw memory cannot see those to raw memory.
    if (e.kind != EffectInfo::Kind::Elidable) {
      if (!e.raw)
        flush_gc_stores();
      else if (!frames_kept_.empty())
        flush_stores_but_frames();
      else
        flush_stores();
    }
    frames_kept_.clear();
    if (e.kind == EffectInfo::Kind::Normal) {
      bool writes_quasi = e.any_write;
      for (const Descr* d : e.writes)
        writes_quasi |=
            d->kind == Descr::Kind::Field && static_cast<const FieldDescr*>(d)->quasi_immutable;
      // The call may invalidate the trace while it runs: check again before the next use.
      if (writes_quasi) invalidation_checked_ = false;
    }
  } else if (info.has(opflag::GUARD)) {
    flush_stores_at_guard();
  } else if (info.has(opflag::CTRL) || info.has(opflag::OVF)) {
    // Overflow ops too: nothing may come between one and its guard_(no_)overflow.
    flush_stores();
  }
}

// Handles loads, stores, allocations and calls; true if `inst` was dealt with (and mapped).
bool Optimizer::heap_step(size_t i, const Inst& inst, std::span<const Value> args) {
  switch (inst.op) {
    case Op::getfield_gc:
    case Op::getarrayitem_gc:
    case Op::arraylen_gc: {
      if (o_.fold && immutable_constant_load(i, inst, args)) return true;
      Value index = inst.op == Op::getarrayitem_gc ? args[1] : Value();
      uint32_t slot = inst.op == Op::arraylen_gc ? HeapCache::kLength : value_key(index);
      if (auto known = heap_.find(inst.descr, args[0], slot)) {
        map_[i] = *known;
        return true;
      }
      // An immutable field reads what the object was initialized with, which no pending
      // store (a raw one included) writes.
      bool immutable =
          inst.op == Op::getfield_gc && static_cast<const FieldDescr*>(inst.descr)->immutable;
      if (inst.op != Op::arraylen_gc) flush_stores(inst.descr, args[0], index, immutable);
      map_[i] = emit_copy(inst, args);
      heap_.remember(inst.descr, args[0], index, map_[i], slot);
      return true;
    }
    case Op::setfield_gc:
      store(inst.descr, args[0], Value(), args[1]);
      return true;
    case Op::setarrayitem_gc:
      store(inst.descr, args[0], args[1], args[2]);
      return true;
    case Op::new_object:
    case Op::new_array:
      map_[i] = allocate(inst.op, args, inst.descr);
      return true;
    case Op::call:
    case Op::call_assembler: {
      const EffectInfo& e = static_cast<const CallDescr*>(inst.descr)->effects;
      for (Value a : args) heap_.escaped(a);
      heap_.invalidate_call(static_cast<const CallDescr*>(inst.descr));
      // (Elidable calls, which write nothing, were handled before.)
      if (!e.raw) return false;
      // The frames of the activations the trace is in, but those the callee's operands are
      // computed from (its own frame): the callee does not touch them. before_effect() keeps
      // the stores to them pending.
      frames_kept_.clear();
      if (e.private_frames && inst.op == Op::call_assembler) {
        for (uint32_t f : private_frames_)
          if (std::none_of(args.begin(), args.end(),
                           [&](Value a) { return raw_.computed_from(a, f); }))
            frames_kept_.insert(f);
      }
      raw_.keep_only(
          [&](const RawCache::Entry& entry) { return in_kept_frame(entry.address, entry.field); });
      return false;
    }
    case Op::private_frame:
      if (!dropped_frames_.count(value_key(args[0]))) private_frames_.insert(value_key(args[0]));
      map_[i] = emit_copy(inst, args);
      return true;
    case Op::getfield_raw: {
      auto* field = static_cast<const FieldDescr*>(inst.descr);
      if (auto known = raw_.load(args[0], field)) {
        map_[i] = *known;
        // A narrow load forwarded from a store is a fresh int_and/shift of the stored value:
        // its range lets a following mask of the interpreter's own fold away.
        if (o_.bounds && known->is_inst()) {
          const Inst& made = out_.insts[known->index()];
          if (op_info(made.op).has(opflag::PURE)) bounds_.note(*known, made.op, out_.args(made));
        }
        return true;
      }
      flush_raw_stores(args[0], field);
      map_[i] = emit_copy(inst, args);
      raw_.loaded(args[0], field, map_[i]);
      return true;
    }
    case Op::setfield_raw:
      raw_store(inst, args);
      return true;
    default:
      return false;  // raw memory is never a GC object's field
  }
}

}  // namespace weft::jit::opt
