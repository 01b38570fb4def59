// The object protocol, part 1: repr/str, truth, hashing, attribute access, calls.
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

bool int_str_too_long(Value v);  // int.cpp: ValueError past sys.set_int_max_str_digits

Value super_getattr(Super* s, Str* name);
bool check_native_stack_ok();

// The field holding the attribute dict of a subclass of a built-in container, or null for
// objects without one (instances keep theirs through objects/instance.h).
gc::Field<Dict>* attr_dict_slot(Value obj) {
  if (!obj.is_ptr()) return nullptr;
  Type* t = obj.obj()->type;
  if (t->dictless) return nullptr;
  switch (t->layout) {
    case Layout::Int:
    case Layout::Float:
    case Layout::Str:
    case Layout::Bytes:
    case Layout::Tuple:
      return value_attrs(obj);
    case Layout::List:
      return t->builtin ? nullptr : &obj.as<List>()->attrs;
    case Layout::Dict:
      return t->builtin ? nullptr : &obj.as<Dict>()->attrs;
    case Layout::Set:
    case Layout::FrozenSet:
      return t->builtin ? nullptr : &obj.as<Set>()->attrs;
    default:
      return nullptr;
  }
}

namespace {

std::vector<Object*> g_repr_stack;

bool user_defined(Value m) { return m && m.is_ptr() && m.obj()->type != rt.builtin_type; }

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
  std::string mod;
  if (!t->builtin) {
    Value m = dict_get_str(t->dict, rt.s___module__);
    if (m && m.is_ptr() && m.obj()->type == rt.str_type)
      mod = std::string(m.as<Str>()->view()) + ".";
  }
  return new_str("<" + mod + qualname(t) + " object at " + addr(v) + ">");
}

int64_t object_id(Value v) {
  if (v.is_ptr()) gc::Heap::pin(v.obj());  // id() is the address: the object must not move
  return static_cast<int64_t>(v.raw);
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
    case Layout::Range: {
      Range* r = v.as<Range>();
      std::string s = "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
      if (r->step != 1) s += ", " + std::to_string(r->step);
      return new_str(s + ")");
    }
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
      if (b->self && !(b->self.v.is_ptr() && b->self.v.obj()->type == rt.module_type))
        return new_str("<built-in method " + std::string(b->name->view()) + " of " +
                       type_name(b->self) + " object at " + addr(b->self) + ">");
      return new_str("<built-in function " + std::string(b->name->view()) + ">");
    }
    case Layout::Method: {
      Method* m = v.as<Method>();
      Value fr = m->func;
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
      PyModule* m = v.as<PyModule>();
      return new_str("<module '" + std::string(m->name->view()) + "' (built-in)>");
    }
    case Layout::Exception: {
      Exception* e = v.as<Exception>();
      std::string r = qualname(t);
      Value a = e->args ? Value(e->args.get()) : Value(rt.empty_tuple);
      if (e->args && e->args->size == 1) {
        Value s = repr(e->args->at(0));
        if (!s) return s;
        return new_str(r + "(" + std::string(s.as<Str>()->view()) + ")");
      }
      Value s = repr(a);
      if (!s) return s;
      return new_str(r + std::string(s.as<Str>()->view()));
    }
    case Layout::Generator: {
      Generator* g = v.as<Generator>();
      return new_str("<" + std::string(t->name->view()) + " object " +
                     std::string(g->qualname->view()) + " at " + addr(v) + ">");
    }
    case Layout::Cell:
      return new_str("<cell at " + addr(v) + ">");
    case Layout::Iter: {
      const char* names[] = {"list_iterator",
                             "tuple_iterator",
                             "str_ascii_iterator",
                             "bytes_iterator",
                             "range_iterator",
                             "dict_keyiterator",
                             "dict_valueiterator",
                             "dict_itemiterator",
                             "enumerate",
                             "zip",
                             "map",
                             "filter",
                             "list_reverseiterator",
                             "iterator",
                             "callable_iterator",
                             "set_iterator"};
      Iter* it = v.as<Iter>();
      if (t == rt.dict_keys_type || t == rt.dict_values_type || t == rt.dict_items_type) {
        List* l = sequence_to_list(v);
        if (!l) return Value();
        Value inner = repr(l);
        if (!inner) return inner;
        return new_str(std::string(t->name->view()) + "(" + std::string(inner.as<Str>()->view()) +
                       ")");
      }
      return new_str(std::string("<") + names[it->kind] + " object at " + addr(v) + ">");
    }
    default:
      return object_repr_default(v);
  }
}

bool check_native_stack_ok();

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

int truthy(Value v) {
  if (v.is_small()) return v.small_val() != 0;
  Type* t = v.obj()->type;
  switch (t->layout) {
    case Layout::None:
      return 0;
    case Layout::Bool:
      return v == Value(rt.True);
    case Layout::Int:
      return int_sign(v) != 0;
    case Layout::Float:
      return float_val(v) != 0.0;
    case Layout::Str:
    case Layout::Bytes:
      return v.as<Str>()->size != 0;
    case Layout::Tuple:
      return v.as<Tuple>()->size != 0;
    case Layout::List:
      return v.as<List>()->size != 0;
    case Layout::Dict:
      return v.as<Dict>()->used != 0;
    case Layout::Set:
    case Layout::FrozenSet:
      return v.as<Set>()->used != 0;
    case Layout::Range:
      return length(v) != 0;
    case Layout::Instance:
    case Layout::Exception: {
      Value m = lookup(t, rt.s___bool__);
      if (user_defined(m)) {
        Value r = call1(m, v);
        if (!r) return -1;
        if (!r.is_ptr() || r.obj()->type != rt.bool_type) {
          raise_fmt(rt.TypeError, "__bool__ should return bool, returned %s", type_name(r));
          return -1;
        }
        return r == Value(rt.True);
      }
      m = lookup(t, rt.s___len__);
      if (user_defined(m)) {
        int64_t n = length(v);
        return n < 0 ? -1 : n != 0;
      }
      return 1;
    }
    default:
      return 1;
  }
}

bool hash_of(Value v, int64_t* out) {
  if (v.is_small()) {
    *out = int_hash(v);
    return true;
  }
  Type* t = v.obj()->type;
  switch (t->layout) {
    case Layout::Str:
    case Layout::Bytes:
      *out = str_hash(v.as<Str>());
      return true;
    case Layout::Int:
      *out = int_hash(v);
      return true;
    case Layout::Bool:
      *out = v == Value(rt.True) ? 1 : 0;
      return true;
    case Layout::Float:
      *out = float_hash(float_val(v));
      return true;
    case Layout::Tuple: {
      Tuple* tp = v.as<Tuple>();
      if (tp->hash != -1) {
        *out = tp->hash;
        return true;
      }
      uint64_t acc = 2870177450012600261ULL;
      for (int64_t i = 0; i < tp->size; i++) {
        int64_t h;
        if (!hash_of(tp->at(i), &h)) return false;
        acc += static_cast<uint64_t>(h) * 14029467366897019727ULL;
        acc = (acc << 31) | (acc >> 33);
        acc *= 11400714785074694791ULL;
      }
      acc += static_cast<uint64_t>(tp->size) ^ (2870177450012600261ULL ^ 3527539ULL);
      int64_t h = static_cast<int64_t>(acc);
      if (h == -1) h = 1546275796;
      tp->hash = h;
      *out = h;
      return true;
    }
    case Layout::Range: {  // CPython: hash((len, start, step)) with None for unused parts
      Range* r = v.as<Range>();
      int64_t n = length(v);
      Value items[3] = {new_int(n), n ? new_int(r->start) : Value(rt.None),
                        n > 1 ? new_int(r->step) : Value(rt.None)};
      Value t = tuple_from_array(items, 3);
      return t && hash_of(t, out);
    }
    case Layout::FrozenSet: {
      Set* s = v.as<Set>();
      uint64_t h = 0;
      int64_t pos = 0;
      Value k;
      while (set_next(s, &pos, &k)) {
        int64_t kh;
        if (!hash_of(k, &kh)) return false;
        uint64_t u = static_cast<uint64_t>(kh);
        h ^= ((u ^ 89869747ULL) ^ (u << 16)) * 3644798167ULL;
      }
      // the rest of CPython's frozenset_hash (its XOR over empty and dummy slots cancels out)
      h ^= (static_cast<uint64_t>(s->used) + 1) * 1927868237ULL;
      h ^= (h >> 11) ^ (h >> 25);
      h = h * 69069U + 907133923ULL;
      if (h == static_cast<uint64_t>(-1)) h = 590923713ULL;
      *out = static_cast<int64_t>(h);
      return true;
    }
    case Layout::List:
    case Layout::Dict:
    case Layout::Set:
      raise_fmt(rt.TypeError, "unhashable type: '%s'", type_name(v));
      return false;
    case Layout::Instance:
    case Layout::Exception:
      if (!t->builtin) {
        Value m = lookup(t, rt.s___hash__);
        if (m == Value(rt.None)) {
          raise_fmt(rt.TypeError, "unhashable type: '%s'", type_name(v));
          return false;
        }
        if (user_defined(m)) {
          Value r = call1(m, v);
          if (!r) return false;
          if (!is_int(r)) {
            raise(rt.TypeError, "__hash__ method should return an integer");
            return false;
          }
          // as CPython's slot_tp_hash: a result that fits in 64 bits is the hash itself
          if (!int_to_int64(r, out)) *out = int_hash(r);
          if (*out == -1) *out = -2;
          return true;
        }
        Value eqm = lookup(t, rt.s___eq__);
        if (user_defined(eqm) && !user_defined(m)) {
          // a class defining __eq__ without __hash__ is unhashable
          Value own = dict_get_str(t->dict, rt.s___eq__);
          if (own) {
            raise_fmt(rt.TypeError, "unhashable type: '%s'", type_name(v));
            return false;
          }
        }
      }
      [[fallthrough]];
    default: {
      gc::Heap::pin(v.obj());  // the identity hash is the address
      uint64_t p = static_cast<uint64_t>(v.raw);
      *out = static_cast<int64_t>((p >> 4) | (p << 60));
      if (*out == -1) *out = -2;
      return true;
    }
  }
}

// ---- attributes ----

namespace {

Value bind_descriptor(Value d, Value obj, Type* t) {
  if (!d.is_ptr()) return d;
  Type* dt = d.obj()->type;
  if (dt == rt.function_type) return new_method(d, obj);
  if (dt == rt.builtin_type && d.as<Builtin>()->owner) {
    Builtin* b = alloc<Builtin>(rt.builtin_type);
    if (!b) return Value();
    b->fn = d.as<Builtin>()->fn;
    b->name = d.as<Builtin>()->name;
    b->self = obj;
    return b;
  }
  if (dt == rt.classmethod_type) return new_method(d.as<Wrapper>()->a, t);
  if (dt == rt.staticmethod_type) return d.as<Wrapper>()->a;
  if (dt == g_member_type && obj) return member_get(d.as<Member>(), obj);
  if (!dt->builtin) {
    Value get = lookup(dt, rt.s___get__);
    if (get) {
      Value args[3] = {d, obj, t};
      return call(get, args, 3);
    }
  }
  return d;
}

Value special_attr(Value obj, Str* name) {
  Type* t = type_of(obj);
  std::string_view n = name->view();
  if (n == "__class__") return t;
  if (n == "__dict__" && !t->builtin && t->layout != Layout::Instance) {
    if (gc::Field<Dict>* slot = attr_dict_slot(obj)) {
      if (!slot->get()) {
        Dict* d = new_dict();
        if (!d) return Value();
        *slot = d;
      }
      return slot->get();
    }
  }
  switch (t->layout) {
    case Layout::Function: {
      Function* f = obj.as<Function>();
      if (n == "__name__") return f->name.get();
      if (n == "__qualname__") return f->qualname.get();
      if (n == "__doc__") return f->doc.v ? Value(f->doc) : Value(rt.None);
      if (n == "__module__") return f->module;
      if (n == "__defaults__") return f->defaults ? Value(f->defaults.get()) : Value(rt.None);
      if (n == "__code__") return f->code.get();
      if (n == "__closure__") return f->closure ? Value(f->closure.get()) : Value(rt.None);
      if (n == "__kwdefaults__") return f->kwdefaults ? Value(f->kwdefaults.get()) : Value(rt.None);
      if (n == "__dict__") {
        if (!f->dict) f->dict = new_dict();
        return f->dict.get();
      }
      if (f->dict) {
        Value v = dict_get_str(f->dict, name);
        if (v) return v;
      }
      if (n == "__annotations__") {  // created empty on first use, as in CPython
        if (!f->dict) f->dict = new_dict();
        Dict* a = new_dict();
        if (!a || dict_set_str(f->dict, name, a) < 0) return Value();
        return a;
      }
      break;
    }
    case Layout::Builtin:
      if (n == "__name__" || n == "__qualname__") return obj.as<Builtin>()->name.get();
      if (n == "__doc__") return rt.None;
      if (n == "__self__")
        return obj.as<Builtin>()->self.v ? Value(obj.as<Builtin>()->self) : Value(rt.None);
      break;
    case Layout::Method:
      if (n == "__self__") return obj.as<Method>()->self;
      if (n == "__func__") return obj.as<Method>()->func;
      if (n == "__name__" || n == "__qualname__" || n == "__doc__")
        return getattr(obj.as<Method>()->func, name);
      break;
    case Layout::Exception: {
      Exception* e = obj.as<Exception>();
      if (n == "args") return e->args ? Value(e->args.get()) : Value(rt.empty_tuple);
      if (n == "__cause__") return e->cause.v ? Value(e->cause) : Value(rt.None);
      if (n == "__context__") return e->context.v ? Value(e->context) : Value(rt.None);
      if (n == "__traceback__") return exception_traceback(e);
      if (n == "__suppress_context__") return e->suppress_context ? rt.True : rt.False;
      if (n == "value" && isinstance(obj, rt.StopIteration))
        return e->args && e->args->size ? e->args->at(0) : Value(rt.None);
      if ((n == "name" || n == "path") && isinstance(obj, rt.ImportError)) return rt.None;
      if (isinstance(obj, rt.OSError) &&
          (n == "errno" || n == "strerror" || n == "filename" || n == "filename2")) {
        int64_t sz = e->args ? e->args->size : 0;
        int64_t idx = n == "errno" ? 0 : n == "strerror" ? 1 : n == "filename" ? 2 : 4;
        if (sz < 2 || sz > 5 || idx >= sz) return rt.None;
        return e->args->at(idx);
      }
      if (n == "code" && isinstance(obj, rt.SystemExit))
        return e->args && e->args->size ? e->args->at(0) : Value(rt.None);
      break;
    }
    case Layout::Cell:
      if (n == "cell_contents") {
        Value v = obj.as<Cell>()->value;
        if (!v) return raise(rt.ValueError, "Cell is empty");
        return v;
      }
      break;
    case Layout::Code: {
      Code* c = obj.as<Code>();
      if (n == "co_name") return c->name.get();
      if (n == "co_qualname") return c->qualname.get();
      if (n == "co_filename") return c->filename.get();
      if (n == "co_argcount") return new_int(c->argcount);
      if (n == "co_posonlyargcount") return new_int(c->posonlycount);
      if (n == "co_kwonlyargcount") return new_int(c->kwonlycount);
      if (n == "co_nlocals") return new_int(c->nlocals);
      if (n == "co_firstlineno") return new_int(c->firstline);
      if (n == "co_varnames") return c->varnames.get();
      if (n == "co_cellvars") return c->cellvars.get();
      if (n == "co_freevars") return c->freevars.get();
      if (n == "co_names") return c->names.get();
      if (n == "co_consts") return c->consts.get();
      if (n == "co_flags")  // CO_OPTIMIZED|CO_NEWLOCALS, VARARGS, VARKEYWORDS, GENERATOR
        return new_int((c->name_locals ? 0 : 3) | (c->varargs ? 4 : 0) | (c->varkw ? 8 : 0) |
                       (c->coroutine   ? 128
                        : c->generator ? 32
                                       : 0));
      break;
    }
    case Layout::Slice:
      if (n == "start") return obj.as<Slice>()->start;
      if (n == "stop") return obj.as<Slice>()->stop;
      if (n == "step") return obj.as<Slice>()->step;
      break;
    case Layout::Range:
      if (n == "start") return new_int(obj.as<Range>()->start);
      if (n == "stop") return new_int(obj.as<Range>()->stop);
      if (n == "step") return new_int(obj.as<Range>()->step);
      break;
    case Layout::Generator:
      if (n == "__name__") return obj.as<Generator>()->name.get();
      if (n == "__qualname__") return obj.as<Generator>()->qualname.get();
      break;
    case Layout::Property:
      if (n == "fget") return obj.as<Wrapper>()->a.v ? Value(obj.as<Wrapper>()->a) : Value(rt.None);
      if (n == "fset") return obj.as<Wrapper>()->b.v ? Value(obj.as<Wrapper>()->b) : Value(rt.None);
      if (n == "fdel") return obj.as<Wrapper>()->c.v ? Value(obj.as<Wrapper>()->c) : Value(rt.None);
      if (n == "__doc__")
        return obj.as<Wrapper>()->d.v ? Value(obj.as<Wrapper>()->d) : Value(rt.None);
      break;
    case Layout::StaticMethod:
    case Layout::ClassMethod:
      if (n == "__func__") return obj.as<Wrapper>()->a;
      break;
    case Layout::Int:
    case Layout::Bool:
      if (n == "real" || n == "numerator") return obj.is_small() ? obj : obj;
      if (n == "imag") return Value::small(0);
      if (n == "denominator") return Value::small(1);
      break;
    case Layout::Float:
      if (n == "real") return obj;
      if (n == "imag") return new_float(0.0);
      break;
    case Layout::Instance:
      if (n == "__dict__" && !t->dictless) {
        Dict* d = inst_dict(obj.as<Instance>());
        return d ? Value(d) : Value();
      }
      break;
    default:
      break;
  }
  return Value();
}

}  // namespace

// Whether a user metaclass of `t` has a data descriptor (a property ...) called `name`: it
// takes precedence over the class's own attributes, as in CPython.
bool meta_data_descriptor(Type* t, Str* name) {
  Type* meta = t->type.get();
  if (!meta || meta->builtin) return false;
  Value d = lookup(meta, name);
  if (!d || !d.is_ptr()) return false;
  Type* dt = d.obj()->type;
  return dt == rt.property_type || (!dt->builtin && lookup(dt, rt.s___set__));
}

namespace {

Value type_getattr(Type* t, Str* name) {
  std::string_view n = name->view();
  if (meta_data_descriptor(t, name)) return generic_getattr(t, name, true);
  if (n == "__name__") return t->name.get();
  if (n == "__qualname__") return new_str(qualname(t));
  if (n == "__mro__") return t->mro.get();
  if (n == "__bases__") return t->bases.get();
  if (n == "__base__") return t->base ? Value(t->base.get()) : Value(rt.None);
  if (n == "__dict__") return t->dict.get();
  if (n == "__class__") return t->type.get();
  Value v = lookup(t, name);
  if (v) {
    if (v.is_ptr()) {
      Type* vt = v.obj()->type;
      if (vt == rt.classmethod_type) return new_method(v.as<Wrapper>()->a, t);
      if (vt == rt.staticmethod_type) return v.as<Wrapper>()->a;
      if (vt == rt.property_type) return v;
      if (!vt->builtin && vt->layout == Layout::Instance) {
        Value get = lookup(vt, rt.s___get__);
        if (get) {
          Value args[3] = {v, rt.None, t};
          return call(get, args, 3);
        }
      }
    }
    return v;
  }
  if (n == "__module__") return new_str("builtins");
  if (n == "__doc__") return rt.None;
  // attributes of the metatype (a user metaclass's, then type.mro etc.)
  Type* meta = t->type.get();
  if (meta && meta != rt.type_type && !meta->builtin) {
    Value v2 = lookup(meta, name);
    if (v2) return bind_descriptor(v2, t, meta);
  }
  Value mv = lookup(rt.type_type, name);
  if (mv) return bind_descriptor(mv, t, rt.type_type);
  return raise_fmt(rt.AttributeError, "type object '%s' has no attribute '%s'", qualname(t).c_str(),
                   std::string(n).c_str());
}

}  // namespace

Value generic_getattr(Value obj, Str* name, bool raise_missing) {
  Type* t = type_of(obj);
  Value d = lookup(t, name);
  if (d && d.is_ptr()) {
    Type* dt = d.obj()->type;
    if (dt == rt.property_type) {
      Wrapper* p = d.as<Wrapper>();
      if (!p->a.v)
        return raise_fmt(rt.AttributeError, "property '%s' of '%s' object has no getter",
                         std::string(name->view()).c_str(), type_name(obj));
      return call1(p->a, obj);
    }
    if (dt == g_member_type) return member_get(d.as<Member>(), obj);
    if (!dt->builtin && lookup(dt, rt.s___set__) && lookup(dt, rt.s___get__)) {
      Value args[3] = {d, obj, t};
      return call(lookup(dt, rt.s___get__), args, 3);
    }
  }
  if (t->layout == Layout::Instance || t->layout == Layout::Exception) {
    Value v = inst_get(obj.as<Instance>(), name);
    if (v) return v;
  } else if (gc::Field<Dict>* slot = attr_dict_slot(obj)) {
    Dict* dict = *slot;
    if (dict) {
      Value v = dict_get_str(dict, name);
      if (v) return v;
    }
  }
  if (d) return bind_descriptor(d, obj, t);
  Value s = special_attr(obj, name);
  if (s) return s;
  if (!raise_missing) return Value();
  return raise_fmt(rt.AttributeError, "'%s' object has no attribute '%s'", type_name(obj),
                   std::string(name->view()).c_str());
}

Value getattr(Value obj, Str* name) {
  Type* t = type_of(obj);
  if (t->layout == Layout::Type) return type_getattr(obj.as<Type>(), name);
  if (t->layout == Layout::Module) {
    Value v = dict_get_str(obj.as<PyModule>()->dict, name);
    if (v) return v;
    if (name->view() == "__dict__") return obj.as<PyModule>()->dict.get();
    return raise_fmt(rt.AttributeError, "module '%s' has no attribute '%s'",
                     std::string(obj.as<PyModule>()->name->view()).c_str(),
                     std::string(name->view()).c_str());
  }
  if (t->layout == Layout::Super) return super_getattr(obj.as<Super>(), name);
  if (t->has_getattribute) {
    Value m = lookup(t, rt.s___getattribute__);
    Value r = call2(m, obj, name);
    if (!r && t->has_getattr && pending_is(rt.AttributeError)) {
      clear_exc();
      return call2(lookup(t, rt.s___getattr__), obj, name);
    }
    return r;
  }
  Value v = generic_getattr(obj, name, !t->has_getattr);
  if (!v && t->has_getattr && !rt.exc) return call2(lookup(t, rt.s___getattr__), obj, name);
  if (!v && t->has_getattr && pending_is(rt.AttributeError)) {
    clear_exc();
    return call2(lookup(t, rt.s___getattr__), obj, name);
  }
  return v;
}

Value getattr_opt(Value obj, Str* name) {
  Value v = getattr(obj, name);
  if (!v && pending_is(rt.AttributeError)) clear_exc();
  return v;
}

int generic_setattr(Value obj, Str* name, Value v) {
  Type* t = type_of(obj);
  if (name->view() == "__class__") return set_class(obj, v);
  Value d = lookup(t, name);
  if (d && d.is_ptr()) {
    Type* dt = d.obj()->type;
    if (dt == rt.property_type) {
      Wrapper* p = d.as<Wrapper>();
      if (!p->b.v) {
        raise_fmt(rt.AttributeError, "property '%s' of '%s' object has no setter",
                  std::string(name->view()).c_str(), type_name(obj));
        return -1;
      }
      return call2(p->b, obj, v) ? 0 : -1;
    }
    if (dt == g_member_type) return member_set(d.as<Member>(), obj, v);
    if (!dt->builtin) {
      Value set = lookup(dt, rt.s___set__);
      if (set) {
        Value args[3] = {d, obj, v};
        return call(set, args, 3) ? 0 : -1;
      }
    }
  }
  if (t->layout == Layout::Instance || t->layout == Layout::Exception) {
    if (t->layout == Layout::Exception) {
      Exception* e = obj.as<Exception>();
      std::string_view n = name->view();
      if (n == "__cause__") {
        e->cause = v == Value(rt.None) ? Value() : v;
        e->suppress_context = true;
        return 0;
      }
      if (n == "__context__") {
        e->context = v == Value(rt.None) ? Value() : v;
        return 0;
      }
      if (n == "__traceback__") return exception_set_traceback(e, v);
      if (n == "args") {
        Value tp = tuple_from_array(nullptr, 0);
        List* l = sequence_to_list(v);
        if (!l) return -1;
        tp = tuple_from_array(reinterpret_cast<Value*>(l->store ? l->store->items() : nullptr),
                              l->size);
        if (!tp) return -1;
        e->args = tp.as<Tuple>();
        return 0;
      }
    }
  }
  if (t->dictless) {
    if (d)
      raise_fmt(rt.AttributeError, "'%s' object attribute '%s' is read-only", type_name(obj),
                std::string(name->view()).c_str());
    else
      raise_fmt(rt.AttributeError, "'%s' object has no attribute '%s'", type_name(obj),
                std::string(name->view()).c_str());
    return -1;
  }
  if (t->layout == Layout::Instance || t->layout == Layout::Exception) {
    if (t->layout == Layout::Instance && name->view() == "__dict__") {
      if (!v.is_ptr() || v.obj()->type->layout != Layout::Dict) {
        raise_fmt(rt.TypeError, "__dict__ must be set to a dictionary, not a '%s'", type_name(v));
        return -1;
      }
      inst_set_dict(obj.as<Instance>(), v.as<Dict>());
      return 0;
    }
    return inst_set(obj.as<Instance>(), name, v);
  }
  if (gc::Field<Dict>* slot = attr_dict_slot(obj)) {
    if (!slot->get()) {
      Dict* nd = new_dict();
      if (!nd) return -1;
      *slot = nd;
    }
    return dict_set_str(*slot, name, v);
  }
  if (t->layout == Layout::Function) {
    Function* f = obj.as<Function>();
    if (name->view() == "__name__" && v.is_ptr() && v.obj()->type == rt.str_type) {
      f->name = v.as<Str>();
      return 0;
    }
    if (name->view() == "__qualname__" && v.is_ptr() && v.obj()->type == rt.str_type) {
      f->qualname = v.as<Str>();
      return 0;
    }
    if (name->view() == "__doc__") {
      f->doc = v;
      return 0;
    }
    if (!f->dict) f->dict = new_dict();
    return dict_set_str(f->dict, name, v);
  }
  if (d)
    raise_fmt(rt.AttributeError, "'%s' object attribute '%s' is read-only", type_name(obj),
              std::string(name->view()).c_str());
  else
    raise_fmt(rt.AttributeError, "'%s' object has no attribute '%s'", type_name(obj),
              std::string(name->view()).c_str());
  return -1;
}

int type_set_bases(Type* t, Value v);  // type.cpp

// type.__setattr__: a data descriptor of the metaclass (a property) first, as in CPython, else
// the class's dict
int type_setattr(Type* ty, Str* name, Value v) {
  if (meta_data_descriptor(ty, name)) return generic_setattr(ty, name, v);
  if (ty->builtin) {
    raise_fmt(rt.TypeError, "cannot set '%s' attribute of immutable type '%s'",
              std::string(name->view()).c_str(), std::string(ty->name->view()).c_str());
    return -1;
  }
  if (name->view() == "__name__" && v.is_ptr() && v.obj()->type == rt.str_type) {
    ty->name = v.as<Str>();
    return 0;
  }
  if (name->view() == "__bases__") return type_set_bases(ty, v);
  int r = dict_set_str(ty->dict, name, v);
  type_modified(ty);
  return r;
}

Value type_setattr_fn(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 2 || !args[0].is_ptr() || args[0].obj()->type != rt.str_type)
    return raise(rt.TypeError, "__setattr__ expected 2 arguments");
  if (!isinstance(self, rt.type_type))
    return raise(rt.TypeError, "descriptor '__setattr__' requires a 'type' object");
  return type_setattr(self.as<Type>(), args[0].as<Str>(), args[1]) < 0 ? Value() : Value(rt.None);
}

int setattr(Value obj, Str* name, Value v) {
  Type* t = type_of(obj);
  if (t->layout == Layout::Type) {
    if (t->has_setattr) {  // a metaclass's __setattr__
      Value args[3] = {obj, name, v};
      return call(lookup(t, rt.s___setattr__), args, 3) ? 0 : -1;
    }
    return type_setattr(obj.as<Type>(), name, v);
  }
  if (t->layout == Layout::Module) return dict_set_str(obj.as<PyModule>()->dict, name, v);
  if (t->has_setattr) {
    Value args[3] = {obj, name, v};
    return call(lookup(t, rt.s___setattr__), args, 3) ? 0 : -1;
  }
  return generic_setattr(obj, name, v);
}

int delattr(Value obj, Str* name) {
  Type* t = type_of(obj);
  if (!t->builtin) {
    Value m = lookup(t, rt.s___delattr__);
    if (user_defined(m)) return call2(m, obj, name) ? 0 : -1;
  }
  Value d = lookup(t, name);
  if (d && d.is_ptr() && d.obj()->type == rt.property_type) {
    Wrapper* p = d.as<Wrapper>();
    if (!p->c.v) {
      raise_fmt(rt.AttributeError, "property '%s' of '%s' object has no deleter",
                std::string(name->view()).c_str(), type_name(obj));
      return -1;
    }
    return call1(p->c, obj) ? 0 : -1;
  }
  if (is_member(d)) return member_set(d.as<Member>(), obj, Value());
  if (d && t->dictless) {
    raise_fmt(rt.AttributeError, "'%s' object attribute '%s' is read-only", type_name(obj),
              std::string(name->view()).c_str());
    return -1;
  }
  Dict* dict = nullptr;
  if (t->layout == Layout::Instance || t->layout == Layout::Exception) {
    int r = inst_del(obj.as<Instance>(), name);
    if (r <= 0) return r;
  }
  if (gc::Field<Dict>* slot = attr_dict_slot(obj)) dict = *slot;
  if (t->layout == Layout::Type && !obj.as<Type>()->builtin) {
    int r = dict_del(obj.as<Type>()->dict, name);
    type_modified(obj.as<Type>());
    if (r <= 0) return r;
  }
  if (t->layout == Layout::Module) dict = obj.as<PyModule>()->dict;
  if (dict) {
    int r = dict_del(dict, name);
    if (r <= 0) return r;
  }
  raise_fmt(rt.AttributeError, "'%s' object has no attribute '%s'", type_name(obj),
            std::string(name->view()).c_str());
  return -1;
}

// ---- calls ----

Value call(Value f, Value* args, int64_t nargs, Tuple* kwnames) {
  if (f.is_small()) return raise_fmt(rt.TypeError, "'int' object is not callable");
  Type* t = f.obj()->type;
  switch (t->layout) {
    case Layout::Function:
      return call_function(f.as<Function>(), args, nargs, kwnames);
    case Layout::Builtin: {
      Builtin* b = f.as<Builtin>();
      if (b->self) return b->fn(b->self, args, nargs, kwnames);
      if (b->owner) {
        if (nargs < 1)
          return raise_fmt(rt.TypeError, "unbound method %s.%s() needs an argument",
                           std::string(b->owner->name->view()).c_str(),
                           std::string(b->name->view()).c_str());
        return b->fn(args[0], args + 1, nargs - 1, kwnames);
      }
      return b->fn(Value(), args, nargs, kwnames);
    }
    case Layout::Method: {
      Method* m = f.as<Method>();
      int64_t nkw = kwnames ? kwnames->size : 0;
      Value buf[8];
      std::vector<Value> big(nargs + nkw + 1 > 8 ? static_cast<size_t>(nargs + nkw + 1) : 0);
      ValueRoots big_roots(big.data(), big.size());
      Value* a = big.empty() ? buf : big.data();
      a[0] = m->self;
      for (int64_t i = 0; i < nargs + nkw; i++) a[i + 1] = args[i];
      Value fn = m->func;
      if (fn.is_ptr() && fn.obj()->type == rt.function_type)
        return call_function(fn.as<Function>(), a, nargs + 1, kwnames);
      return call(fn, a, nargs + 1, kwnames);
    }
    case Layout::Type:
      if (!t->builtin) {
        // a metaclass defining __call__ decides what calling its classes does
        Value m = lookup(t, rt.s___call__);
        if (m && m.is_ptr() && m.obj()->type == rt.function_type) {
          int64_t nkw = kwnames ? kwnames->size : 0;
          std::vector<Value> a(static_cast<size_t>(nargs + nkw + 1));
          ValueRoots a_roots(a.data(), a.size());
          a[0] = f;
          for (int64_t i = 0; i < nargs + nkw; i++) a[static_cast<size_t>(i) + 1] = args[i];
          return call_function(m.as<Function>(), a.data(), nargs + 1, kwnames);
        }
      }
      return type_call(f.as<Type>(), args, nargs, kwnames);
    case Layout::StaticMethod:
      return call(f.as<Wrapper>()->a, args, nargs, kwnames);
    default:
      break;
  }
  if (!t->builtin) {
    if (is_subtype(t, rt.type_type)) return type_call(f.as<Type>(), args, nargs, kwnames);
    Value m = lookup(t, rt.s___call__);
    if (m) {
      int64_t nkw = kwnames ? kwnames->size : 0;
      std::vector<Value> a(static_cast<size_t>(nargs + nkw + 1));
      ValueRoots a_roots(a.data(), a.size());
      a[0] = f;
      for (int64_t i = 0; i < nargs + nkw; i++) a[static_cast<size_t>(i) + 1] = args[i];
      return call(m, a.data(), nargs + 1, kwnames);
    }
  }
  return raise_fmt(rt.TypeError, "'%s' object is not callable", type_name(f));
}

Value call0(Value f) { return call(f, nullptr, 0, nullptr); }
Value call1(Value f, Value a) { return call(f, &a, 1, nullptr); }
Value call2(Value f, Value a, Value b) {
  Value args[2] = {a, b};
  return call(f, args, 2, nullptr);
}

Value call_method(Value obj, Str* name, Value* args, int64_t nargs) {
  Value m = getattr(obj, name);
  if (!m) return m;
  return call(m, args, nargs, nullptr);
}

// Calls a special method found on the type (not the instance). *found = false when missing.
Value call_special(Value obj, Str* name, Value* args, int64_t nargs, bool* found) {
  Value m = lookup(type_of(obj), name);
  if (!m) {
    *found = false;
    return Value();
  }
  *found = true;
  std::vector<Value> a(static_cast<size_t>(nargs + 1));
  ValueRoots a_roots(a.data(), a.size());
  a[0] = obj;
  for (int64_t i = 0; i < nargs; i++) a[static_cast<size_t>(i) + 1] = args[i];
  return call(m, a.data(), nargs + 1, nullptr);
}

bool is_callable(Value v) {
  if (v.is_small()) return false;
  Type* t = v.obj()->type;
  switch (t->layout) {
    case Layout::Function:
    case Layout::Builtin:
    case Layout::Method:
    case Layout::Type:
      return true;
    default:
      return !t->builtin && lookup(t, rt.s___call__) != Value();
  }
}

bool check_native_stack();
bool check_native_stack_ok() {
  if (!check_native_stack()) {
    raise(rt.RecursionError,
          "maximum recursion depth exceeded while getting the repr of an object");
    return false;
  }
  return true;
}

}  // namespace weft::python
