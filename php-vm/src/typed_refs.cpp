#include "typed_refs.h"

#include <algorithm>

#include "type_check.h"
#include "typed_props.h"
#include "weft/php/vm.h"

namespace weft::php {

namespace {

using Sources = std::vector<const PropInfo*>;

const Sources& sources_of(const VM& vm, const Ref* r) { return vm.ref_sources[r->v.aux]; }

void set_sources(VM& vm, Ref* r, const Sources& s) {
  if (s.empty()) {
    r->v.aux = 0;
    return;
  }
  auto [it, fresh] = vm.ref_source_ids.try_emplace(s, uint32_t(vm.ref_sources.size()));
  if (fresh) vm.ref_sources.push_back(s);
  r->v.aux = it->second;
}

std::string typed_as(const PropInfo& pi) { return prop_name(pi) + " of type " + pi.type->text; }

bool accepts_as_is(VM& vm, const PropInfo& pi, const Value& v) {
  return type_accepts_fast(*pi.type, v) ||
         type_accepts(vm, *pi.type, v, TypeScope{pi.declared, pi.declared});
}

bool same_value(const Value& a, const Value& b) {
  if (a.tag != b.tag) return false;
  if (a.tag == Tag::Str) return a.s->view() == b.s->view();
  if (a.tag == Tag::Float) return a.d == b.d;
  return a.bits == b.bits;
}

}  // namespace

void add_ref_source(VM& vm, Ref* r, const PropInfo& pi) {
  Sources s = sources_of(vm, r);
  s.push_back(&pi);
  set_sources(vm, r, s);
}

void remove_ref_source(VM& vm, Ref* r, const PropInfo& pi) {
  if (!ref_typed(r)) return;
  Sources s = sources_of(vm, r);
  auto it = std::find(s.begin(), s.end(), &pi);
  if (it == s.end()) return;
  s.erase(it);
  set_sources(vm, r, s);
}

bool check_typed_ref(VM& vm, const Ref* r, Value& v, bool strict) {
  // php's order: every type must take the value; the first conversion is the one kept, and a
  // type that takes the value as it is beside one that converts it is a conflict
  const Sources& s = sources_of(vm, r);
  const PropInfo* first = nullptr;
  bool converted = false;
  Value result = v;
  std::string deprecation;
  for (const PropInfo* pi : s) {
    if (!prop_checked(*pi)) continue;
    if (accepts_as_is(vm, *pi, v)) {
      if (!first) {
        first = pi;
      } else if (converted) {
        return vm.throw_error("TypeError", "Cannot assign " + given_type(v) +
                                               " to reference held by property " +
                                               typed_as(*first) + " and property " + typed_as(*pi) +
                                               ", as this would result in an inconsistent type "
                                               "conversion");
      }
      continue;
    }
    Value x = v;
    std::string dep;
    int c = type_coerce_scalar(vm, pi->type->bits, x, strict, &dep);
    if (c < 0) return false;
    if (!c)
      return vm.throw_error("TypeError", "Cannot assign " + given_type(v) +
                                             " to reference held by property " + typed_as(*pi));
    if (!first) {
      first = pi;
      converted = true;
      result = x;
      deprecation = dep;
    } else if (!converted || !same_value(result, x)) {
      return vm.throw_error("TypeError", "Cannot assign " + given_type(v) +
                                             " to reference held by property " + typed_as(*first) +
                                             " and property " + typed_as(*pi) +
                                             ", as this would result in an inconsistent type "
                                             "conversion");
    }
  }
  if (!deprecation.empty()) {
    vm.deprecated(deprecation);
    if (vm.exception) return false;
  }
  v = result;
  return true;
}

bool assign_typed_ref(VM& vm, Ref* r, const Value& v, bool strict) {
  Value x = v;
  if (!check_typed_ref(vm, r, x, strict)) return false;
  r->v = x;
  return true;
}

bool assign_prop_typed_ref(VM& vm, const PropInfo& pi, Ref* r, const Value& v, bool strict) {
  Value x = v;
  if (prop_checked(pi) && !type_accepts_fast(*pi.type, x) && !check_prop_store(vm, pi, x, strict))
    return false;
  return assign_typed_ref(vm, r, x, strict);
}

bool incdec_typed_ref(VM& vm, Ref* r, const Value& old, const Value& new_value, bool strict) {
  if (old.tag == Tag::Int && new_value.tag == Tag::Float) {
    for (const PropInfo* pi : sources_of(vm, r)) {
      if (!prop_checked(*pi) || (pi->type->bits & TyFloat)) continue;
      bool up = new_value.d > 0;
      return vm.throw_error("TypeError", std::string("Cannot ") + (up ? "increment" : "decrement") +
                                             " a reference held by property " + typed_as(*pi) +
                                             " past its " + (up ? "maximal" : "minimal") +
                                             " value");
    }
  }
  return assign_typed_ref(vm, r, new_value, strict);
}

bool bind_typed_prop(VM& vm, const PropInfo& pi, Value* slot, Ref* r, bool strict) {
  if (prop_checked(pi)) {
    if (ref_typed(r)) {
      if (!accepts_as_is(vm, pi, r->v)) {
        Value x = r->v;
        std::string dep;
        int c = type_coerce_scalar(vm, pi.type->bits, x, strict, &dep);
        if (c < 0) return false;
        if (c)
          return vm.throw_error("TypeError",
                                "Reference with value of type " + given_type(r->v) +
                                    " held by property " + typed_as(*sources_of(vm, r)[0]) +
                                    " is not compatible with property " + typed_as(pi));
        return vm.throw_error("TypeError",
                              "Cannot assign " + given_type(r->v) + " to property " + typed_as(pi));
      }
    } else {
      Value x = r->v;
      if (!type_accepts_fast(*pi.type, x) && !check_prop_store(vm, pi, x, strict)) return false;
      r->v = x;
    }
  }
  if (slot->tag == Tag::Ref) remove_ref_source(vm, slot->r, pi);
  if (prop_checked(pi)) add_ref_source(vm, r, pi);
  *slot = Value::ref(r);
  return true;
}

bool make_typed_prop_ref(VM& vm, const PropInfo& pi, Value* slot) {
  Value& cur = deref(*slot);
  if (cur.tag == Tag::Undef) {
    if (!(pi.type->bits & (TyNull | TyMixed)))
      return vm.throw_error("Error", "Cannot access uninitialized non-nullable property " +
                                         prop_name(pi) + " by reference");
    cur = Value::null();
  }
  if (slot->tag == Tag::Ref) return true;  // bound when it became one
  Ref* r = gc_new<Ref>();
  r->v = *slot;
  *slot = Value::ref(r);
  if (prop_checked(pi)) add_ref_source(vm, r, pi);
  return true;
}

namespace {

bool empty_container(const Value& v) {
  return v.tag == Tag::Undef || v.tag == Tag::Null || (v.tag == Tag::Bool && !v.i);
}

bool takes_array(const PropInfo& pi) {
  return !prop_checked(pi) || (pi.type->bits & (TyArray | TyIterable));
}

}  // namespace

bool check_prop_auto_array(VM& vm, const PropInfo& pi, const Value& slot) {
  if (!empty_container(deref(slot)) || takes_array(pi)) return true;
  return vm.throw_error("TypeError",
                        "Cannot auto-initialize an array inside property " + typed_as(pi));
}

bool check_typed_ref_auto_array(VM& vm, const Ref* r) {
  if (!empty_container(r->v)) return true;
  for (const PropInfo* pi : sources_of(vm, r))
    if (!takes_array(*pi))
      return vm.throw_error(
          "TypeError",
          "Cannot auto-initialize an array inside a reference held by property " + typed_as(*pi));
  return true;
}

}  // namespace weft::php
