#include "typed_props.h"

#include "weft/php/ops.h"
#include "weft/php/vm.h"

namespace weft::php {

namespace {

// "A::$x": php names the declaring class.
std::string prop_name(const PropInfo& pi) {
  return (pi.declared ? pi.declared->name : std::string()) + "::$" + std::string(pi.name->view());
}

std::string given_type(const Value& v) {
  return v.tag == Tag::Obj ? v.o->cls->name : zend_type_name(v);
}

}  // namespace

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
      "Error", "Typed property " + prop_name(pi) + " must not be accessed before initialization");
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
  cur = v;
  return true;
}

}  // namespace weft::php
