#include "typed_props.h"

#include "typed_refs.h"
#include "weft/php/ops.h"
#include "weft/php/vm.h"

namespace weft::php {

std::string prop_name(const PropInfo& pi) {
  return (pi.declared ? pi.declared->name : std::string()) + "::$" + std::string(pi.name->view());
}

std::string given_type(const Value& v) {
  return v.tag == Tag::Obj ? v.o->cls->name : zend_type_name(v);
}

bool check_prop_store(VM& vm, const PropInfo& pi, Value& v, bool strict) {
  const TypeSpec& t = *pi.type;
  if (type_accepts_fast(t, v) || type_accepts(vm, t, v, TypeScope{pi.declared, pi.declared}))
    return true;
  Value x = v;
  std::string deprecation;
  int converted = type_coerce_scalar(vm, t.bits, x, strict, &deprecation);
  if (converted < 0) return false;
  if (!converted)
    return vm.throw_error("TypeError", "Cannot assign " + given_type(v) + " to property " +
                                           prop_name(pi) + " of type " + t.text);
  if (!deprecation.empty()) {
    vm.deprecated(deprecation);
    if (vm.exception) return false;  // an error handler threw
  }
  v = x;
  return true;
}

bool throw_uninitialized_prop(VM& vm, const PropInfo& pi) {
  return vm.throw_error(
      "Error", std::string((pi.flags & ModStatic) ? "Typed static property " : "Typed property ") +
                   prop_name(pi) + " must not be accessed before initialization");
}

uint32_t prop_cache_word(const PropInfo& pi, uint32_t slot) {
  uint32_t word = slot | ((pi.flags & ModReadonly) ? kReadonlySlot : 0);
  if (!prop_checked(pi)) return word;
  uint32_t b = pi.type->bits, tags = 0;
  auto pass = [&](Tag tag, bool ok) {
    if (ok) tags |= 1u << uint8_t(tag);
  };
  pass(Tag::Null, b & TyNull);
  pass(Tag::Bool, (b & TyBool) == TyBool);
  pass(Tag::Int, b & TyInt);
  pass(Tag::Float, b & TyFloat);
  pass(Tag::Str, b & TyString);
  pass(Tag::Arr, b & (TyArray | TyIterable));
  pass(Tag::Obj, b & TyObject);
  static_assert(uint8_t(Tag::Obj) + kPassTagShift < 30, "pass tags overlap the flag bits");
  return word | kTypedSlot | (tags << kPassTagShift);
}

__attribute__((noinline)) int store_typed_cached(VM& vm, Frame* f, Object* o, uint32_t word,
                                                 const Value& v) {
  if (!(word & kTypedSlot) || vm.watch_drops) return 0;
  Value& slot = o->slots()[word & kSlotIndexMask];
  if ((word & kReadonlySlot) && slot.tag != Tag::Undef) return 0;
  const PropInfo& pi = o->cls->props[word & kSlotIndexMask];
  if (slot.tag == Tag::Ref && ref_typed(slot.r))
    return assign_prop_typed_ref(vm, pi, slot.r, v, f->code->strict_types) ? 1 : -1;
  if (type_accepts_fast(*pi.type, v)) [[likely]] {
    deref(slot) = v;
    return 1;
  }
  Value checked = v;
  if (!check_prop_store(vm, pi, checked, f->code->strict_types)) return -1;
  deref(slot) = checked;
  return 1;
}

bool begin_typed_rmw(VM& vm, const PropInfo& pi, Value* slot) {
  if (slot->tag == Tag::Undef) return throw_uninitialized_prop(vm, pi);
  begin_typed_rmw_inline(vm, pi, slot);
  return true;
}

bool finish_typed_rmw(VM& vm, bool incdec, bool strict) {
  const PropInfo& pi = *vm.magic_prop;
  vm.magic_prop = nullptr;
  vm.magic_slot = nullptr;
  Value v = vm.typed_rmw_copy;
  vm.typed_rmw_copy = Value::null();
  Value& cur = deref(*vm.typed_rmw_slot);
  if (incdec && cur.tag == Tag::Int && v.tag == Tag::Float && !(pi.type->bits & TyFloat)) {
    bool up = v.d > 0;
    return vm.throw_error("TypeError", std::string("Cannot ") + (up ? "increment" : "decrement") +
                                           " property " + prop_name(pi) + " of type " +
                                           pi.type->text + " past its " +
                                           (up ? "maximal" : "minimal") + " value");
  }
  if (!type_accepts_fast(*pi.type, v) && !check_prop_store(vm, pi, v, strict)) return false;
  if (vm.typed_rmw_slot->tag == Tag::Ref && ref_typed(vm.typed_rmw_slot->r))
    return assign_typed_ref(vm, vm.typed_rmw_slot->r, v, strict);
  cur = v;
  return true;
}

}  // namespace weft::php
