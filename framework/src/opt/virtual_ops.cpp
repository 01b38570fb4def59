// Allocation removal in the driver: operations on virtual objects (virtuals.h) are forwarded
// without emitting anything, and a virtual object that escapes is materialized.
#include "optimizer_impl.h"

namespace weft::jit::opt {

// Operations on virtual objects: true if `inst` was dealt with (and mapped) without needing
// the object to be real.
bool Optimizer::virtual_step(size_t i, const Inst& inst, std::span<const Value> args) {
  auto is_virtual = [&](size_t k) { return k < args.size() && virtuals_.is_virtual(args[k]); };
  switch (inst.op) {
    case Op::new_object:
      map_[i] = virtuals_.new_object(static_cast<const SizeDescr*>(inst.descr));
      return true;
    case Op::new_array: {
      if (!args[0].is_const()) return false;
      int64_t length = out_.constant(args[0]).as_int();
      if (length < 0 || length > Virtuals::kMaxArrayLength) return false;
      map_[i] = virtuals_.new_array(static_cast<const ArrayDescr*>(inst.descr), length);
      return true;
    }
    case Op::getfield_gc:
      if (!is_virtual(0)) return false;
      map_[i] = virtuals_.get_field(args[0], static_cast<const FieldDescr*>(inst.descr));
      return true;
    case Op::setfield_gc:
      if (!is_virtual(0)) return false;
      virtuals_.set_field(args[0], static_cast<const FieldDescr*>(inst.descr), args[1]);
      return true;
    case Op::getarrayitem_gc:
      if (!is_virtual(0)) return false;
      if (auto item = virtuals_.get_item(args[0], args[1])) {
        map_[i] = *item;
        return true;
      }
      return false;
    case Op::setarrayitem_gc:
      return is_virtual(0) && virtuals_.set_item(args[0], args[1], args[2]);
    case Op::arraylen_gc:
      if (!is_virtual(0)) return false;
      map_[i] = out_.const_int(virtuals_.length(args[0]));
      return true;
    case Op::same_as:
      if (!is_virtual(0)) return false;
      map_[i] = args[0];
      return true;
    case Op::ptr_eq:
    case Op::ptr_ne:
      // A virtual object is a new object nobody else can hold yet: it equals only itself.
      if (!is_virtual(0) && !is_virtual(1)) return false;
      map_[i] = out_.const_int((args[0] == args[1]) == (inst.op == Op::ptr_eq) ? 1 : 0);
      return true;
    case Op::setfield_raw:
      // A virtual object stored to raw memory (an interpreter's frame) stays virtual while the
      // store is pending: made real only if the store is emitted; described in the snapshots
      // of the guards it stays pending across; dropped if overwritten first.
      if (!is_virtual(1) || !o_.heap || !o_.lazy_stores || virtuals_.is_virtual(args[0]))
        return false;
      clean_snapshot_ = -1;
      raw_store(inst, args);
      return true;
    case Op::guard_nonnull:
      return is_virtual(0);
    case Op::guard_class:
      // One that would fail is emitted (on the materialized object).
      return is_virtual(0) && args[1].is_const() &&
             out_.constant(args[1]).bits == virtuals_.type_id(args[0]);
    default:
      return false;
  }
}

// `v`, or the real allocation of virtual object `v`, emitted now with its non-zero fields
// (and the virtual objects they hold, recursively).
Value Optimizer::force(Value v) {
  v = virtuals_.resolve(v);
  if (!virtuals_.is_virtual(v)) return v;
  Virtuals::Object object = virtuals_.object(v);  // a copy: forcing fields may add objects
  Value real;
  if (object.descr->kind == Descr::Kind::Size) {
    real = allocate(Op::new_object, {}, object.descr);
  } else {
    Value length = out_.const_int(int64_t(object.items.size()));
    real = allocate(Op::new_array, {&length, 1}, object.descr);
  }
  virtuals_.set_materialized(v, real);  // first: a field may refer back to the object
  // Stores into the new object: no raw pointer points into it yet (fresh).
  for (const auto& [field, value] : object.fields) {
    Value forced = force(value);
    if (!is_zero(forced)) store(field, real, Value(), forced, true);
  }
  for (size_t k = 0; k < object.items.size(); ++k) {
    if (!object.items[k]) continue;
    Value forced = force(object.items[k]);
    if (!is_zero(forced)) store(object.descr, real, out_.const_int(int64_t(k)), forced, true);
  }
  return real;
}

}  // namespace weft::jit::opt
