// repr() and str() of every built-in type, with the recursion guard of containers (`[...]`)
// and the default `<X object at 0x...>` form (its address pins the object).
#include <cinttypes>
#include <cstdio>
#include <string>
#include <vector>

#include "objects/instance.h"
#include "objects/slots.h"
#include "objects/value_attrs.h"
#include "vm/code.h"
#include "vm/runtime.h"

namespace weft::python {

Value super_repr(Super* s);  // super.cpp

bool int_str_too_long(Value v);  // int.cpp: ValueError past sys.set_int_max_str_digits
bool check_native_stack_ok();

namespace {

std::vector<Object*> g_repr_stack;

std::string addr(Value v) {
  if (v.is_ptr()) gc::Heap::pin(v.obj());  // the address printed must stay the object's
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%" PRIxPTR, static_cast<uintptr_t>(v.raw));
  return buf;
}

Value checked_str_result(Value r, const char* what) {
  if (!r) return r;
  if (!r.is_ptr() || r.obj()->type != rt.str_type)
    return raise_fmt(rt.TypeError, "%s returned non-string (type %s)", what, type_name(r));
  return r;
}

Value seq_repr(Value v, const char* open, const char* close, Value* items, int64_t n,
               bool one_comma) {
  for (Object* o : g_repr_stack)
    if (o == v.obj()) return new_str(std::string(open) + "..." + close);
  gc::Heap::pin(v.obj());  // g_repr_stack is not traced
  g_repr_stack.push_back(v.obj());
  std::string r = open;
  for (int64_t i = 0; i < n; i++) {
    if (i) r += ", ";
    Value s = repr(items[i]);
    if (!s) {
      g_repr_stack.pop_back();
      return s;
    }
    r += s.as<Str>()->view();
  }
  if (one_comma && n == 1) r += ",";
  r += close;
  g_repr_stack.pop_back();
  return new_str(r);
}

Value dict_repr(Dict* d) {
  for (Object* o : g_repr_stack)
    if (o == d) return new_str("{...}");
  g_repr_stack.push_back(d);
  std::string r = "{";
  int64_t pos = 0;
  Value k, v;
  bool first = true;
  while (dict_next(d, &pos, &k, &v)) {
    if (!first) r += ", ";
    first = false;
    Value ks = repr(k);
    if (!ks) {
      g_repr_stack.pop_back();
      return ks;
    }
    r += ks.as<Str>()->view();
    r += ": ";
    Value vs = repr(v);
    if (!vs) {
      g_repr_stack.pop_back();
      return vs;
    }
    r += vs.as<Str>()->view();
  }
  r += "}";
  g_repr_stack.pop_back();
  return new_str(r);
}

Value set_repr(Set* s) {
  bool frozen = s->type == rt.frozenset_type;
  if (!s->type->builtin) {
    // subclasses show their name: Tags({1, 2})
    if (s->used == 0) return new_str(std::string(s->type->name->view()) + "()");
    Set* plain = alloc<Set>(rt.set_type);
    if (!plain) return Value();
    set_assign(plain, s);
    Value inner = set_repr(plain);
    if (!inner) return inner;
    return new_str(std::string(s->type->name->view()) + "(" + std::string(inner.as<Str>()->view()) +
                   ")");
  }
  if (s->used == 0) return new_str(frozen ? "frozenset()" : "set()");
  for (Object* o : g_repr_stack)
    if (o == s) return new_str("{...}");
  g_repr_stack.push_back(s);
  std::string r = frozen ? "frozenset({" : "{";
  int64_t pos = 0;
  Value k;
  bool first = true;
  while (set_next(s, &pos, &k)) {
    if (!first) r += ", ";
    first = false;
    Value ks = repr(k);
    if (!ks) {
      g_repr_stack.pop_back();
      return ks;
    }
    r += ks.as<Str>()->view();
  }
  r += frozen ? "})" : "}";
  g_repr_stack.pop_back();
  return new_str(r);
}

}  // namespace

Value object_repr_default(Value v) {
  Type* t = type_of(v);
  if (is_member(v)) return member_repr(v);
  if (is_getset(v)) return getset_repr(v);
  if (t->layout == Layout::Instance) {
    // built-in types made of instances (io's file objects) may define their own __repr__,
    // which their subclasses inherit
    Value m = t->builtin ? dict_get_str(t->dict, rt.s___repr__) : lookup(t, rt.s___repr__);
    if (m && is_native_fn(m) && m.as<Builtin>()->owner != rt.object_type)
      return checked_str_result(call1(m, v), "__repr__");
  }
  std::string mod;
  if (!t->builtin) {
    Value m = dict_get_str(t->dict, rt.s___module__);
    if (m && m.is_ptr() && m.obj()->type == rt.str_type)
      mod = std::string(m.as<Str>()->view()) + ".";
  }
  return new_str("<" + mod + qualname(t) + " object at " + addr(v) + ">");
}

Value builtin_repr(Value v);

Value repr(Value v) {
  if (v.is_small()) return new_str(std::to_string(v.small_val()));
  Type* t = v.obj()->type;
  if (!t->builtin) {
    Value m = lookup(t, rt.s___repr__);
    if (user_defined(m)) {
      if (!check_native_stack_ok()) return Value();
      return checked_str_result(call1(m, v), "__repr__");
    }
  }
  return builtin_repr(v);
}

// repr() by layout, ignoring a user class's __repr__ (dict.__repr__(self) and friends).
Value builtin_repr(Value v) {
  if (v.is_small()) return new_str(std::to_string(v.small_val()));
  Type* t = v.obj()->type;
  switch (t->layout) {
    case Layout::None:
      return new_str("None");
    case Layout::NotImplemented:
      return new_str("NotImplemented");
    case Layout::Ellipsis:
      return new_str("Ellipsis");
    case Layout::Bool:
      return new_str(v == Value(rt.True) ? "True" : "False");
    case Layout::Int:
      if (int_str_too_long(v)) return Value();
      return new_str(int_to_string(v));
    case Layout::Float:
      return new_str(float_repr(float_val(v)));
    case Layout::Str:
      return str_repr(v.as<Str>());
    case Layout::Bytes:
      return bytes_repr(v.as<Str>());
    case Layout::Tuple:
      return seq_repr(v, "(", ")", reinterpret_cast<Value*>(v.as<Tuple>()->items()),
                      v.as<Tuple>()->size, true);
    case Layout::List: {
      List* l = v.as<List>();
      return seq_repr(v, "[", "]", l->store ? reinterpret_cast<Value*>(l->store->items()) : nullptr,
                      l->size, false);
    }
    case Layout::Dict:
      return dict_repr(v.as<Dict>());
    case Layout::Set:
    case Layout::FrozenSet:
      return set_repr(v.as<Set>());
    case Layout::Range:
      return range_repr(v.as<Range>());
    case Layout::Slice: {
      Slice* s = v.as<Slice>();
      std::string r = "slice(";
      Value parts[3] = {s->start, s->stop, s->step};
      for (int i = 0; i < 3; i++) {
        if (i) r += ", ";
        Value p = repr(parts[i]);
        if (!p) return p;
        r += p.as<Str>()->view();
      }
      return new_str(r + ")");
    }
    case Layout::Function:
      return new_str("<function " + std::string(v.as<Function>()->qualname->view()) + " at " +
                     addr(v) + ">");
    case Layout::Builtin: {
      Builtin* b = v.as<Builtin>();
      std::string name(b->name->view());
      if (b->owner && !b->self) {
        const char* kind = t == rt.wrapper_descriptor_type ? "<slot wrapper '" : "<method '";
        return new_str(kind + name + "' of '" + std::string(b->owner->name->view()) + "' objects>");
      }
      if (t == rt.method_wrapper_type)
        return new_str("<method-wrapper '" + name + "' of " + type_name(b->self) + " object at " +
                       addr(b->self) + ">");
      if (b->self && !(b->self.v.is_ptr() && b->self.v.obj()->type == rt.module_type))
        return new_str("<built-in method " + std::string(b->name->view()) + " of " +
                       type_name(b->self) + " object at " + addr(b->self) + ">");
      return new_str("<built-in function " + std::string(b->name->view()) + ">");
    }
    case Layout::StaticMethod:
    case Layout::ClassMethod: {  // <classmethod(<function C.m at ...>)>
      Value inner = repr(v.as<Wrapper>()->a);
      if (!inner) return inner;
      return new_str("<" + std::string(t->name->view()) + "(" +
                     std::string(inner.as<Str>()->view()) + ")>");
    }
    case Layout::Method: {
      Method* m = v.as<Method>();
      Value fr = m->func;
      if (is_native_fn(fr))  // a built-in class method bound to its class (dict.fromkeys)
        return new_str("<built-in method " + std::string(fr.as<Builtin>()->name->view()) + " of " +
                       type_name(m->self) + " object at " + addr(m->self) + ">");
      std::string fname = fr.obj()->type == rt.function_type
                              ? std::string(fr.as<Function>()->qualname->view())
                              : "?";
      Value sr = repr(m->self);
      if (!sr) return sr;
      return new_str("<bound method " + fname + " of " + std::string(sr.as<Str>()->view()) + ">");
    }
    case Layout::Type:
      return type_repr(v.as<Type>());
    case Layout::Module: {
      // from its file; a types.ModuleType(...) has __loader__ None; native and lib modules
      // (compiled into weft) are built-in
      PyModule* m = v.as<PyModule>();
      std::string head = "<module '" + std::string(m->name->view()) + "'";
      Value file = m->dict ? dict_get_str(m->dict, intern("__file__")) : Value();
      if (file && file.is_ptr() && file.obj()->type == rt.str_type &&
          !file.as<Str>()->view().starts_with("<weft>"))
        return new_str(head + " from '" + std::string(file.as<Str>()->view()) + "'>");
      if (m->dict && dict_get_str(m->dict, intern("__loader__"))) return new_str(head + ">");
      return new_str(head + " (built-in)>");
    }
    case Layout::Exception: {
      Exception* e = v.as<Exception>();
      std::string r = qualname(t);
      Value a = exception_args(e);
      if (!a) return a;
      if (a.as<Tuple>()->size == 1) {
        Value s = repr(a.as<Tuple>()->at(0));
        if (!s) return s;
        return new_str(r + "(" + std::string(s.as<Str>()->view()) + ")");
      }
      Value s = repr(a);
      if (!s) return s;
      return new_str(r + std::string(s.as<Str>()->view()));
    }
    case Layout::Super:
      return super_repr(v.as<Super>());
    case Layout::Generator: {
      Generator* g = v.as<Generator>();
      return new_str("<" + std::string(t->name->view()) + " object " +
                     std::string(g->qualname->view()) + " at " + addr(v) + ">");
    }
    case Layout::Cell:
      return new_str("<cell at " + addr(v) + ">");
    case Layout::Code: {
      Code* c = v.as<Code>();
      std::string name = c->name ? std::string(c->name->view()) : "?";
      std::string file = c->filename ? std::string(c->filename->view()) : "?";
      return new_str("<code object " + name + " at " + addr(v) + ", file \"" + file + "\", line " +
                     std::to_string(c->firstline) + ">");
    }
    case Layout::Iter: {
      if (t == rt.dict_keys_type || t == rt.dict_values_type || t == rt.dict_items_type) {
        List* l = sequence_to_list(v);
        if (!l) return Value();
        Value inner = repr(l);
        if (!inner) return inner;
        return new_str(std::string(t->name->view()) + "(" + std::string(inner.as<Str>()->view()) +
                       ")");
      }
      // itertools' types: their own __repr__ (count, repeat) or the module in the default
      Value m = lookup(t, rt.s___repr__);
      if (m && is_native_fn(m) && m != lookup(rt.object_type, rt.s___repr__))
        return checked_str_result(call1(m, v), "__repr__");
      std::string mod;
      Value mn = dict_get_str(t->dict, rt.s___module__);
      if (mn && mn.is_ptr() && mn.obj()->type == rt.str_type)
        mod = std::string(mn.as<Str>()->view()) + ".";
      return new_str("<" + mod + std::string(t->name->view()) + " object at " + addr(v) + ">");
    }
    default:
      return object_repr_default(v);
  }
}

Value to_str(Value v) {
  if (v.is_ptr() && v.obj()->type == rt.str_type) return v;
  Type* t = type_of(v);
  if (!t->builtin) {
    Value m = lookup(t, rt.s___str__);
    if (user_defined(m)) return checked_str_result(call1(m, v), "__str__");
  }
  if (t->layout == Layout::Str) return new_str(v.as<Str>()->view());
  if (t->layout == Layout::Exception) return exception_str(v.as<Exception>());
  return repr(v);
}

Value format_value(Value v, Str* spec) {
  Type* t = type_of(v);
  if (!t->builtin) {
    Value m = lookup(t, rt.s___format__);
    if (m && !is_native_fn(m)) return call2(m, v, spec);
    // a subclass of int, float or str formats as its base
    if (m && m != lookup(rt.object_type, rt.s___format__)) return format_with_spec(v, spec->view());
    if (spec->size == 0) return to_str(v);
    return raise_fmt(rt.TypeError, "unsupported format string passed to %s.__format__",
                     qualname(t).c_str());
  }
  return format_with_spec(v, spec->view());
}

}  // namespace weft::python
