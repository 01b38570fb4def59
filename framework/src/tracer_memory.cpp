// Loads, stores and allocation: done for real on the concrete objects (with the collector's
// write barrier and allocator) and recorded; and whether an allocation of the trace is still
// unescaped (isvirtual).
#include "native_access.h"
#include "tracer_state.h"
#include "weft/gc/field.h"
#include "weft/gc/heap.h"

namespace weft::jit::tracing {

// Loads, stores and allocation; false if recording stopped.
bool Tracer::memory(TraceFrame& f, JitCodeReader& r, JitOp op, size_t at) {
  const char* args = jit_op_info(op).args;
  switch (op) {
    case JitOp::getfield_gc_i:
    case JitOp::getfield_gc_r:
    case JitOp::getfield_gc_f:
    case JitOp::getfield_raw_i:
    case JitOp::getfield_raw_f:
    case JitOp::getfield_raw_r: {
      int object_bank = bank_of(args[0]);
      uint16_t object_reg = r.u16();
      uint64_t object = concrete(f, object_bank, object_reg);
      bool const_object = known_constant(f, object_bank, object_reg);
      auto* field = static_cast<const FieldDescr*>(f.code.descrs[r.u16()]);
      if (!object) return fail(f, "load through a null pointer");
      uint64_t value = native_load(object + field->offset, field->size, field->is_signed);
      int bank = bank_of(args[3]);
      bool raw =
          op == JitOp::getfield_raw_i || op == JitOp::getfield_raw_f || op == JitOp::getfield_raw_r;
      Value v;  // a constant (TraceFrame::vals) if the object is and the field cannot change
      if (!const_object || (!field->immutable && !field->quasi_immutable))
        v = t_.emit(raw ? Op::getfield_raw : Op::getfield_gc, {traced(f, object_bank, object_reg)},
                    field);
      if (const_object && field->quasi_immutable) {
        // A constant for as long as nobody writes the field: the guard fails (re-executing
        // this load in the blackhole) once the runtime has invalidated the trace.
        guard(Op::guard_not_invalidated, {}, at);
        // QuasiImmutable::watch() (hints.h layout contract): from now on a write calls the
        // runtime, which invalidates the trace (or refuses to compile it if still recording).
        native_store(object + field->offset + field->size, 1, 1);
        result_.quasi_immutable.push_back({object + field->offset, field});
      }
      assign(f, bank, r.u16(), value, v);
      return true;
    }
    case JitOp::setfield_gc_i:
    case JitOp::setfield_gc_r:
    case JitOp::setfield_gc_f:
    case JitOp::setfield_raw_i:
    case JitOp::setfield_raw_f:
    case JitOp::setfield_raw_r: {
      uint64_t object, value;
      Value vo, vv;
      read(f, r, bank_of(args[0]), object, vo);
      read(f, r, bank_of(args[1]), value, vv);
      auto* field = static_cast<const FieldDescr*>(f.code.descrs[r.u16()]);
      if (!object) return fail(f, "store through a null pointer");
      native_store(object + field->offset, field->size, value);
      bool raw =
          op == JitOp::setfield_raw_i || op == JitOp::setfield_raw_f || op == JitOp::setfield_raw_r;
      if (op == JitOp::setfield_gc_r)
        gc::write_barrier(reinterpret_cast<const void*>(object + field->offset));
      t_.emit(raw ? Op::setfield_raw : Op::setfield_gc, {vo, vv}, field);
      return true;
    }
    case JitOp::getarrayitem_gc_i:
    case JitOp::getarrayitem_gc_r:
    case JitOp::getarrayitem_gc_f: {
      uint64_t array, index;
      Value va, vi;
      read(f, r, kRefBank, array, va);
      read(f, r, kIntBank, index, vi);
      auto* d = static_cast<const ArrayDescr*>(f.code.descrs[r.u16()]);
      if (!array) return fail(f, "load through a null pointer");
      uint64_t value =
          native_load(array + d->items_offset + index * d->item_size, d->item_size, d->is_signed);
      assign(f, bank_of(args[4]), r.u16(), value, t_.emit(Op::getarrayitem_gc, {va, vi}, d));
      return true;
    }
    case JitOp::setarrayitem_gc_i:
    case JitOp::setarrayitem_gc_r:
    case JitOp::setarrayitem_gc_f: {
      uint64_t array, index, value;
      Value va, vi, vv;
      read(f, r, kRefBank, array, va);
      read(f, r, kIntBank, index, vi);
      read(f, r, bank_of(args[2]), value, vv);
      auto* d = static_cast<const ArrayDescr*>(f.code.descrs[r.u16()]);
      if (!array) return fail(f, "store through a null pointer");
      uintptr_t slot = array + d->items_offset + index * d->item_size;
      native_store(slot, d->item_size, value);
      if (op == JitOp::setarrayitem_gc_r) gc::write_barrier(reinterpret_cast<const void*>(slot));
      t_.emit(Op::setarrayitem_gc, {va, vi, vv}, d);
      return true;
    }
    case JitOp::arraylen_gc: {
      uint64_t array;
      Value va;
      read(f, r, kRefBank, array, va);
      auto* d = static_cast<const ArrayDescr*>(f.code.descrs[r.u16()]);
      if (!array) return fail(f, "load through a null pointer");
      uint64_t value = native_load(array + d->length_offset, 8, true);
      assign(f, kIntBank, r.u16(), value, t_.emit(Op::arraylen_gc, {va}, d));
      return true;
    }
    case JitOp::new_: {
      auto* d = static_cast<const SizeDescr*>(f.code.descrs[r.u16()]);
      gc::Heap* heap = gc::Heap::current();
      void* p = heap ? heap->allocate(d->type_id, d->size) : nullptr;
      if (!p) return fail(f, "out of memory");
      assign(f, kRefBank, r.u16(), reinterpret_cast<uintptr_t>(p), t_.emit(Op::new_object, {}, d));
      return true;
    }
    case JitOp::new_array: {
      uint64_t length;
      Value vl;
      read(f, r, kIntBank, length, vl);
      auto* d = static_cast<const ArrayDescr*>(f.code.descrs[r.u16()]);
      gc::Heap* heap = gc::Heap::current();
      if (int64_t(length) < 0 || length > (uint64_t(1) << 40) / d->item_size || !heap)
        return fail(f, "out of memory");
      void* p = heap->allocate(d->type_id, d->items_offset + size_t(length) * d->item_size);
      if (!p) return fail(f, "out of memory");
      native_store(reinterpret_cast<uintptr_t>(p) + d->length_offset, 8, length);
      assign(f, kRefBank, r.u16(), reinterpret_cast<uintptr_t>(p), t_.emit(Op::new_array, {vl}, d));
      return true;
    }
    default:
      end(Recording::Status::Aborted, std::string("cannot trace ") + jit_op_info(op).name);
      return false;
  }
}

// Whether `v` is an object allocated in this trace and so far used only through its fields
// and items, compared, or guarded (isvirtual: the optimizer will then keep it virtual unless
// later code makes it escape). Stored anywhere, passed to a call or a jump: escaped.
bool Tracer::unescaped_allocation(Value v) const {
  if (!v.is_inst()) return false;
  Op made = t_.insts[v.index()].op;
  if (made != Op::new_object && made != Op::new_array) return false;
  for (size_t k = v.index() + 1; k < t_.insts.size(); ++k) {
    const Inst& inst = t_.insts[k];
    std::span<const Value> args = t_.args(inst);
    for (size_t j = 0; j < args.size(); ++j) {
      if (args[j] != v) continue;
      bool through_fields =
          j == 0 && (inst.op == Op::getfield_gc || inst.op == Op::setfield_gc ||
                     inst.op == Op::getarrayitem_gc || inst.op == Op::setarrayitem_gc ||
                     inst.op == Op::arraylen_gc);
      bool inspected =
          inst.op == Op::ptr_eq || inst.op == Op::ptr_ne || op_info(inst.op).has(opflag::GUARD);
      if (!through_fields && !inspected) return false;
    }
  }
  return true;
}

}  // namespace weft::jit::tracing
