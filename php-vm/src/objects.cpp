// Object operations of the interpreter: clone, instanceof, casts, echo.
#include <charconv>

#include "interp_support.h"
#include "weft/php/ops.h"

namespace weft::php {

bool clone_object(VM& vm, const Value& v0, Value* out) {
  const Value& v = deref(v0);
  if (v.tag != Tag::Obj) return vm.throw_error("Error", "__clone method called on non-object");
  Object* o = v.o;
  if (Function* m = o->cls->find_method("__clone"))
    if (!check_method_visible(vm, m, calling_scope(vm.frame), "")) return false;
  Object* c = vm.new_object(o->cls, o->nslots, o->ext_kind());
  for (uint32_t i = 0; i < o->nslots; ++i) {
    Value x = o->slots()[i];
    mark_copy(deref(x));
    c->slots()[i] = x.tag == Tag::Ref ? x.r->v : x;
  }
  if (o->dyn) c->dyn = o->dyn->copy();
  if (ClosureData* cd = o->closure()) c->set_closure(cd);
  *out = Value::obj(c);
  if (Function* m = o->cls->find_method("__clone")) {
    Value r;
    if (!vm.call_method(c, m, nullptr, 0, &r)) return false;
  }
  return true;
}

bool instanceof_op(VM& vm, Frame* f, const Value& v0, const Value& cls0, Class** named) {
  const Value& v = deref(v0);
  if (v.tag != Tag::Obj) return false;
  if (named && *named) return v.o->cls->is_subclass_of(*named);
  const Value& cls = deref(cls0);
  Class* c;
  if (cls.tag == Tag::Obj) {
    c = cls.o->cls;
  } else if (cls.tag == Tag::Str) {
    std::string_view n = cls.s->view();
    if (n == "self" || n == "static" || n == "parent") {
      c = class_from_operand(vm, f, cls);
      if (!c) return false;
    } else {
      c = vm.find_class(n);
      if (!c) return false;
      if (named) *named = c;  // a declared class stays declared
    }
  } else {
    vm.throw_error("Error", "Class name must be a valid object or a string");
    return false;
  }
  return v.o->cls->is_subclass_of(c);
}

bool is_hidden_prop(const PropInfo& pi) { return pi.name->view().substr(0, 6) == "__weft"; }

bool do_cast(VM& vm, const Value& v0, uint8_t kind, Value* out) {
  const Value& v = deref(v0);
  switch (kind) {
    case CastInt:
      if (v.tag == Tag::Obj) object_to_number_warning(v, "int", true);
      *out = Value::integer(to_int(v));
      return true;
    case CastFloat:
      if (v.tag == Tag::Obj) object_to_number_warning(v, "float", true);
      *out = Value::number(to_double(v));
      return true;
    case CastString: {
      String* s;
      if (!vm.to_string(v, &s)) return false;
      *out = Value::str(s);
      return true;
    }
    case CastBool:
      *out = Value::boolean(to_bool(v));
      return true;
    case CastArray:
      if (v.tag == Tag::Arr) {
        *out = v;
        return true;
      }
      if (v.is_null()) {
        *out = Value::arr(Array::make());
        return true;
      }
      if (v.tag == Tag::Obj) {
        Array* a = Array::make();
        Object* o = v.o;
        for (uint32_t i = 0; i < o->nslots; ++i) {
          Value x = deref(o->slots()[i]);
          const PropInfo& pi = o->cls->props[i];
          if (x.tag == Tag::Undef || is_hidden_prop(pi)) continue;
          std::string key(pi.name->view());
          if (pi.flags & ModPrivate)
            key = std::string(1, '\0') + pi.declared->name + std::string(1, '\0') + key;
          else if (pi.flags & ModProtected)
            key = std::string("\0*\0", 3) + key;
          mark_copy(x);
          a->set(Key::string(new_string(key)), x);
        }
        if (o->dyn) {
          Array* d = o->dyn.get();
          for (uint32_t i = d->first(); i < d->used(); i = d->next(i)) {
            Bucket& b = d->buckets()[i];
            Value x = deref(b.v);
            mark_copy(x);
            a->set(b.array_key(), x);
          }
        }
        *out = Value::arr(a);
        return true;
      }
      {
        Array* a = Array::make();
        a->append(v);
        *out = Value::arr(a);
      }
      return true;
    case CastObject: {
      if (v.tag == Tag::Obj) {
        *out = v;
        return true;
      }
      Object* o = vm.new_object(vm.find_class("stdClass"), 0);
      if (v.tag == Tag::Arr) {
        Array* a = v.a->copy();
        o->dyn = a;
      } else if (!v.is_null()) {
        o->dyn = Array::make();
        o->dyn->set(Key::string(intern("scalar")), v);
      }
      *out = Value::obj(o);
      return true;
    }
    default:
      *out = Value::null();
      return true;
  }
}

bool do_echo(VM& vm, const Value& v0) {
  const Value& v = deref(v0);
  switch (v.tag) {
    case Tag::Str:
      vm.echo(v.s->view());
      return true;
    case Tag::Int: {
      char buf[24];
      auto r = std::to_chars(buf, buf + sizeof buf, v.i);
      vm.echo(std::string_view(buf, size_t(r.ptr - buf)));
      return true;
    }
    default: {
      String* s;
      if (!vm.to_string(v, &s)) return false;
      vm.echo(s->view());
      return true;
    }
  }
}

std::string export_scalar_for_match(const Value& v0) {
  const Value& v = deref(v0);
  switch (v.tag) {
    case Tag::Str: {
      std::string s = "'";
      for (char c : v.s->view()) {
        if (c == '\'' || c == '\\') s += '\\';
        s += c;
      }
      return s + "'";
    }
    case Tag::Int:
      return std::to_string(v.i);
    case Tag::Float: {
      std::string s = format_double_repr(v.d);
      if (s.find_first_of(".EN") == std::string::npos) s += ".0";
      return s;
    }
    case Tag::Bool:
      return v.i ? "true" : "false";
    case Tag::Null:
    case Tag::Undef:
      return "NULL";
    default:
      return std::string("of type ") + zend_type_name(v);
  }
}

}  // namespace weft::php
