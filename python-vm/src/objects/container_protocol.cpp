// The container protocol: items (obj[k], assignment, deletion), `in`, iteration, len(), and the
// dunder overrides of subclasses of built-in types in front of each.
#include <cmath>
#include <string>
#include <vector>

#include "objects/layout_predicates.h"
#include "vm/code.h"
#include "vm/runtime.h"

namespace weft::python {

// types.GenericAlias(origin, args) (lib/types.py)
Value new_generic_alias(Value origin, Value args) {
  Value mod = import_module(intern("types"));
  if (!mod) return mod;
  Value cls = getattr(mod, intern("GenericAlias"));
  if (!cls) return cls;
  return call2(cls, origin, args);
}

Value getitem_base(Value obj, Value key) {
  Type* t = type_of(obj);
  switch (t->layout) {
    case Layout::List:
      return list_getitem(obj.as<List>(), key);
    case Layout::Tuple:
      return tuple_getitem(obj.as<Tuple>(), key);
    case Layout::Str:
    case Layout::Bytes:
      return str_getitem(obj.as<Str>(), key);
    case Layout::Dict:
      return dict_getitem(obj.as<Dict>(), key);
    case Layout::Range:
      return range_item(obj.as<Range>(), key);
    case Layout::Type: {
      if (!t->builtin) {
        Value m = lookup(t, rt.s___getitem__);  // the metaclass's __getitem__ comes first
        if (m) return call2(m, obj, key);
      }
      Value cg = lookup(obj.as<Type>(), intern("__class_getitem__"));
      if (cg && cg.is_ptr()) {
        // an implicit classmethod
        if (cg.obj()->type == rt.classmethod_type) cg = cg.as<Wrapper>()->a;
        if (cg.obj()->type == rt.function_type) return call2(cg, obj, key);
      }
      // list[int] and friends
      return new_generic_alias(obj, key);
    }
    default:
      break;
  }
  if (!t->builtin) {
    Value m = lookup(t, rt.s___getitem__);
    if (m) return call2(m, obj, key);
  }
  return raise_fmt(rt.TypeError, "'%s' object is not subscriptable", type_name(obj));
}

int setitem_base(Value obj, Value key, Value v) {
  Type* t = type_of(obj);
  if (t->layout == Layout::List) return list_setitem(obj.as<List>(), key, v);
  if (t->layout == Layout::Dict) return dict_set(obj.as<Dict>(), key, v);
  if (!t->builtin) {
    Value m = lookup(t, rt.s___setitem__);
    if (m) {
      Value args[3] = {obj, key, v};
      return call(m, args, 3) ? 0 : -1;
    }
  }
  raise_fmt(rt.TypeError, "'%s' object does not support item assignment", type_name(obj));
  return -1;
}

int delitem_base(Value obj, Value key) {
  Type* t = type_of(obj);
  if (t->layout == Layout::List) return list_delitem(obj.as<List>(), key);
  if (t->layout == Layout::Dict) {
    int r = dict_del(obj.as<Dict>(), key);
    if (r == 1) {
      Value kr = repr(key);
      raise_value(make_exception(rt.KeyError, &key, 1));
      (void)kr;
      return -1;
    }
    return r;
  }
  if (!t->builtin) {
    Value m = lookup(t, rt.s___delitem__);
    if (m) return call2(m, obj, key) ? 0 : -1;
  }
  raise_fmt(rt.TypeError, "'%s' object doesn't support item deletion", type_name(obj));
  return -1;
}

int contains_base(Value container, Value item) {
  Type* t = type_of(container);
  switch (t->layout) {
    case Layout::List:
    case Layout::Tuple: {
      Value* items;
      int64_t n;
      as_sequence(container, &items, &n);
      for (int64_t i = 0; i < n; i++) {
        int e = eq(items[i], item);
        if (e) return e;
      }
      return 0;
    }
    case Layout::Str:
      if (!is_str(item)) {
        raise_fmt(rt.TypeError, "'in <string>' requires string as left operand, not %s",
                  type_name(item));
        return -1;
      }
      return container.as<Str>()->view().find(item.as<Str>()->view()) != std::string_view::npos;
    case Layout::Bytes:
      if (is_int(item)) {
        int64_t c;
        if (!int_to_int64(item, &c)) return 0;
        return container.as<Str>()->view().find(static_cast<char>(c)) != std::string_view::npos;
      }
      if (!is_bytes(item)) {
        raise_fmt(rt.TypeError, "a bytes-like object is required, not '%s'", type_name(item));
        return -1;
      }
      return container.as<Str>()->view().find(item.as<Str>()->view()) != std::string_view::npos;
    case Layout::Dict: {
      Value v = dict_get(container.as<Dict>(), item);
      if (v) return 1;
      return rt.exc ? -1 : 0;
    }
    case Layout::Set:
    case Layout::FrozenSet:
      return set_contains(container.as<Set>(), item);
    case Layout::Range:  // other numbers compare with each value, as in CPython
      if (is_exact_int_or_bool(item)) return range_contains_int(container.as<Range>(), item);
      break;
    default:
      if (!t->builtin) {
        Value m = lookup(t, rt.s___contains__);
        if (m) {
          Value r = call2(m, container, item);
          if (!r) return -1;
          return truthy(r);
        }
      }
      break;
  }
  Value it = get_iter(container);
  if (!it) {
    if (pending_is(rt.TypeError)) {
      clear_exc();
      raise_fmt(rt.TypeError, "argument of type '%s' is not iterable", type_name(container));
    }
    return -1;
  }
  for (;;) {
    Value v = iter_next(it);
    if (!v) return rt.exc ? -1 : 0;
    int e = eq(v, item);
    if (e) return e;
  }
}

// ---- iteration ----

Value get_iter_base(Value v) {
  Type* t = type_of(v);
  switch (t->layout) {
    case Layout::List:
      return new_iter(kIterList, v);
    case Layout::Tuple:
      return new_iter(kIterTuple, v);
    case Layout::Str:
      return new_iter(kIterStr, v);
    case Layout::Bytes:
      return new_iter(kIterBytes, v);
    case Layout::Dict:
      return new_iter(kIterDictKeys, v);
    case Layout::Set:
    case Layout::FrozenSet:
      return new_iter(kIterSetItems, v);
    case Layout::Range:
      return range_iter(v.as<Range>(), false);
    case Layout::Iter: {
      if (t == rt.dict_keys_type) return new_iter(kIterDictKeys, v.as<Iter>()->a);
      if (t == rt.dict_values_type) return new_iter(kIterDictValues, v.as<Iter>()->a);
      if (t == rt.dict_items_type) return new_iter(kIterDictItems, v.as<Iter>()->a);
      return v;
    }
    case Layout::Generator:
      return v;
    default:
      break;
  }
  if (!t->builtin || t->layout == Layout::Instance) {
    Value m = lookup(t, rt.s___iter__);
    if (m) {
      Value it = call1(m, v);
      if (!it) return it;
      Type* it_t = type_of(it);
      if (it_t->layout != Layout::Iter && it_t->layout != Layout::Generator &&
          !((it_t->builtin == false || it_t->layout == Layout::Instance) &&
            lookup(it_t, rt.s___next__)))
        return raise_fmt(rt.TypeError, "iter() returned non-iterator of type '%s'", type_name(it));
      return it;
    }
    if (lookup(t, rt.s___getitem__)) return new_iter(kIterSeq, v);
  }
  return raise_fmt(rt.TypeError, "'%s' object is not iterable", type_name(v));
}

Value iter_next(Value it) {
  Type* t = type_of(it);
  if (t->layout == Layout::Iter && t->builtin) return iter_builtin_next(it.as<Iter>());
  if (t->layout == Layout::Generator) {
    Generator* g = it.as<Generator>();
    if (g->frame->finished) return Value();
    Value r = generator_send(g, rt.None, false);
    if (!r) {
      if (pending_is(rt.StopIteration)) clear_exc();
      return Value();
    }
    if (g->frame->finished) return Value();
    return r;
  }
  Value m = lookup(t, rt.s___next__);
  if (!m) return raise_fmt(rt.TypeError, "'%s' object is not an iterator", type_name(it));
  Value r = call1(m, it);
  if (!r && pending_is(rt.StopIteration)) clear_exc();
  return r;
}

int64_t length_base(Value v) {
  Type* t = type_of(v);
  switch (t->layout) {
    case Layout::Str:
      return v.as<Str>()->chars;
    case Layout::Bytes:
      return v.as<Str>()->size;
    case Layout::Tuple:
      return v.as<Tuple>()->size;
    case Layout::List:
      return v.as<List>()->size;
    case Layout::Dict:
      return v.as<Dict>()->used;
    case Layout::Set:
    case Layout::FrozenSet:
      return v.as<Set>()->used;
    case Layout::Range:
      return range_len(v.as<Range>());
    case Layout::Iter:
      if (t == rt.dict_keys_type || t == rt.dict_values_type || t == rt.dict_items_type)
        return v.as<Iter>()->a.v.as<Dict>()->used;
      break;
    default:
      break;
  }
  if (!t->builtin) {
    Value m = lookup(t, rt.s___len__);
    if (m) {
      Value r = call1(m, v);
      if (!r) return -1;
      int64_t n;
      if (!is_int(r)) {
        raise_fmt(rt.TypeError, "'%s' object cannot be interpreted as an integer", type_name(r));
        return -1;
      }
      if (!int_to_int64(r, &n)) {
        raise(rt.OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
      }
      if (n < 0) {
        raise(rt.ValueError, "__len__() should return >= 0");
        return -1;
      }
      return n;
    }
  }
  raise_fmt(rt.TypeError, "object of type '%s' has no len()", type_name(v));
  return -1;
}

List* sequence_to_list(Value iterable) {
  if (has_layout(iterable, Layout::List) || has_layout(iterable, Layout::Tuple)) {
    Value* items;
    int64_t n;
    as_sequence(iterable, &items, &n);
    List* l = new_list(n);
    if (!l) return nullptr;
    for (int64_t i = 0; i < n; i++) list_set(l, i, items[i]);
    return l;
  }
  List* l = new_list(0);
  if (!l) return nullptr;
  if (!list_extend(l, iterable)) return nullptr;
  return l;
}

Value as_sequence(Value v, Value** items, int64_t* n) {
  if (has_layout(v, Layout::Tuple)) {
    *items = reinterpret_cast<Value*>(v.as<Tuple>()->items());
    *n = v.as<Tuple>()->size;
    return v;
  }
  if (has_layout(v, Layout::List)) {
    List* l = v.as<List>();
    *items = l->store ? reinterpret_cast<Value*>(l->store->items()) : nullptr;
    *n = l->size;
    return v;
  }
  List* l = sequence_to_list(v);
  if (!l) return Value();
  *items = l->store ? reinterpret_cast<Value*>(l->store->items()) : nullptr;
  *n = l->size;
  return l;
}

// The protocol entry points: a subclass of a built-in container or value type may override the
// dunder method; otherwise the built-in behaviour (*_base, also what list.__getitem__ & co. run).
namespace {
// Names without an rt.s___x__ string, interned once (interned strings never move or die): a
// lookup in the intern table per get_iter was 2% of raytrace.
Str* s_contains() {
  static Str* const s = intern("__contains__");
  return s;
}
Str* s_iter() {
  static Str* const s = intern("__iter__");
  return s;
}

Value override_of(Type* t, Str* name) {
  if (t->builtin || t->layout == Layout::Instance || t->layout == Layout::Object) return Value();
  Value m = lookup(t, name);
  return m && m.is_ptr() && !is_native_fn(m) ? m : Value();
}
}  // namespace

Value getitem(Value obj, Value key) {
  if (obj.is_ptr())
    if (Value m = override_of(obj.obj()->type, rt.s___getitem__)) return call2(m, obj, key);
  return getitem_base(obj, key);
}

int setitem(Value obj, Value key, Value v) {
  if (obj.is_ptr())
    if (Value m = override_of(obj.obj()->type, rt.s___setitem__)) {
      Value args[3] = {obj, key, v};
      return call(m, args, 3) ? 0 : -1;
    }
  return setitem_base(obj, key, v);
}

int delitem(Value obj, Value key) {
  if (obj.is_ptr())
    if (Value m = override_of(obj.obj()->type, rt.s___delitem__))
      return call2(m, obj, key) ? 0 : -1;
  return delitem_base(obj, key);
}

int contains(Value container, Value item) {
  if (container.is_ptr())
    if (Value m = override_of(container.obj()->type, s_contains())) {
      Value r = call2(m, container, item);
      return r ? truthy(r) : -1;
    }
  return contains_base(container, item);
}

Value get_iter(Value v) {
  if (v.is_ptr())
    if (Value m = override_of(v.obj()->type, s_iter())) return call1(m, v);
  return get_iter_base(v);
}

int64_t length(Value v) {
  if (v.is_ptr())
    if (Value m = override_of(v.obj()->type, rt.s___len__)) {
      Value r = call1(m, v);
      if (!r) return -1;
      int64_t n;
      if (!int_index(r, &n)) return -1;
      if (n < 0) {
        raise(rt.ValueError, "__len__() should return >= 0");
        return -1;
      }
      return n;
    }
  return length_base(v);
}

}  // namespace weft::python
