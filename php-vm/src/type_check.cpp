// php's checks of declared types: zend_check_type's order (exact types, callable, iterable,
// static, then the scalar conversions of coercive mode).
#include "type_check.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "weft/php/ops.h"
#include "weft/php/string.h"
#include "weft/php/vm.h"

namespace weft::php {

namespace {

bool fits_int(double d) {
  return std::isfinite(d) && d >= -9223372036854775808.0 && d < 9223372036854775808.0;
}

bool instance_of_all(VM& vm, Class* cls, const std::vector<std::string>& names) {
  for (const std::string& n : names) {
    if (cls->name == n) continue;
    Class* c = vm.find_class(n);
    if (!c || !cls->is_subclass_of(c)) return false;
  }
  return true;
}

bool object_accepted(VM& vm, const TypeSpec& t, Object* o, const TypeScope& scope) {
  Class* cls = o->cls;
  if (cls == t.accepted) return true;
  for (Class*& before : t.accepted_before) {
    if (before == cls) {
      std::swap(before, t.accepted);
      return true;
    }
  }
  bool ok = false;
  if (t.bits & (TyObject | TyMixed)) return true;
  if ((t.bits & TyIterable) && (o->gen() || cls->is_subclass_of(vm.find_class("Traversable"))))
    return true;
  // a trait's self is the class using it: not checked (as a trait's parameters)
  if ((t.bits & TySelf) && scope.self &&
      ((scope.self->flags & ClsTrait) || cls->is_subclass_of(scope.self)))
    return true;
  if ((t.bits & TyParent) && scope.self && scope.self->parent &&
      cls->is_subclass_of(scope.self->parent))
    return true;
  if ((t.bits & TyStatic) && scope.called && cls->is_subclass_of(scope.called)) return true;
  for (const auto& alt : t.classes) ok = ok || instance_of_all(vm, cls, alt);
  if (ok) {  // a class that satisfies it always will
    std::copy_backward(t.accepted_before, t.accepted_before + 2, t.accepted_before + 3);
    t.accepted_before[0] = t.accepted;
    t.accepted = cls;
  }
  if (!ok && (t.bits & TyCallable)) {
    Function* fn;
    Object *th, *cl;
    Class* called;
    ok = vm.resolve_callable(Value::obj(o), &fn, &th, &called, &cl);
  }
  return ok;
}

// zend_parse_arg_long_weak: numbers, numeric strings and bools; fractions are cut with a
// deprecation.
bool weak_int(Value& x, std::string* deprecation) {
  switch (x.tag) {
    case Tag::Float:
      if (!fits_int(x.d)) return false;
      if (x.d != std::trunc(x.d))
        *deprecation =
            "Implicit conversion from float " + format_double_repr(x.d) + " to int loses precision";
      x = Value::integer(int64_t(x.d));
      return true;
    case Tag::Bool:
      x = Value::integer(x.i);
      return true;
    case Tag::Str: {
      NumParse n = parse_numeric(x.s->view(), false);
      if (n.kind == NumKind::Int) {
        x = Value::integer(n.i);
        return true;
      }
      if (n.kind != NumKind::Float || !fits_int(n.d) || n.trailing) return false;
      if (n.d != std::trunc(n.d))
        *deprecation = "Implicit conversion from float-string \"" + std::string(x.s->view()) +
                       "\" to int loses precision";
      x = Value::integer(int64_t(n.d));
      return true;
    }
    default:
      return false;
  }
}

bool weak_float(Value& x) {
  if (x.tag == Tag::Int || x.tag == Tag::Bool) {
    x = Value::number(double(x.i));
    return true;
  }
  if (x.tag != Tag::Str) return false;
  NumParse n = parse_numeric(x.s->view(), false);
  if (n.kind == NumKind::None) return false;
  x = Value::number(n.kind == NumKind::Int ? double(n.i) : n.d);
  return true;
}

}  // namespace

bool type_accepts(VM& vm, const TypeSpec& t, const Value& x, const TypeScope& scope) {
  uint32_t b = t.bits;
  if (b & TyMixed) return true;
  switch (x.tag) {
    case Tag::Null:
      return b & TyNull;
    case Tag::Bool:
      return b & (x.i ? TyTrue : TyFalse);
    case Tag::Int:
      return b & TyInt;
    case Tag::Float:
      return b & TyFloat;
    case Tag::Str:
      if (b & TyString) return true;
      break;
    case Tag::Arr:
      if (b & (TyArray | TyIterable)) return true;
      break;
    case Tag::Obj:
      return object_accepted(vm, t, x.o, scope);
    default:
      return false;
  }
  if (!(b & TyCallable)) return false;
  Function* fn;
  Object *th, *cl;
  Class* called;
  return vm.resolve_callable(x, &fn, &th, &called, &cl);
}

std::string type_message(const TypeSpec& t, const TypeScope& scope) {
  if (!(t.bits & (TySelf | TyParent | TyStatic))) return t.text;
  std::string out;
  std::string_view rest = t.text;
  for (;;) {
    size_t bar = rest.find('|');
    std::string_view part = rest.substr(0, bar);
    if (!part.empty() && part[0] == '?') {
      out += '?';
      part.remove_prefix(1);
    }
    Class* c = part == "self"     ? scope.self
               : part == "parent" ? (scope.self ? scope.self->parent : nullptr)
               : part == "static" ? scope.called
                                  : nullptr;
    out += c ? std::string_view(c->name) : part;
    if (bar == std::string_view::npos) return out;
    out += '|';
    rest.remove_prefix(bar + 1);
  }
}

int type_coerce_scalar(VM& vm, uint32_t bits, Value& x, bool strict, std::string* deprecation) {
  if (strict) {
    if (!(bits & TyFloat) || x.tag != Tag::Int) return 0;
    x = Value::number(double(x.i));
    return 1;
  }
  if (x.tag == Tag::Null || x.tag == Tag::Arr) return 0;
  if (x.tag == Tag::Obj && !((bits & TyString) && x.o->cls->m_tostring)) return 0;
  if (bits & TyInt) {
    if ((bits & TyFloat) && x.tag == Tag::Str) {
      // int|float takes a numeric string as the number it spells
      NumParse n = parse_numeric(x.s->view(), false);
      if (n.kind == NumKind::Int) {
        x = Value::integer(n.i);
        return 1;
      }
      if (n.kind == NumKind::Float) {
        x = Value::number(n.d);
        return 1;
      }
    } else {
      Value y = x;
      if (weak_int(y, deprecation)) {
        x = y;
        return 1;
      }
    }
  }
  if ((bits & TyFloat) && weak_float(x)) return 1;
  if (bits & TyString) {
    if (x.tag == Tag::Int || x.tag == Tag::Float || x.tag == Tag::Bool) {
      x = Value::str(to_str(x));
      return 1;
    }
    if (x.tag == Tag::Obj) {
      String* s;
      if (!vm.to_string(x, &s)) return -1;
      x = Value::str(s);
      return 1;
    }
  }
  if ((bits & TyBool) == TyBool && x.tag != Tag::Obj) {
    x = Value::boolean(to_bool(x));
    return 1;
  }
  return 0;
}

}  // namespace weft::php
