// Argument helpers shared by the array built-ins (builtins_array*.cpp).
#pragma once

#include <string>

#include "builtins.h"
#include "interp_support.h"

namespace weft::php {

// php's TypeError for argument i (0-based) `$array` of `fn` holding `v`.
inline bool array_type_error(VM& vm, const char* fn, uint32_t i, const Value& v) {
  return vm.throw_error("TypeError", std::string(fn) + "(): Argument #" + std::to_string(i + 1) +
                                         " ($array) must be of type array, " + zend_type_name(v) +
                                         " given");
}

inline bool want_array(VM& vm, const char* fn, Value* args, uint32_t argc, uint32_t i,
                       Array** out) {
  const Value& v = arg_at(args, argc, i);
  if (v.tag == Tag::Arr) {
    *out = v.a;
    return true;
  }
  return array_type_error(vm, fn, i, v);
}
#define ARR_ARG(name, fn, i) \
  Array* name;               \
  if (!want_array(vm, fn, args, argc, i, &name)) return false;

// The array behind a by-reference argument, separated for writing.
inline bool ref_array(VM& vm, const char* fn, Value* args, uint32_t argc, uint32_t i, Array** out) {
  if (i >= argc || args[i].tag != Tag::Ref) return want_array(vm, fn, args, argc, i, out);
  Value& v = args[i].r->v;
  if (v.tag != Tag::Arr) return array_type_error(vm, fn, i, v);
  if (is_shared(v.a)) v = Value::arr(v.a->copy());
  *out = v.a;
  return true;
}
#define REF_ARR(name, fn, i) \
  Array* name;               \
  if (!ref_array(vm, fn, args, argc, i, &name)) return false;

#define FOR_EACH(a, i) for (uint32_t i = (a)->first(); i < (a)->used(); i = (a)->next(i))

}  // namespace weft::php
